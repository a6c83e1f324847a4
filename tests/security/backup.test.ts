/**
 * Issue point 15: `npm run backup` / `npm run restore`. Makes data (proposals in several states,
 * attachments stored in PostgreSQL, audit events, sessions), backs up, restores into a new, empty
 * data directory on another PostgreSQL, and compares every table row for row; a backup taken while
 * writes continue restores to a chain that verifies and ends exactly at its checkpoint.
 */
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupDatabase, readBackupHeader } from "../../scripts/lib/backup";
import { freePort } from "../../scripts/lib/postgres";
import { restoreInto } from "../../scripts/lib/restore";
import { db } from "@/server/db";
import { uploadAttachment } from "@/server/files/upload";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { actorOf, smallOrg } from "../integration/helpers";
import { seedProposal } from "../support/factories";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
const work = path.resolve(".test-data", `backup-${process.pid}`);

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(work, { recursive: true });
  org = await smallOrg();
  for (const status of ["SUBMITTED", "APPROVED", "IN_PROGRESS", "EVALUATED"] as const) {
    await seedProposal(db, { unit: org.deptA, author: org.proposerA, status, coAuthors: [org.coAuthorA] });
  }
  const actor = await actorOf(org.proposerA);
  const d = await createDraft(actor, {});
  await saveDraft(actor, { proposalId: d.id, version: d.version, draft: { ...org.validPlan(), title: "Có dấu \"ngoặc\", xuống\ndòng và 100%" } });
  await uploadAttachment(actor, { proposalId: d.id, fileName: "Tài liệu.pdf", bytes: PDF });
  await db.loginAttempt.create({ data: { account: org.proposerA.id, username: "x", ip: "2001:db8::1", success: false } });
  await db.userSession.create({ data: { userId: org.proposerA.id, expiresAt: new Date(Date.now() + 3600_000) } });
}, 120_000);

afterAll(() => {
  fs.rmSync(work, { recursive: true, force: true });
});

async function tableDigests(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const tables = (await c.query<{ t: string }>(`select tablename as t from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations' order by 1`)).rows.map((r) => r.t);
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const t of tables) {
      const r = await c.query(`select count(*)::int as rows, md5(coalesce(string_agg(x.j, E'\\n' order by x.j), '')) as md5 from (select row_to_json(t)::text as j from "${t}" t) x`);
      out[t] = r.rows[0];
    }
    return out;
  } finally {
    await c.end();
  }
}

describe("15. backup and restore", () => {
  it("restores elsewhere with every table identical, attachments included", async () => {
    const file = path.join(work, "a.jsonl.gz");
    const source = process.env.DATABASE_URL!;
    const header = await backupDatabase(source, file);
    expect(header.checkpoint).not.toBeNull();
    expect((await readBackupHeader(file)).tables.find((t) => t.name === "AttachmentBlob")?.rows).toBe(1);

    const restored = await restoreInto(file, { dataDir: path.join(work, "restore-a"), port: await freePort(), keepRunning: true });
    try {
      expect(restored.chain).toMatchObject({ ok: true });
      const [before, after] = await Promise.all([tableDigests(source), tableDigests(restored.url)]);
      expect(Object.keys(after).length).toBeGreaterThan(20);
      expect(after).toEqual(before);
    } finally {
      await restored.stop();
    }
  }, 300_000);

  it("a backup taken while the app writes is consistent: the chain ends at its checkpoint", async () => {
    const file = path.join(work, "b.jsonl.gz");
    const actor = await actorOf(org.proposerA);
    let writing = true;
    const writer = (async () => {
      let n = 0;
      while (writing && n < 200) {
        const d = await createDraft(actor, {});
        await saveDraft(actor, { proposalId: d.id, version: d.version, draft: { title: `Ghi song song ${n++}` } });
      }
    })();
    await new Promise((r) => setTimeout(r, 200));
    const header = await backupDatabase(process.env.DATABASE_URL!, file);
    writing = false;
    await writer;
    const newest = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(BigInt(header.checkpoint!.seq)).toBeLessThan(newest.seq);

    const restored = await restoreInto(file, { dataDir: path.join(work, "restore-b"), port: await freePort() });
    expect(restored.chain).toMatchObject({ ok: true, checked: Number(header.checkpoint!.seq) });
  }, 300_000);

  it("refuses to restore into a data directory that is not empty", async () => {
    const file = path.join(work, "a.jsonl.gz");
    const dir = path.join(work, "not-empty");
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "x"), "x");
    await expect(restoreInto(file, { dataDir: dir, port: await freePort() })).rejects.toThrow(/not empty/);
  });
});
