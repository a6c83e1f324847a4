/**
 * `npm run backup [file]`: a consistent, compressed archive of the database while the app runs
 * (scripts/lib/backup.ts), with the audit checkpoint it was taken at. Uses DATABASE_URL, else the
 * embedded PostgreSQL of `npm start` (running or not). Default file: backups/sangtao-<time>.jsonl.gz.
 */
import fs from "node:fs";
import path from "node:path";
import { backupDatabase, defaultBackupName } from "./lib/backup";
import { startEmbeddedPostgres } from "./lib/postgres";

const DATA_DIR = path.resolve(process.env.DATA_DIR ?? ".data");
const PG_PORT = Number(process.env.PG_PORT ?? 54329);

async function canConnect(url: string): Promise<boolean> {
  const { default: pg } = await import("pg");
  const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const file = path.resolve(process.argv[2] ?? defaultBackupName());
  fs.mkdirSync(path.dirname(file), { recursive: true });
  let url = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | null = null;
  if (!url) {
    url = `postgresql://postgres:postgres@127.0.0.1:${PG_PORT}/sangtao`;
    // `npm start` is running: back up from its server; otherwise start it for the backup.
    if (!(await canConnect(url))) {
      const pg = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "pg"), port: PG_PORT, quiet: true });
      stop = pg.stop;
    }
  }
  try {
    const header = await backupDatabase(url, file);
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    console.log(`Đã sao lưu — backup written: ${file}`);
    console.log(`  ${header.tables.length} tables, ${rows} rows, ${(fs.statSync(file).size / 1024 / 1024).toFixed(1)} MB (gzip)`);
    console.log(`  audit checkpoint: ${header.checkpoint ? `seq ${header.checkpoint.seq}, hash ${header.checkpoint.hash}` : "(no events)"}`);
  } finally {
    if (stop) await stop();
  }
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
