import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../src/generated/prisma/client";
import { verifyAuditChain, type ChainReport } from "../../src/server/audit";
import { isEmptyDir, loadArchive, readBackupHeader, type BackupHeader } from "./backup";
import { migrateDeploy } from "./prisma-cli";
import { ensureDatabase, startEmbeddedPostgres } from "./postgres";

export type RestoreResult = { header: BackupHeader; rows: number; chain: ChainReport };

/**
 * A new embedded PostgreSQL in `dataDir` (which must be empty), the app's migrations, the
 * archive's rows, then the audit chain verified up to the archive's checkpoint: the chain is
 * intact and ends exactly at the checkpoint's event. `keepRunning` leaves the server up (tests).
 */
export async function restoreInto(
  file: string,
  opts: { dataDir: string; port: number; keepRunning?: boolean },
): Promise<RestoreResult & { url: string; stop: () => Promise<void> }> {
  const header = await readBackupHeader(file);
  const pgDir = path.join(opts.dataDir, "pg");
  if (!isEmptyDir(opts.dataDir)) throw new Error(`${opts.dataDir} is not empty: restore only into an empty data directory`);
  const server = await startEmbeddedPostgres({ dataDir: pgDir, port: opts.port, quiet: true });
  try {
    await ensureDatabase(server.url("postgres"), "sangtao");
    const url = server.url("sangtao");
    migrateDeploy(url, { quiet: true });
    await loadArchive(url, file);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
    let chain: ChainReport;
    try {
      chain = await verifyAuditChain(prisma, 2000, header.checkpoint?.hash);
      const head = await prisma.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
      if (chain.ok && (head?.hash ?? null) !== (header.checkpoint?.hash ?? null)) {
        chain = { ok: false, checked: chain.checked, seq: head ? head.seq.toString() : "0", reason: "CHECKPOINT_MISMATCH" };
      }
    } finally {
      await prisma.$disconnect();
    }
    const rows = header.tables.reduce((n, t) => n + t.rows, 0);
    if (!opts.keepRunning) await server.stop();
    return { header, rows, chain, url, stop: server.stop };
  } catch (e) {
    await server.stop().catch(() => {});
    throw e;
  }
}
