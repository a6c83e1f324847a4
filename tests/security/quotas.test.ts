/**
 * Issue point 14: quotas. Attachments per proposal and bytes per user are limited by configuration
 * (ATTACHMENT_MAX_PER_PROPOSAL, ATTACHMENT_MAX_BYTES_PER_USER), also under parallel uploads;
 * LoginAttempt is purged (sign-in.test.ts) and stores a bounded address.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { uploadAttachment } from "@/server/files/upload";
import { createDraft } from "@/server/proposals/draft";
import { mapError } from "@/server/usecase";
import { actorOf, smallOrg } from "../integration/helpers";
import { seedUser } from "../support/factories";

const PDF = new TextEncoder().encode("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});
afterEach(() => {
  delete process.env.ATTACHMENT_MAX_PER_PROPOSAL;
  delete process.env.ATTACHMENT_MAX_BYTES_PER_USER;
});

const outcome = (p: Promise<unknown>) => p.then(() => "ok", (e) => mapError(e).code);

describe("14. quotas", () => {
  it("40 parallel uploads to one draft stop at ATTACHMENT_MAX_PER_PROPOSAL", async () => {
    process.env.ATTACHMENT_MAX_PER_PROPOSAL = "5";
    const actor = await actorOf(org.proposerA);
    const draft = await createDraft(actor, {});
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => outcome(uploadAttachment(actor, { proposalId: draft.id, fileName: `tai-lieu-${i}.pdf`, bytes: PDF }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(5);
    expect(results.filter((r) => r === "ATTACHMENT_QUOTA_PROPOSAL")).toHaveLength(35);
    expect(await db.attachment.count({ where: { proposalId: draft.id } })).toBe(5);
  });

  it("a user's uploads across drafts stop at ATTACHMENT_MAX_BYTES_PER_USER", async () => {
    process.env.ATTACHMENT_MAX_BYTES_PER_USER = String(PDF.byteLength * 3);
    const user = await seedUser(db, { unit: org.deptA, role: "PROPOSER" });
    const actor = await actorOf(user);
    const drafts = await Promise.all([createDraft(actor, {}), createDraft(actor, {})]);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => outcome(uploadAttachment(actor, { proposalId: drafts[i % 2].id, fileName: `f-${i}.pdf`, bytes: PDF }))),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(3);
    expect(results.filter((r) => r === "ATTACHMENT_QUOTA_USER")).toHaveLength(5);
  });
});
