/**
 * Least privilege in the database (ASVS 5.0 V13.2.2). `npm start` (embedded PostgreSQL) makes:
 *  - OWNER_ROLE: owns the database, its schemas and every object; runs migrations, the seed, the
 *    job worker and backups. Not a superuser.
 *  - APP_ROLE: what the web server connects as — SELECT/INSERT/UPDATE/DELETE on the tables, no
 *    DDL, no TRUNCATE, and only SELECT/INSERT on "AuditEvent" (it cannot alter, disable the
 *    trigger of, update or delete the audit trail; only an owner could, which the hash chain
 *    would then reveal).
 * Idempotent: run on every start, after migrations, so new tables get their grants.
 * README "Security" has the same statements for an external PostgreSQL.
 */
import pg from "pg";
import { withDatabase } from "./postgres";

export const OWNER_ROLE = "sangtao_owner";
export const APP_ROLE = "sangtao_app";

export type RoleUrls = { ownerUrl: string; appUrl: string };

function urlAs(serverUrl: string, database: string, user: string, password: string): string {
  const u = new URL(withDatabase(serverUrl, database));
  u.username = user;
  u.password = password;
  return u.toString();
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/**
 * As a superuser: creates (or updates the passwords of) both roles and hands the database and
 * every object in it to the owner role (objects created before the roles existed were the
 * superuser's).
 */
export async function ensureRoles(superUrl: string, database: string, passwords: { owner: string; app: string }): Promise<RoleUrls> {
  await withClient(withDatabase(superUrl, "postgres"), async (c) => {
    for (const [role, password] of [[OWNER_ROLE, passwords.owner], [APP_ROLE, passwords.app]] as const) {
      const exists = await c.query("select 1 from pg_roles where rolname = $1", [role]);
      const verb = exists.rowCount ? "ALTER" : "CREATE";
      await c.query(`${verb} ROLE ${ident(role)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${lit(password)}`);
    }
    await c.query(`ALTER DATABASE ${ident(database)} OWNER TO ${ident(OWNER_ROLE)}`);
    await c.query(`REVOKE ALL ON DATABASE ${ident(database)} FROM PUBLIC`);
    await c.query(`GRANT CONNECT, TEMPORARY ON DATABASE ${ident(database)} TO ${ident(APP_ROLE)}`);
  });
  await withClient(withDatabase(superUrl, database), async (c) => {
    await c.query(`ALTER SCHEMA public OWNER TO ${ident(OWNER_ROLE)}`);
    await c.query(`DO $$
DECLARE r record;
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
    EXECUTE 'ALTER SCHEMA pgboss OWNER TO ${OWNER_ROLE}';
  END IF;
  FOR r IN
    SELECT n.nspname, c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE n.nspname IN ('public', 'pgboss') AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
      AND pg_get_userbyid(c.relowner) <> '${OWNER_ROLE}'
      -- sequences of a column follow their table
      AND NOT (c.relkind = 'S' AND EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s %I.%I OWNER TO ${OWNER_ROLE}',
      CASE r.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW' ELSE 'TABLE' END, r.nspname, r.relname);
  END LOOP;
  FOR r IN
    SELECT p.oid::regprocedure AS sig FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE n.nspname IN ('public', 'pgboss') AND pg_get_userbyid(p.proowner) <> '${OWNER_ROLE}'
  LOOP
    EXECUTE format('ALTER ROUTINE %s OWNER TO ${OWNER_ROLE}', r.sig);
  END LOOP;
  FOR r IN
    SELECT n.nspname, t.typname FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
    WHERE n.nspname IN ('public', 'pgboss') AND t.typtype IN ('e', 'd') AND pg_get_userbyid(t.typowner) <> '${OWNER_ROLE}'
  LOOP
    EXECUTE format('ALTER TYPE %I.%I OWNER TO ${OWNER_ROLE}', r.nspname, r.typname);
  END LOOP;
END $$`);
  });
  return {
    ownerUrl: urlAs(superUrl, database, OWNER_ROLE, passwords.owner),
    appUrl: urlAs(superUrl, database, APP_ROLE, passwords.app),
  };
}

/** The application role's grants (as the owner, after migrations). */
export const APP_GRANTS_SQL = `
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO ${APP_ROLE};
GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${APP_ROLE};
REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM ${APP_ROLE};
REVOKE UPDATE, DELETE ON "AuditEvent" FROM ${APP_ROLE};
REVOKE INSERT, UPDATE, DELETE ON "_prisma_migrations" FROM ${APP_ROLE};
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${APP_ROLE};
ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${APP_ROLE};
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = 'pgboss') THEN
    GRANT USAGE ON SCHEMA pgboss TO ${APP_ROLE};
    GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA pgboss TO ${APP_ROLE};
    GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA pgboss TO ${APP_ROLE};
    ALTER DEFAULT PRIVILEGES FOR ROLE ${OWNER_ROLE} IN SCHEMA pgboss GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${APP_ROLE};
  END IF;
END $$;
`;

export async function grantAppPrivileges(ownerUrl: string): Promise<void> {
  await withClient(ownerUrl, (c) => c.query(APP_GRANTS_SQL));
}

/**
 * pg-boss creates its schema and one table per queue on first use — DDL the application role may
 * not run — so the owner creates them before the web server starts.
 */
export async function ensureJobQueues(ownerUrl: string): Promise<void> {
  const { default: PgBoss } = await import("pg-boss");
  const { QUEUES } = await import("../../src/server/jobs/queue");
  const boss = new PgBoss({ connectionString: ownerUrl, max: 1, supervise: false, schedule: false });
  boss.on("error", () => {});
  await boss.start();
  for (const name of Object.values(QUEUES)) await boss.createQueue(name);
  await boss.stop({ graceful: false, wait: true });
}
