/**
 * The database `npm run seed:volume` and `npm run bench` work on: the one the README's start
 * command uses.
 *  - DATABASE_URL when set;
 *  - else the embedded PostgreSQL of `npm start` (DATA_DIR/pg, PG_PORT 54329, db "sangtao"):
 *    when `npm start` is already running it holds that data directory, so we first try to
 *    connect to 127.0.0.1:PG_PORT and only start a server of our own when nobody answers.
 * A server started here is stopped by `close()` (and on Ctrl-C).
 */
import path from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "./postgres";
import { migrateDeploy } from "./prisma-cli";

export type BenchDatabase = {
  url: string;
  /** "DATABASE_URL", "running" (npm start's server) or "started" (we started it). */
  origin: "DATABASE_URL" | "running" | "started";
  close: () => Promise<void>;
};

const USER = "postgres";
const PASSWORD = "postgres";

/** true when a PostgreSQL answers on the port (whatever the database), false when nobody listens. */
async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (e) {
    const code = (e as { code?: string }).code;
    // 3D000: the server runs but the database is missing — it still "answers".
    if (code === "3D000") return true;
    if (code === "ECONNREFUSED" || code === "ECONNRESET" || code === "57P03" /* starting up */) return false;
    if (/timeout|ECONNREFUSED/i.test(String(e))) return false;
    throw e;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function openDatabase(opts: { migrate: boolean; log: (m: string) => void }): Promise<BenchDatabase> {
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    if (opts.migrate) {
      opts.log("prisma migrate deploy (DATABASE_URL)…");
      migrateDeploy(url, { quiet: true });
    }
    return { url, origin: "DATABASE_URL", close: async () => {} };
  }
  const port = Number(process.env.PG_PORT ?? 54329);
  const serverUrl = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`;
  const url = `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/sangtao`;
  if (await answers(serverUrl)) {
    // `npm start` is running and holds the data directory: use its server (migrate deploy is a
    // no-op then, but keeps a server someone else started on that port usable).
    opts.log(`PostgreSQL đã chạy sẵn tại 127.0.0.1:${port} (npm start) — dùng luôn (using the server already running there).`);
    await ensureDatabase(serverUrl, "sangtao");
    if (opts.migrate) migrateDeploy(url, { quiet: true });
    return { url, origin: "running", close: async () => {} };
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data", "pg");
  opts.log(`Khởi động PostgreSQL nhúng (starting embedded PostgreSQL) tại 127.0.0.1:${port}, dữ liệu: ${dataDir}`);
  const server = await startEmbeddedPostgres({ dataDir, port, quiet: true });
  let stopped = false;
  const close = async () => {
    if (stopped) return;
    stopped = true;
    await server.stop().catch(() => {});
  };
  const onSignal = () => void close().then(() => process.exit(130));
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  try {
    await ensureDatabase(server.url("postgres"), "sangtao");
    if (opts.migrate) {
      opts.log("prisma migrate deploy…");
      migrateDeploy(server.url("sangtao"), { quiet: true });
    }
  } catch (e) {
    await close();
    throw e;
  }
  return { url: server.url("sangtao"), origin: "started", close };
}
