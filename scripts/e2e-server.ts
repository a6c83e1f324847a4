/**
 * The server the browser tests talk to: a production build on E2E_PORT, against an ephemeral
 * embedded PostgreSQL (or a throwaway database on TEST_DATABASE_URL's server) seeded with the
 * demo data. Never touches the demo database of `npm start`.
 */
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { buildIfNeeded } from "./lib/build";
import { ensureJobQueues, ensureRoles, grantAppPrivileges } from "./lib/db-roles";
import { migrateDeploy } from "./lib/prisma-cli";
import { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres, withDatabase } from "./lib/postgres";

async function main() {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const dbName = `e2e_${crypto.randomBytes(4).toString("hex")}`;
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stopPg: (() => Promise<void>) | null = null;
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.resolve(".test-data", `e2e-${process.pid}`),
      port: await freePort(),
      ephemeral: true,
      quiet: true,
    });
    serverUrl = pg.url("postgres");
    stopPg = pg.stop;
  }
  await ensureDatabase(serverUrl, dbName);
  const databaseUrl = withDatabase(serverUrl, dbName);
  // As `npm start` does on its embedded server: the web server runs as the application role.
  let ownerUrl = databaseUrl;
  let appUrl = databaseUrl;
  if (stopPg) {
    const roles = await ensureRoles(databaseUrl, dbName, { owner: crypto.randomBytes(18).toString("hex"), app: crypto.randomBytes(18).toString("hex") });
    ownerUrl = roles.ownerUrl;
    appUrl = roles.appUrl;
  }
  migrateDeploy(ownerUrl, { quiet: true });
  if (stopPg) {
    await ensureJobQueues(ownerUrl);
    await grantAppPrivileges(ownerUrl);
  }
  const env = {
    ...process.env,
    DATABASE_URL: ownerUrl,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
    NEXTAUTH_URL: `http://127.0.0.1:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
  };
  const seeded = spawnSync(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts"], { stdio: "inherit", env });
  if (seeded.status !== 0) throw new Error("seed failed");
  buildIfNeeded((m) => console.log(m));
  const web = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/serve.ts"], {
    stdio: "inherit",
    env: { ...env, DATABASE_URL: appUrl, PORT: String(port), HOST: "127.0.0.1" },
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (web.exitCode === null && web.signalCode === null) {
      web.kill("SIGTERM");
      await new Promise((r) => web.once("exit", r));
    }
    if (serverUrl) await dropDatabase(serverUrl, dbName).catch(() => {});
    if (stopPg) await stopPg().catch(() => {});
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  web.on("exit", () => void stop());
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
