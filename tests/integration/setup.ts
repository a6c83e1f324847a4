import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, inject } from "vitest";
import { dropDatabase, withDatabase } from "../../scripts/lib/postgres";
import { disconnectDb } from "@/server/db";

const serverUrl = inject("pgServerUrl");
const template = inject("templateDb");
const name = `itest_${crypto.randomBytes(6).toString("hex")}`;
// Set before any test touches `db` (a lazy client that reads DATABASE_URL on first use).
process.env.DATABASE_URL = withDatabase(serverUrl, name);

beforeAll(async () => {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, "postgres") });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${template}"`);
  } finally {
    await admin.end();
  }
});

afterAll(async () => {
  await disconnectDb();
  await dropDatabase(serverUrl, name);
});
