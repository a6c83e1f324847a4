/**
 * The job worker: started by `npm start` beside the web server (or alone, for scaling out, with
 * `tsx scripts/worker.ts`). Runs the schedules and every queue's handler.
 */
import PgBoss from "pg-boss";
import { runReportExport } from "../reports/export/runner";
import { autoStartPilots } from "../pilots/start";
import { sweepDeadlines } from "./deadline-sweep";
import { QUEUES } from "./queue";
import { purgeSecurityRecords } from "./maintenance";

export async function startWorker(opts: { log?: (m: string) => void } = {}): Promise<() => Promise<void>> {
  const log = opts.log ?? console.log;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const boss = new PgBoss({ connectionString: url, max: 4 });
  // On Ctrl-C the terminal signals PostgreSQL too; its goodbye errors are expected then, not news.
  let stopping = false;
  boss.on("error", (e) => {
    if (!stopping) console.error("[worker]", e instanceof Error ? e.message : e);
  });
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  // Vietnamese time: the sweep runs on the quarter hour; the first run happens at start-up.
  await boss.schedule(QUEUES.deadlineSweep, "*/15 * * * *", {}, { tz: "Asia/Ho_Chi_Minh", singletonKey: "sweep" });
  await boss.send(QUEUES.deadlineSweep, {}, { singletonKey: "sweep-startup", singletonMinutes: 1 });
  await boss.work(QUEUES.deadlineSweep, async () => {
    // Approved plans nobody started begin on their decision's start date (and everyone is told).
    const started = await autoStartPilots();
    if (started) log(`auto-started ${started} approved plan(s) on their decision's start date`);
    const r = await sweepDeadlines();
    if (r.reminded || r.overdue || r.escalated) log(`deadline sweep: ${JSON.stringify(r)}`);
  });
  await boss.schedule(QUEUES.maintenance, "7 * * * *", {}, { tz: "Asia/Ho_Chi_Minh", singletonKey: "maintenance" });
  await boss.work(QUEUES.maintenance, async () => {
    const r = await purgeSecurityRecords();
    if (r.attempts || r.sessions) log(`maintenance: ${JSON.stringify(r)}`);
  });
  await boss.work<Record<string, unknown>>(QUEUES.reportExport, { batchSize: 1 }, async ([job]) => {
    await runReportExport(job.data);
  });
  log("worker started (automatic starts and deadline sweep every 15 minutes, report exports)");
  return async () => {
    stopping = true;
    await boss.stop({ graceful: true, timeout: 10_000 }).catch(() => {});
  };
}
