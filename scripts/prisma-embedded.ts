/**
 * `npm run prisma -- <args>`: runs any Prisma CLI command (migrate dev, studio, …) against the
 * embedded PostgreSQL that `npm start` uses, starting it for the duration of the command.
 * With DATABASE_URL set, runs against that server instead.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres } from "./lib/postgres";

async function main() {
  const args = process.argv.slice(2);
  let url = process.env.DATABASE_URL;
  let stop: (() => Promise<void>) | null = null;
  if (!url) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.resolve(process.env.DATA_DIR ?? ".data", "pg"),
      port: Number(process.env.PG_PORT ?? 54329),
    });
    await ensureDatabase(pg.url("postgres"), "sangtao");
    url = pg.url("sangtao");
    stop = pg.stop;
  }
  const r = spawnSync(path.join("node_modules", ".bin", "prisma"), args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (stop) await stop();
  process.exit(r.status ?? 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
