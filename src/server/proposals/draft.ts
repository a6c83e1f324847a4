import { z } from "zod";
import { assertCan } from "@/domain/permissions";
import { draftHasContent, foldVietnamese, planDraftSchema, splitDraft, type PlanDraft } from "@/domain/plan";
import { ForbiddenError, InvalidTransitionError } from "@/domain/errors";
import { toJsonValue } from "../audit";
import { proposalScope } from "../scope";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { decidingUnitFor, nextProposalCode } from "./routing";
import { proposalResourceSelect, toProposalResource } from "./resource";
import { toVietnamDate } from "@/domain/calendar";
import type { Tx } from "../db";

export function searchTextOf(p: { code: string | null; title?: string | null; field?: string | null }) {
  return foldVietnamese(`${p.code ?? ""} ${p.title ?? ""} ${p.field ?? ""}`);
}

/** The proposal's number, given once: at the first save with content, or at submission. */
export async function codeFor(tx: Tx, p: { code: string | null }, now: Date): Promise<string> {
  return p.code ?? nextProposalCode(tx, Number(toVietnamDate(now).slice(0, 4)));
}

/** A cadre opens a new plan in one of their units. */
export const createDraft = defineUseCase({
  name: "proposal.create",
  input: z.object({ unitId: z.string().min(1).optional(), draft: planDraftSchema.optional() }),
  load: async (tx, actor, input) => {
    const unitIds = actor.memberships.map((m) => m.unitId);
    const unitId =
      input.unitId ??
      actor.memberships.find((m) => m.role === "PROPOSER")?.unitId ??
      actor.memberships.find((m) => m.role === "HEAD")?.unitId;
    if (!unitId || !unitIds.includes(unitId)) return null;
    return tx.unit.findUnique({ where: { id: unitId }, select: { id: true, path: true } });
  },
  authorize: (actor, unit) => assertCan(actor, "proposal.create", { kind: "unit", unitId: unit.id, unitPath: unit.path }),
  execute: (ctx, unit, input) => insertDraft(ctx, unit, input.draft ?? {}),
});

/**
 * Writes a new draft authored by the actor in `unit` (with its audit event): the one way a proposal
 * comes into being, whether typed from scratch or adopted from a model in the catalogue.
 */
export async function insertDraft(ctx: UseCaseContext, unit: { id: string; path: string }, draft: PlanDraft, meta?: Record<string, string>) {
  // "+ Đề xuất mới" opens an empty draft without a number: an abandoned click spends none.
  const code = draftHasContent(draft) ? await codeFor(ctx.tx, { code: null }, ctx.now) : null;
  const decidingUnitId = await decidingUnitFor(ctx.tx, [ctx.actor.userId], unit.id);
  const created = await ctx.tx.proposal.create({
    data: {
      code,
      title: draft.title ?? "",
      field: draft.field ?? "",
      unitId: unit.id,
      unitPath: unit.path,
      decidingUnitId,
      authorId: ctx.actor.userId,
      draft: toJsonValue(draft) ?? {},
      searchText: searchTextOf({ code, title: draft.title, field: draft.field }),
    },
    select: { id: true, code: true, version: true },
  });
  ctx.audit({
    action: "proposal.create",
    targetType: "Proposal",
    targetId: created.id,
    proposalId: created.id,
    unitId: unit.id,
    after: { code, title: draft.title ?? "" },
    meta,
  });
  return created;
}

/**
 * Autosave of the draft: every keystroke batch lands here; refused once submitted. A field over a
 * limit (or holding a NUL character) does not fail the save: it keeps its saved value, the rest is
 * saved, and the answer lists the refused fields so the form shows them (issue 13.12).
 */
export const saveDraft = defineUseCase({
  name: "proposal.update",
  // A NUL in one field is refused for that field only; the rest is saved (issue 13.12).
  nulCheckedWithin: "draft",
  input: z.object({ proposalId: z.string().min(1), version: z.number().int().min(0), draft: z.record(z.string(), z.unknown()) }),
  load: (tx, actor, input) =>
    tx.proposal.findFirst({ where: { id: input.proposalId, ...proposalScope(actor) }, select: { ...proposalResourceSelect, draft: true } }),
  authorize: (actor, p) => assertCan(actor, "proposal.update", toProposalResource(p)),
  execute: async (ctx, p, raw) => {
    const { draft, refused } = splitDraft(raw.draft, p.draft);
    const input = { ...raw, draft };
    const code = p.code === null && draftHasContent(input.draft) ? await codeFor(ctx.tx, p, ctx.now) : p.code;
    const updated = await ctx.tx.proposal.updateMany({
      where: { id: p.id, version: input.version },
      data: {
        code,
        draft: toJsonValue(input.draft) ?? {},
        title: input.draft.title ?? "",
        field: input.draft.field ?? "",
        searchText: searchTextOf({ code, title: input.draft.title, field: input.draft.field }),
        version: { increment: 1 },
      },
    });
    ctx.assertUpdated(updated.count);
    // Autosave is frequent; one audit event per save keeps the record complete without diffs of
    // whole plans (the frozen revisions carry the content).
    ctx.audit({
      action: "proposal.draft.save",
      targetType: "Proposal",
      targetId: p.id,
      proposalId: p.id,
      unitId: p.unitId,
      meta: { version: input.version + 1, ...(code !== p.code ? { code } : {}), ...(refused.length ? { refused: refused.map((r) => r.path) } : {}) },
    });
    return { version: input.version + 1, code, refused };
  },
});

/**
 * The proposer deletes a draft that holds nothing: never submitted, no content, no attachment
 * (an abandoned "+ Đề xuất mới"). Anything with content is kept — withdrawal is the way out then.
 * The audit chain keeps the record that it existed.
 */
export const deleteEmptyDraft = defineUseCase({
  name: "proposal.delete",
  input: z.object({ proposalId: z.string().min(1), version: z.number().int().min(0) }),
  load: (tx, actor, input) =>
    tx.proposal.findFirst({
      where: { id: input.proposalId, ...proposalScope(actor) },
      select: { ...proposalResourceSelect, draft: true, _count: { select: { attachments: true } } },
    }),
  authorize: (actor, p) => {
    assertCan(actor, "proposal.delete", toProposalResource(p));
    if (p.authorId !== actor.userId) throw new ForbiddenError();
  },
  execute: async (ctx, p, input) => {
    if (p.currentRevision > 0 || draftHasContent(p.draft) || p._count.attachments > 0) throw new InvalidTransitionError();
    const deleted = await ctx.tx.proposal.deleteMany({ where: { id: p.id, version: input.version, status: "DRAFT" } });
    ctx.assertUpdated(deleted.count);
    ctx.audit({ action: "proposal.delete", targetType: "Proposal", targetId: p.id, proposalId: p.id, unitId: p.unitId, before: { code: p.code } });
    return { id: p.id };
  },
});
