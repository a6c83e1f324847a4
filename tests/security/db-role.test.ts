/**
 * Issue point 7: least privilege in the database. The roles `npm start` creates
 * (scripts/lib/db-roles.ts), applied to this file's database: the application role can read and
 * write the data, but has no DDL, no TRUNCATE and no way to alter, update or delete the audit trail.
 */
import crypto from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureJobQueues, ensureRoles, grantAppPrivileges } from "../../scripts/lib/db-roles";
import { databaseName } from "../../scripts/lib/postgres";
import { appendAudit } from "@/server/audit";
import { db } from "@/server/db";
import { seedUnit } from "../support/factories";

let app: pg.Client;
let owner: pg.Client;

beforeAll(async () => {
  const url = process.env.DATABASE_URL!;
  await seedUnit(db, { name: "Đơn vị thử quyền" });
  await db.$transaction((tx) => appendAudit(tx, [{ action: "test.event", targetType: "Test", targetId: "1", actorId: null }]));
  await db.$disconnect();
  const roles = await ensureRoles(url, databaseName(url), { owner: crypto.randomBytes(12).toString("hex"), app: crypto.randomBytes(12).toString("hex") });
  await ensureJobQueues(roles.ownerUrl);
  await grantAppPrivileges(roles.ownerUrl);
  app = new pg.Client({ connectionString: roles.appUrl });
  owner = new pg.Client({ connectionString: roles.ownerUrl });
  await app.connect();
  await owner.connect();
}, 120_000);

afterAll(async () => {
  await app?.end();
  await owner?.end();
});

const refused = async (sql: string) => {
  const err = await app.query(sql).then(() => null, (e: { code?: string }) => e);
  expect(err, sql).not.toBeNull();
  return err?.code;
};

describe("7. the application's database role", () => {
  it("is not a superuser and owns nothing", async () => {
    const r = await app.query("select rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = current_user");
    expect(r.rows[0]).toEqual({ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    const owned = await app.query("select count(*)::int as n from pg_class where relowner = (select oid from pg_roles where rolname = current_user)");
    expect(owned.rows[0].n).toBe(0);
  });

  it("reads and writes the data", async () => {
    await app.query(`insert into "LoginAttempt" (id, account, username, ip, success) values ('t1', 'x', 'x', '127.0.0.1', false)`);
    expect((await app.query(`select count(*)::int as n from "LoginAttempt"`)).rows[0].n).toBeGreaterThan(0);
    await app.query(`delete from "LoginAttempt" where id = 't1'`);
    // pg-boss: the web app sends jobs.
    await app.query(`select count(*) from pgboss.job`);
  });

  it("cannot run DDL, TRUNCATE, or touch the audit trail", async () => {
    expect(await refused(`create table evil (id int)`)).toBe("42501");
    expect(await refused(`alter table "AuditEvent" disable trigger audit_event_no_update_delete`)).toBe("42501");
    expect(await refused(`drop trigger audit_event_no_update_delete on "AuditEvent"`)).toBe("42501");
    expect(await refused(`truncate "AuditEvent"`)).toBe("42501");
    expect(await refused(`truncate "Proposal" cascade`)).toBe("42501");
    expect(await refused(`update "AuditEvent" set action = 'x'`)).toBe("42501");
    expect(await refused(`delete from "AuditEvent"`)).toBe("42501");
    expect(await refused(`alter table "Proposal" add column evil int`)).toBe("42501");
    expect(await refused(`create schema evil`)).toBe("42501");
    expect(await refused(`delete from "_prisma_migrations"`)).toBe("42501");
    // Appending to the audit trail is what the app does.
    expect((await app.query(`select count(*)::int as n from "AuditEvent"`)).rows[0].n).toBeGreaterThan(0);
  });

  it("the owner role (migrations) runs DDL but is not a superuser", async () => {
    await owner.query(`create table owner_can (id int); drop table owner_can`);
    const r = await owner.query("select rolsuper from pg_roles where rolname = current_user");
    expect(r.rows[0].rolsuper).toBe(false);
  });
});
