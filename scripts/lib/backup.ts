/**
 * Backup and restore of the application's database (issue point 15) without pg_dump — the
 * embedded PostgreSQL package ships only initdb, pg_ctl and postgres:
 *  - backup: one REPEATABLE READ, READ ONLY transaction (a consistent snapshot while the app keeps
 *    running) reads every table of the `public` schema — attachments stored in PostgreSQL
 *    included — as JSON lines into a gzip file, with the migrations it was taken at and the audit
 *    checkpoint (newest event's seq and hash) of that snapshot;
 *  - restore: into an EMPTY data directory, a new embedded PostgreSQL, the same migrations, every
 *    row loaded back, then the audit chain verified up to that checkpoint.
 * Archive format (gzip, UTF-8 lines): a header line {"format":"sangtao-backup/1",…}; per table a
 * line {"table":name,"rows":n} followed by n lines, each a row as JSON (row_to_json).
 * pg-boss's queue (schema pgboss) is not saved: jobs are transient and recreated at start.
 */
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import zlib from "node:zlib";
import pg from "pg";

export const BACKUP_FORMAT = "sangtao-backup/1";

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: string[];
  checkpoint: { seq: string; hash: string } | null;
  tables: { name: string; rows: number }[];
};

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;
const BATCH = 500;

async function tablesOf(c: pg.Client): Promise<string[]> {
  const r = await c.query<{ name: string }>(
    `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
     where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition and c.relname <> '_prisma_migrations'
     order by c.relname`,
  );
  return r.rows.map((x) => x.name);
}

/** Writes a consistent, compressed archive of the database at `url` to `file`; returns its header. */
export async function backupDatabase(url: string, file: string): Promise<BackupHeader> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const tmp = `${file}.partial`;
  try {
    await c.query("begin isolation level repeatable read read only");
    const migrations = (await c.query<{ migration_name: string }>(`select migration_name from "_prisma_migrations" where finished_at is not null and rolled_back_at is null order by migration_name`)).rows.map((r) => r.migration_name);
    const head = (await c.query<{ seq: string; hash: string }>(`select e.seq::text as seq, e.hash from "AuditEvent" e order by e.seq desc limit 1`)).rows[0] ?? null;
    const tables = await tablesOf(c);
    const counts: { name: string; rows: number }[] = [];
    for (const name of tables) counts.push({ name, rows: Number((await c.query(`select count(*) as n from ${ident(name)}`)).rows[0].n) });
    const header: BackupHeader = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, checkpoint: head, tables: counts };

    const out = new PassThrough();
    const done = pipeline(out, zlib.createGzip({ level: 6 }), fs.createWriteStream(tmp, { mode: 0o600 }));
    const write = (line: string) => (out.write(`${line}\n`) ? Promise.resolve() : new Promise<void>((r) => out.once("drain", () => r())));
    await write(JSON.stringify(header));
    for (const t of counts) {
      await write(JSON.stringify({ table: t.name, rows: t.rows }));
      await c.query(`declare rows_cursor no scroll cursor for select row_to_json(t)::text as j from ${ident(t.name)} t`);
      for (;;) {
        const r = await c.query<{ j: string }>(`fetch ${BATCH} from rows_cursor`);
        // Kept as PostgreSQL wrote it (JSON.parse would round big integers and decimals). A raw
        // line break can only be whitespace between tokens of a json column: made a space.
        for (const row of r.rows) await write(row.j.includes("\n") ? row.j.replace(/\r?\n/g, " ") : row.j);
        if (r.rows.length < BATCH) break;
      }
      await c.query("close rows_cursor");
    }
    out.end();
    await done;
    await c.query("commit");
    fs.renameSync(tmp, file);
    return header;
  } catch (e) {
    await c.query("rollback").catch(() => {});
    fs.rmSync(tmp, { force: true });
    throw e;
  } finally {
    await c.end();
  }
}

/** Reads an archive's header (and checks it is one). */
export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const line of lines) {
    lines.close();
    const header = JSON.parse(line) as BackupHeader;
    if (header.format !== BACKUP_FORMAT) throw new Error(`not a ${BACKUP_FORMAT} archive`);
    return header;
  }
  throw new Error("empty archive");
}

/**
 * Loads an archive into the database at `url`, which must hold the same migrations and no data
 * (a fresh `prisma migrate deploy`). Connects as a superuser: triggers and foreign keys are off
 * while loading (session_replication_role = replica), so table order does not matter and the
 * rows come back exactly as saved.
 */
export async function loadArchive(url: string, file: string): Promise<BackupHeader> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
    let header: BackupHeader | null = null;
    let table: string | null = null;
    let left = 0;
    let batch: string[] = [];
    let batchBytes = 0;
    const flush = async () => {
      if (!table || batch.length === 0) return;
      await c.query(`insert into ${ident(table)} select * from json_populate_recordset(null::${ident(table)}, $1::json)`, [`[${batch.join(",")}]`]);
      batch = [];
      batchBytes = 0;
    };
    for await (const line of lines) {
      if (!header) {
        header = JSON.parse(line) as BackupHeader;
        if (header.format !== BACKUP_FORMAT) throw new Error(`not a ${BACKUP_FORMAT} archive`);
        const migrations = (await c.query<{ migration_name: string }>(`select migration_name from "_prisma_migrations" where finished_at is not null order by migration_name`)).rows.map((r) => r.migration_name);
        if (JSON.stringify(migrations) !== JSON.stringify(header.migrations)) {
          throw new Error(`the archive was taken at other migrations (${header.migrations.at(-1)}) than this version of the app (${migrations.at(-1)})`);
        }
        await c.query("begin");
        await c.query("set local session_replication_role = replica");
        continue;
      }
      if (left === 0) {
        await flush();
        const t = JSON.parse(line) as { table: string; rows: number };
        table = t.table;
        left = t.rows;
        const existing = Number((await c.query(`select count(*) as n from ${ident(table)}`)).rows[0].n);
        if (existing > 0) throw new Error(`table ${table} is not empty: restore only into an empty database`);
        continue;
      }
      batch.push(line);
      batchBytes += line.length;
      left--;
      // Attachments make some rows large: a batch is also bounded by its size.
      if (batch.length >= BATCH || batchBytes >= 16 * 1024 * 1024 || left === 0) await flush();
    }
    if (!header) throw new Error("empty archive");
    if (left !== 0) throw new Error("archive is truncated");
    await c.query("commit");
    return header;
  } catch (e) {
    await c.query("rollback").catch(() => {});
    throw e;
  } finally {
    await c.end();
  }
}

/** True when `dir` does not exist or holds nothing. */
export function isEmptyDir(dir: string): boolean {
  return !fs.existsSync(dir) || fs.readdirSync(dir).length === 0;
}

export function defaultBackupName(now = new Date()): string {
  return path.join("backups", `sangtao-${now.toISOString().replace(/[:.]/g, "-")}.jsonl.gz`);
}
