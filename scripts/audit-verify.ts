/**
 * `npm run audit:verify`: walks the audit hash chain from the first event and reports the first
 * row that was edited, removed or reordered. Exit code 0 when intact, 2 when broken.
 * `--head <hash>` also checks that a checkpoint printed on an earlier report is still in the chain
 * (nothing cut off at the end, nor the chain re-hashed after an edit).
 * Uses DATABASE_URL, or the embedded PostgreSQL of `npm start`.
 */
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/postgres";

async function main() {
  let stop: (() => Promise<void>) | null = null;
  if (!process.env.DATABASE_URL) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.resolve(process.env.DATA_DIR ?? ".data", "pg"),
      port: Number(process.env.PG_PORT ?? 54329),
      quiet: true,
    });
    await ensureDatabase(pg.url("postgres"), "sangtao");
    process.env.DATABASE_URL = pg.url("sangtao");
    stop = pg.stop;
  }
  const { verifyAuditChain } = await import("../src/server/audit");
  const { db, disconnectDb } = await import("../src/server/db");
  const started = Date.now();
  // --head <hash>: a checkpoint printed on an earlier report must still be in the chain.
  const i = process.argv.indexOf("--head");
  const head = i > 0 ? process.argv[i + 1] : undefined;
  const report = await verifyAuditChain(db, 2000, head);
  await disconnectDb();
  if (stop) await stop();
  const ms = Date.now() - started;
  if (report.ok) {
    console.log(`Chuỗi nhật ký toàn vẹn — audit chain intact: ${report.checked} events verified in ${ms} ms.`);
    process.exit(0);
  }
  console.error(`Chuỗi nhật ký BỊ PHÁ VỠ — audit chain BROKEN at event seq ${report.seq}: ${report.reason} (${report.checked} events verified before it).`);
  process.exit(2);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
