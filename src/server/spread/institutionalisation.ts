/**
 * KL 14 §2.5: recommending that a completed model become regulation — the body it is addressed
 * to, the document to issue or amend, what it proposes — and following it through drafting to the
 * issued document (number and date) or its decline. The Commission sees every recommendation in
 * its scope (src/server/spread/queries.ts); the reports count them (INSTITUTIONALISED).
 */
import { toVietnamDate } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import { institutionalisationUpdateIssues, institutionalisationUpdateSchema, recommendationIssues, recommendSchema } from "@/domain/spread";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { dateToDay, dayToDate } from "../rules";
import { proposalScope } from "../scope";
import { defineUseCase } from "../usecase";
import { loadForSpread, outcomeOf, proposersOf } from "./load";

export const recommendInstitutionalisation = defineUseCase({
  name: "institutionalisation.recommend",
  input: recommendSchema,
  load: (tx, actor, input) => loadForSpread(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "institutionalisation.recommend", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const issues = recommendationIssues({ outcome: outcomeOf(p), recommendedOn: input.recommendedOn, today: toVietnamDate(ctx.now) });
    if (issues.length) throw new ValidationError(issues);
    const row = await ctx.tx.institutionalisation.create({
      data: {
        proposalId: p.id,
        authority: input.authority,
        targetDocument: input.targetDocument,
        content: input.content,
        recommendedOn: dayToDate(input.recommendedOn),
        recommendedById: ctx.actor.userId,
      },
      select: { id: true },
    });
    ctx.notify({ userIds: proposersOf(p), kind: "institutionalisation.recommended", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({
      action: "institutionalisation.recommend",
      targetType: "Institutionalisation",
      targetId: row.id,
      proposalId: p.id,
      unitId: p.unitId,
      after: { ...input, status: "RECOMMENDED" },
    });
    return { id: row.id };
  },
});

export const updateInstitutionalisation = defineUseCase({
  name: "institutionalisation.update",
  input: institutionalisationUpdateSchema,
  load: (tx, actor, input) =>
    tx.institutionalisation.findFirst({
      where: { id: input.id, proposal: proposalScope(actor) },
      select: { id: true, status: true, version: true, recommendedOn: true, issuedNumber: true, issuedOn: true, note: true, proposal: { select: proposalResourceSelect } },
    }),
  authorize: (actor, row) => assertCan(actor, "institutionalisation.update", toProposalResource(row.proposal)),
  execute: async (ctx, row, input) => {
    const issuedOn = input.status === "ISSUED" ? input.issuedOn || null : null;
    const issues = institutionalisationUpdateIssues({
      from: row.status,
      to: input.status,
      recommendedOn: dateToDay(row.recommendedOn),
      issuedOn,
      today: toVietnamDate(ctx.now),
    });
    if (issues.length) throw new ValidationError(issues);
    const data = {
      status: input.status,
      issuedNumber: input.status === "ISSUED" ? input.issuedNumber || null : null,
      issuedOn: issuedOn ? dayToDate(issuedOn) : null,
      note: input.note || row.note,
    };
    ctx.assertUpdated((await ctx.tx.institutionalisation.updateMany({ where: { id: row.id, version: input.version }, data: { ...data, version: { increment: 1 } } })).count);
    const p = row.proposal;
    ctx.notify({ userIds: proposersOf(p), kind: "institutionalisation.updated", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}` });
    ctx.audit({
      action: "institutionalisation.update",
      targetType: "Institutionalisation",
      targetId: row.id,
      proposalId: p.id,
      unitId: p.unitId,
      before: { status: row.status, issuedNumber: row.issuedNumber, issuedOn: row.issuedOn ? dateToDay(row.issuedOn) : null },
      after: { status: input.status, issuedNumber: data.issuedNumber, issuedOn, note: input.note ?? null },
    });
    return { version: input.version + 1 };
  },
});
