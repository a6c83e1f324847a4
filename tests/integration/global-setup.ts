/**
 * Starts the PostgreSQL the integration tests run against — never the demo database:
 *  - TEST_DATABASE_URL set → that server (any PostgreSQL), with throwaway databases on it;
 *  - otherwise an ephemeral embedded PostgreSQL 18 on a free port, deleted afterwards.
 * Migrates one template database; each test file clones it (tests/integration/setup.ts).
 */
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateDeploy } from "../../scripts/lib/prisma-cli";
import { dropDatabase, ensureDatabase, freePort, startEmbeddedPostgres, withDatabase } from "../../scripts/lib/postgres";

export const TEMPLATE_DB = `itest_template_${process.pid}`;

declare module "vitest" {
  export interface ProvidedContext {
    pgServerUrl: string;
    templateDb: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  let stop: (() => Promise<void>) | null = null;
  if (!serverUrl) {
    const port = await freePort();
    const pg = await startEmbeddedPostgres({
      dataDir: path.resolve(".test-data", `itest-${process.pid}`),
      port,
      ephemeral: true,
      quiet: true,
    });
    serverUrl = pg.url("postgres");
    stop = pg.stop;
  }
  await dropDatabase(serverUrl, TEMPLATE_DB);
  await ensureDatabase(serverUrl, TEMPLATE_DB);
  migrateDeploy(withDatabase(serverUrl, TEMPLATE_DB), { quiet: true });
  project.provide("pgServerUrl", serverUrl);
  project.provide("templateDb", TEMPLATE_DB);
  return async () => {
    await dropDatabase(serverUrl, TEMPLATE_DB).catch(() => {});
    if (stop) await stop();
  };
}
