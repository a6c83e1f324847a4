import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createDraft, deleteEmptyDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal } from "@/server/proposals/submit";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

const counter = async () => (await db.proposalCounter.findMany()).reduce((a, c) => a + c.last, 0);

describe("proposal numbers are spent on plans, not on clicks (issue 12.4)", () => {
  it("'+ Đề xuất mới' opens an unnumbered draft; abandoning it spends no DX number", async () => {
    const actor = await actorOf(org.proposerA);
    const before = await counter();
    const created = await createDraft(actor, {});
    expect(created.code).toBeNull();
    expect(await counter()).toBe(before);
    // Saving an empty form (autosave of untouched fields) still spends none.
    const saved = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { title: "  ", kpis: [], declaration: false } });
    expect(saved.code).toBeNull();
    expect(await counter()).toBe(before);
  });

  it("the first save with content numbers the draft, once", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    const first = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { title: "Một cửa liên thông" } });
    expect(first.code).toMatch(/^DX-\d{4}-\d{6}$/);
    const second = await saveDraft(actor, { proposalId: created.id, version: first.version, draft: { title: "Một cửa liên thông điện tử" } });
    expect(second.code).toBe(first.code);
    const row = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.code).toBe(first.code);
    expect(row.searchText).toContain(first.code!.toLowerCase());
  });

  it("a plan submitted without an earlier numbered save gets its number at submission", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    // Content written straight into the row (as an import would): still unnumbered until submitted.
    await db.proposal.update({ where: { id: created.id }, data: { draft: org.validPlan() } });
    await submitProposal(actor, { proposalId: created.id, version: created.version });
    const row = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.status).toBe("SUBMITTED");
    expect(row.code).toMatch(/^DX-\d{4}-\d{6}$/);
  });
});

describe("deleting an empty draft (issue 12.4)", () => {
  it("the proposer deletes an empty draft; the audit chain keeps the record", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    await deleteEmptyDraft(actor, { proposalId: created.id, version: created.version });
    expect(await db.proposal.findUnique({ where: { id: created.id } })).toBeNull();
    const events = await db.auditEvent.findMany({ where: { proposalId: created.id }, select: { action: true } });
    expect(events.map((e) => e.action)).toEqual(["proposal.create", "proposal.delete"]);
  });

  it("refuses a draft with content (409), another unit's draft (404) and a stale version (409)", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    const saved = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { purpose: "Có nội dung" } });
    expect(await statusOf(deleteEmptyDraft(actor, { proposalId: created.id, version: saved.version }))).toBe(409);

    const empty = await createDraft(actor, {});
    const stranger = await actorOf(org.proposerB);
    expect(await statusOf(deleteEmptyDraft(stranger, { proposalId: empty.id, version: empty.version }))).toBe(404);
    expect(await statusOf(deleteEmptyDraft(actor, { proposalId: empty.id, version: empty.version + 5 }))).toBe(409);
    expect(await db.proposal.findUnique({ where: { id: empty.id } })).not.toBeNull();
  });

  it("refuses a submitted plan (wrong state, 409): it was numbered and sent to the head", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, { draft: org.validPlan() });
    await submitProposal(actor, { proposalId: created.id, version: created.version });
    const row = await db.proposal.findUniqueOrThrow({ where: { id: created.id } });
    expect(await statusOf(deleteEmptyDraft(actor, { proposalId: created.id, version: row.version }))).toBe(409);
  });
});
