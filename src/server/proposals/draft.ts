import { z } from "zod";
import { assertCan } from "@/domain/permissions";
import { foldVietnamese, planDraftSchema, type PlanDraft } from "@/domain/plan";
import { toJsonValue } from "../audit";
import { proposalScope } from "../scope";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { decidingUnitFor, nextProposalCode } from "./routing";
import { proposalResourceSelect, toProposalResource } from "./resource";
import { toVietnamDate } from "@/domain/calendar";

export function searchTextOf(p: { code: string; title?: string | null; field?: string | null }) {
  return foldVietnamese(`${p.code} ${p.title ?? ""} ${p.field ?? ""}`);
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
  const year = Number(toVietnamDate(ctx.now).slice(0, 4));
  const code = await nextProposalCode(ctx.tx, year);
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

/** Autosave of the draft: every keystroke batch lands here; refused once submitted. */
export const saveDraft = defineUseCase({
  name: "proposal.update",
  input: z.object({ proposalId: z.string().min(1), version: z.number().int().min(0), draft: planDraftSchema }),
  load: (tx, actor, input) =>
    tx.proposal.findFirst({ where: { id: input.proposalId, ...proposalScope(actor) }, select: proposalResourceSelect }),
  authorize: (actor, p) => assertCan(actor, "proposal.update", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const updated = await ctx.tx.proposal.updateMany({
      where: { id: p.id, version: input.version },
      data: {
        draft: toJsonValue(input.draft) ?? {},
        title: input.draft.title ?? "",
        field: input.draft.field ?? "",
        searchText: searchTextOf({ code: p.code, title: input.draft.title, field: input.draft.field }),
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
      meta: { version: input.version + 1 },
    });
    return { version: input.version + 1 };
  },
});
