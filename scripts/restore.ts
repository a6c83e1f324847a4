/**
 * `npm run restore <file>`: restores an archive of `npm run backup` into an EMPTY data directory
 * (DATA_DIR, default .data — move the old one away first), then verifies the audit chain up to the
 * checkpoint the archive was taken at. Exit 0 when restored and verified, 2 when the chain does
 * not verify, 1 on any other error. `npm start` then serves the restored data.
 */
import path from "node:path";
import { restoreInto } from "./lib/restore";

async function main() {
  const file = process.argv[2];
  if (!file) {
    console.error("Cách dùng / usage: npm run restore <file.jsonl.gz>   (DATA_DIR must be empty or absent)");
    process.exit(1);
  }
  const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
  const result = await restoreInto(path.resolve(file), { dataDir, port: Number(process.env.PG_PORT ?? 54329) });
  if (!result.chain.ok) {
    console.error(`Chuỗi nhật ký KHÔNG hợp lệ sau khôi phục — audit chain does NOT verify: ${JSON.stringify(result.chain)}`);
    process.exit(2);
  }
  console.log(`Đã khôi phục vào ${dataDir} — restored ${result.rows} rows; audit chain verified (${result.chain.checked} events) up to the checkpoint ${result.header.checkpoint?.hash ?? "(none)"}.`);
}

main().catch((e) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
