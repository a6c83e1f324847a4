/**
 * `npm start`: one command from a fresh clone to a running app.
 *  - no DATABASE_URL → an embedded PostgreSQL 18 whose data lives in .data/ (kept between runs);
 *  - applies migrations, seeds the demo data when the database is empty;
 *  - builds the production bundle only when sources changed, then serves it on PORT (3000);
 *  - runs the job worker (deadline reminders and escalations, report exports) in this process;
 *  - Ctrl-C stops the web server, the jobs and PostgreSQL cleanly.
 */
import { spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { buildIfNeeded } from "./lib/build";
import { createSupervisor } from "./lib/supervise";
import { migrateDeploy } from "./lib/prisma-cli";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./lib/postgres";
import { ensureAuthSecret, ensureSecretFile } from "./lib/secret";
import { ensureJobQueues, ensureRoles, grantAppPrivileges } from "./lib/db-roles";
import { DEMO_LOGINS, DEMO_PASSWORD } from "../prisma/demo-logins";

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data");
const PORT = Number(process.env.PORT ?? 3000);
const HOST = process.env.HOST ?? "0.0.0.0";

const log = (m: string) => console.log(`\x1b[36m[start]\x1b[0m ${m}`);

async function main() {
  let pg: EmbeddedServer | null = null;
  let stopWorker: (() => Promise<void>) | null = null;
  const supervisor = createSupervisor({
    log,
    cleanup: async () => {
      if (stopWorker) await stopWorker().catch(() => {});
      if (pg) await pg.stop();
    },
  });
  const stop = supervisor.stop;
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));

  // The owner role migrates, seeds and runs the worker; the web server connects as the application
  // role, which has no DDL, no TRUNCATE and cannot alter the audit trail (scripts/lib/db-roles.ts).
  let databaseUrl = process.env.DATABASE_URL;
  let webDatabaseUrl = process.env.APP_DATABASE_URL ?? databaseUrl;
  if (!databaseUrl) {
    const port = Number(process.env.PG_PORT ?? 54329);
    log(`Khởi động PostgreSQL nhúng (embedded PostgreSQL) tại 127.0.0.1:${port}, dữ liệu: ${path.join(DATA_DIR, "pg")}`);
    pg = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pg"), port });
    await ensureDatabase(pg.url("postgres"), "sangtao");
    const roles = await ensureRoles(pg.url("sangtao"), "sangtao", {
      owner: ensureSecretFile(DATA_DIR, "db-owner-password"),
      app: ensureSecretFile(DATA_DIR, "db-app-password"),
    });
    databaseUrl = roles.ownerUrl;
    webDatabaseUrl = roles.appUrl;
  } else {
    log("Dùng PostgreSQL từ DATABASE_URL.");
  }

  log("Áp dụng migration (prisma migrate deploy)…");
  migrateDeploy(databaseUrl, { quiet: true });
  if (pg) {
    await ensureJobQueues(databaseUrl);
    await grantAppPrivileges(databaseUrl);
  }

  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: ensureAuthSecret(DATA_DIR),
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${PORT}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };

  const seeded = spawnSync(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts", "--if-empty"], { stdio: "inherit", env });
  if (seeded.status !== 0) throw new Error("seeding failed");

  buildIfNeeded(log);

  // The worker shares this process (one command to run everything); it reads DATABASE_URL.
  process.env.DATABASE_URL = databaseUrl;
  const { startWorker } = await import("../src/server/jobs/worker");
  stopWorker = await startWorker({ log });

  // scripts/serve.ts: Next behind the server that resolves client addresses (TRUSTED_PROXIES).
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/serve.ts"], {
    stdio: "inherit",
    env: { ...env, DATABASE_URL: webDatabaseUrl ?? databaseUrl, PORT: String(PORT), HOST },
  });
  // Crash or kill -9 of the web server: stop the rest cleanly and exit non-zero (lib/supervise.ts).
  supervisor.watch(child);

  console.log(`
\x1b[1mỨng dụng đang chạy: http://localhost:${PORT}\x1b[0m  (Ctrl-C để dừng)
Đăng nhập thử (demo log-ins) — mật khẩu chung / password: \x1b[1m${DEMO_PASSWORD}\x1b[0m
${DEMO_LOGINS.map((l) => `  ${l.username.padEnd(20)} ${l.description}`).join("\n")}
`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
