/**
 * The PostgreSQL-backed job queue (pg-boss): reminders, escalations and large exports run here,
 * never inside a request. No extra server: the queue lives in the `pgboss` schema of our database.
 *  - the web app only *sends* jobs (a light instance without maintenance or cron);
 *  - the worker (started by `npm start`, see scripts/start.ts) runs handlers and the schedules.
 * Several app instances and workers can share one database; pg-boss hands each job to one worker.
 */
import PgBoss from "pg-boss";

export const QUEUES = {
  /** Every 15 minutes: deadline reminders, overdue notices, escalations (Art. 6 NĐ 73/2023). */
  deadlineSweep: "deadline-sweep",
  /** One report export (XLSX/CSV/PDF) with progress. */
  reportExport: "report-export",
  /** Hourly: purge old sign-in attempts and ended sessions (bounded security tables). */
  maintenance: "maintenance",
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

const holder = globalThis as unknown as { __boss?: Promise<PgBoss> };

function connectionString(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  return url;
}

/** A sender for the web app: creates the queues, runs no maintenance. */
export function sender(): Promise<PgBoss> {
  holder.__boss ??= (async () => {
    const boss = new PgBoss({ connectionString: connectionString(), max: 2, supervise: false, schedule: false });
    boss.on("error", (e) => console.error("[jobs]", e));
    await boss.start();
    for (const name of Object.values(QUEUES)) await boss.createQueue(name);
    return boss;
  })();
  return holder.__boss;
}

export async function enqueue(name: QueueName, data: object, options: { singletonKey?: string } = {}): Promise<string | null> {
  return (await sender()).send(name, data, { retryLimit: 2, retryDelay: 10, expireInMinutes: 30, ...options });
}
