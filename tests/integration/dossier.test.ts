import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { decodeCheckpoint } from "@/domain/dossier";
import { db } from "@/server/db";
import { buildDossier, verifyDossier } from "@/server/dossier/dossier";
import { seedProposal, seedUser } from "../support/factories";
import { actorOf, smallOrg } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
  await seedUser(db, { unit: org.deptA, role: "PARTY_COMMITTEE", fullName: "Bí thư Đảng ủy Sở" });
});

/** An evaluated pilot with a directive, a progress report with a support request, and an inspection. */
async function evaluatedCase() {
  const p = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED" });
  const pilot = await db.pilot.findUniqueOrThrow({ where: { proposalId: p.id } });
  const at = new Date(Date.now() - 60 * 86_400_000);
  await db.directive.create({ data: { pilotId: pilot.id, kind: "ADJUST", reason: "Điều chỉnh phạm vi xuống hai xã.", issuedById: org.headA.id, issuedAt: at } });
  await db.progressReport.create({
    data: { pilotId: pilot.id, periodStart: new Date("2026-01-01"), periodEnd: new Date("2026-01-31"), authorId: org.proposerA.id, summary: "Đã triển khai tại hai xã.", supportRequested: "Đề nghị bổ sung 2 máy tính bảng.", submittedAt: at },
  });
  await db.monitoringNote.create({ data: { pilotId: pilot.id, authorId: org.headA.id, finding: "Kiểm tra thực địa: đúng phạm vi.", severity: "LOW", createdAt: at } });
  return p;
}

async function asSuperuser(sql: string, params: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query('alter table "AuditEvent" disable trigger audit_event_no_update_delete');
    await client.query(sql, params);
    await client.query('alter table "AuditEvent" enable trigger audit_event_no_update_delete');
  } finally {
    await client.end();
  }
}

describe("protection dossier (Art. 11; KL 14 §2.4)", () => {
  it("holds every section, each item with its audit event and digest, under the chain's checkpoint", async () => {
    const p = await evaluatedCase();
    const d = await buildDossier(await actorOf(org.proposerA), p.id);
    expect(d).not.toBeNull();
    const kinds = new Set(d!.items.map((i) => i.kind));
    for (const k of ["REVISION", "PARTY_OPINION", "MEETING", "DECISION", "DIRECTIVE", "PROGRESS_REPORT", "MONITORING_NOTE", "RESULT_REPORT", "EVALUATION"]) expect(kinds, k).toContain(k);
    // Decision and evaluation stages each have their Party opinion and meeting.
    expect(d!.items.filter((i) => i.kind === "PARTY_OPINION").map((i) => i.content.stage).sort()).toEqual(["DECISION", "EVALUATION"]);
    expect(d!.items.filter((i) => i.kind === "MEETING").map((i) => i.content.purpose).sort()).toEqual(["DECISION", "EVALUATION"]);
    for (const k of ["REVISION", "PARTY_OPINION", "MEETING", "DECISION", "RESULT_REPORT", "EVALUATION"]) {
      for (const item of d!.items.filter((i) => i.kind === k)) expect(item.audit, `${k} audit event`).not.toBeNull();
    }
    const head = await db.auditEvent.findFirstOrThrow({ orderBy: { seq: "desc" } });
    expect(d!.checkpoint).toEqual({ seq: head.seq.toString(), hash: head.hash });
    const decoded = decodeCheckpoint(d!.payload);
    expect(decoded?.items).toHaveLength(d!.items.length);
    const v = await verifyDossier(await actorOf(org.headA), d!.payload);
    expect(v).toMatchObject({ ok: true, reason: null, newer: 0 });
  });

  it("reports a tampered row: the evaluation edited behind the application's back", async () => {
    const p = await evaluatedCase();
    const d = (await buildDossier(await actorOf(org.commission), p.id))!;
    await db.$executeRawUnsafe(`update "Evaluation" set "subjectiveCauses" = 'Sửa lại sau khi ký' where "proposalId" = $1`, p.id);
    const v = await verifyDossier(await actorOf(org.proposerA), d.payload);
    expect(v.ok).toBe(false);
    if (!("items" in v)) throw new Error("expected items");
    expect(v.reason).toBe("ITEMS_CHANGED");
    expect(v.items.filter((i) => i.verdict !== "OK")).toEqual([expect.objectContaining({ kind: "EVALUATION", verdict: "CHANGED" })]);
  });

  it("reports an edited audit event and a removed record", async () => {
    const p = await evaluatedCase();
    const d = (await buildDossier(await actorOf(org.proposerA), p.id))!;
    const decision = d.items.find((i) => i.kind === "DECISION")!;
    await asSuperuser(`update "AuditEvent" set after = '{"status":"APPROVED"}'::jsonb where seq = $1`, [decision.audit!.seq]);
    const note = d.items.find((i) => i.kind === "MONITORING_NOTE")!;
    await db.monitoringNote.delete({ where: { id: note.id } });
    const v = await verifyDossier(await actorOf(org.proposerA), d.payload);
    if (!("items" in v)) throw new Error("expected items");
    const bad = Object.fromEntries(v.items.filter((i) => i.verdict !== "OK").map((i) => [i.kind, i.verdict]));
    expect(bad).toEqual({ DECISION: "AUDIT_EVENT_CHANGED", MONITORING_NOTE: "MISSING" });
  });

  it("foreign ids are not found: the dossier and its verification are scoped like the proposal", async () => {
    const p = await evaluatedCase();
    expect(await buildDossier(await actorOf(org.headB), p.id)).toBeNull();
    const d = (await buildDossier(await actorOf(org.proposerA), p.id))!;
    expect(await verifyDossier(await actorOf(org.proposerB), d.payload)).toEqual({ ok: false, reason: "NOT_FOUND" });
    expect(await verifyDossier(await actorOf(org.proposerA), "không phải mã kiểm tra")).toEqual({ ok: false, reason: "UNREADABLE" });
  });
});
