/**
 * The catalogue of effective models (KL 14 §2.5): a unit publishes a model evaluated as completed
 * (category A) with a summary, results against targets, documents and a contact; any unit adopts it,
 * which opens a draft proposal in the adopting unit pre-filled from the model's plan and records the
 * replication on both sides (the source counts it in the reports: REPLICATED).
 */
import { toVietnamDate } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import { foldVietnamese, planDraftSchema } from "@/domain/plan";
import {
  adoptionIssues,
  adoptModelSchema,
  draftFromModel,
  publicationIssues,
  publishModelSchema,
  readModelResults,
  withdrawModelSchema,
} from "@/domain/spread";
import { toJsonValue } from "../audit";
import { insertDraft } from "../proposals/draft";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { dayToDate } from "../rules";
import { proposalScope } from "../scope";
import { defineUseCase } from "../usecase";
import { headsOf, loadForSpread, outcomeOf, proposersOf } from "./load";

export function modelSearchText(m: { title: string; summary: string; unitName: string; field: string }) {
  return foldVietnamese(`${m.title} ${m.summary} ${m.unitName} ${m.field}`);
}

export const publishModel = defineUseCase({
  name: "model.publish",
  input: publishModelSchema,
  load: async (tx, actor, input) => {
    const p = await loadForSpread(tx, actor, input.proposalId);
    if (!p) return null;
    const [model, attachments] = await Promise.all([
      tx.effectiveModel.findUnique({ where: { proposalId: p.id }, select: { id: true, status: true, version: true } }),
      tx.attachment.findMany({ where: { proposalId: p.id }, select: { id: true } }),
    ]);
    return { p, model, attachmentIds: attachments.map((a) => a.id) };
  },
  authorize: (actor, { p }) => assertCan(actor, "model.publish", toProposalResource(p)),
  execute: async (ctx, { p, model, attachmentIds }, input) => {
    const issues = publicationIssues({ outcome: outcomeOf(p), alreadyPublished: model?.status === "PUBLISHED" });
    if (issues.length) throw new ValidationError(issues);
    const documentIds = [...new Set(input.documentIds)];
    if (documentIds.some((d) => !attachmentIds.includes(d))) {
      throw new ValidationError([{ path: "documentIds", code: "UNKNOWN_DOCUMENT", message: "invalid" }]);
    }
    const data = {
      unitId: p.unitId,
      unitPath: p.unitPath,
      title: p.title,
      field: p.field,
      summary: input.summary,
      results: toJsonValue(input.results) ?? [],
      contactName: input.contactName,
      contactTitle: input.contactTitle || null,
      contactEmail: input.contactEmail || null,
      contactPhone: input.contactPhone || null,
      searchText: modelSearchText({ title: p.title, summary: input.summary, unitName: p.unit.name, field: p.field }),
      status: "PUBLISHED" as const,
      publishedAt: ctx.now,
      publishedById: ctx.actor.userId,
    };
    let modelId: string;
    if (model) {
      // Republishing a withdrawn model: same row (adoptions keep pointing at it), new content.
      ctx.assertUpdated((await ctx.tx.effectiveModel.updateMany({ where: { id: model.id, version: model.version }, data: { ...data, version: { increment: 1 } } })).count);
      await ctx.tx.effectiveModelDocument.deleteMany({ where: { modelId: model.id } });
      modelId = model.id;
    } else {
      modelId = (await ctx.tx.effectiveModel.create({ data: { ...data, proposalId: p.id }, select: { id: true } })).id;
    }
    if (documentIds.length) await ctx.tx.effectiveModelDocument.createMany({ data: documentIds.map((attachmentId) => ({ modelId, attachmentId })) });
    ctx.notify({ userIds: proposersOf(p), kind: "model.published", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/catalogue/${modelId}` });
    ctx.audit({
      action: "model.publish",
      targetType: "EffectiveModel",
      targetId: modelId,
      proposalId: p.id,
      unitId: p.unitId,
      after: { summary: input.summary, results: input.results, contactName: input.contactName, documentIds },
    });
    return { modelId };
  },
});

export const withdrawModel = defineUseCase({
  name: "model.withdraw",
  input: withdrawModelSchema,
  load: (tx, actor, input) =>
    tx.effectiveModel.findFirst({
      where: { id: input.modelId, proposal: proposalScope(actor) },
      select: { id: true, status: true, proposal: { select: proposalResourceSelect } },
    }),
  authorize: (actor, m) => assertCan(actor, "model.publish", toProposalResource(m.proposal)),
  execute: async (ctx, m, input) => {
    if (m.status !== "PUBLISHED") throw new ValidationError([{ path: "", code: "MODEL_NOT_PUBLISHED", message: "MODEL_NOT_PUBLISHED" }]);
    ctx.assertUpdated(
      (await ctx.tx.effectiveModel.updateMany({ where: { id: m.id, version: input.version }, data: { status: "WITHDRAWN", version: { increment: 1 } } })).count,
    );
    ctx.audit({ action: "model.withdraw", targetType: "EffectiveModel", targetId: m.id, proposalId: m.proposal.id, unitId: m.proposal.unitId, before: { status: "PUBLISHED" }, after: { status: "WITHDRAWN" } });
    return { version: input.version + 1 };
  },
});

export const adoptModel = defineUseCase({
  name: "model.adopt",
  input: adoptModelSchema,
  load: async (tx, actor, input) => {
    // A published model is visible to everyone signed in; the adopting unit must be one of the actor's.
    if (!actor.memberships.some((m) => m.unitId === input.unitId)) return null;
    const [model, unit] = await Promise.all([
      tx.effectiveModel.findFirst({
        where: { id: input.modelId, status: "PUBLISHED" },
        select: {
          id: true,
          title: true,
          status: true,
          results: true,
          unitId: true,
          proposal: { select: { id: true, code: true, title: true, authorId: true, coAuthors: { select: { userId: true } } } },
        },
      }),
      tx.unit.findUnique({ where: { id: input.unitId }, select: { id: true, path: true, name: true } }),
    ]);
    return model && unit ? { model, unit } : null;
  },
  authorize: (actor, { unit }) => assertCan(actor, "model.adopt", { kind: "unit", unitId: unit.id, unitPath: unit.path }),
  execute: async (ctx, { model, unit }) => {
    const issues = adoptionIssues({ published: model.status === "PUBLISHED", sourceUnitId: model.unitId, targetUnitId: unit.id });
    if (issues.length) throw new ValidationError(issues);
    const revision = await ctx.tx.proposalRevision.findFirst({
      where: { proposalId: model.proposal.id },
      orderBy: { number: "desc" },
      select: { plan: true },
    });
    // Plans are stored as the form wrote them; one that no longer parses starts the draft empty.
    const plan = planDraftSchema.safeParse(revision?.plan ?? {});
    const draft = draftFromModel(plan.success ? plan.data : {}, { title: model.title, results: readModelResults(model.results) });
    const created = await insertDraft(ctx, unit, draft, { adoptedFromModel: model.id });
    const today = toVietnamDate(ctx.now);
    const replication = await ctx.tx.replication.create({
      data: { sourceProposalId: model.proposal.id, targetUnitId: unit.id, newProposalId: created.id, adoptedOn: dayToDate(today) },
      select: { id: true },
    });
    const link = { replicationId: replication.id, modelId: model.id, sourceProposalId: model.proposal.id, targetUnitId: unit.id, newProposalId: created.id };
    ctx.audit({ action: "model.adopt", targetType: "Proposal", targetId: created.id, proposalId: created.id, unitId: unit.id, after: link });
    ctx.audit({ action: "replication.record", targetType: "Proposal", targetId: model.proposal.id, proposalId: model.proposal.id, unitId: model.unitId, after: link });
    ctx.notify({
      userIds: [...proposersOf(model.proposal), ...(await headsOf(ctx.tx, model.unitId))],
      kind: "model.adopted",
      params: { code: model.proposal.code, title: model.proposal.title, unit: unit.name },
      proposalId: model.proposal.id,
      href: `/proposals/${model.proposal.id}`,
    });
    return { proposalId: created.id, replicationId: replication.id };
  },
});
