/**
 * Art. 10: the unit (or a superior unit's head) records praise, a commendation or reward, a
 * proposal for an early salary step or a promotion, or a note for the cadre's evaluation, planning
 * and appointment — for a proposal evaluated as completed (category A) only. One row per person,
 * audited, each person notified; the reports count them (src/domain/reports.ts RECOGNISED).
 */
import { toVietnamDate } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import { recognitionIssues, recognitionSchema } from "@/domain/spread";
import { toProposalResource } from "../proposals/resource";
import { dayToDate } from "../rules";
import { defineUseCase } from "../usecase";
import { evaluatedOnOf, loadForSpread, outcomeOf, proposersOf } from "./load";

export const recordRecognition = defineUseCase({
  name: "recognition.record",
  input: recognitionSchema,
  load: (tx, actor, input) => loadForSpread(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "recognition.record", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const userIds = [...new Set(input.userIds)];
    const issues = recognitionIssues(
      { userIds, decidedOn: input.decidedOn },
      { outcome: outcomeOf(p), proposerIds: proposersOf(p), evaluatedOn: evaluatedOnOf(p), today: toVietnamDate(ctx.now) },
    );
    if (issues.length) throw new ValidationError(issues);
    const data = {
      proposalId: p.id,
      kind: input.kind,
      form: input.form || null,
      level: input.level || null,
      decidingBody: input.decidingBody || null,
      number: input.number || null,
      decidedOn: dayToDate(input.decidedOn),
      note: input.note || null,
      recordedById: ctx.actor.userId,
    };
    await ctx.tx.recognition.createMany({ data: userIds.map((userId) => ({ ...data, userId })) });
    ctx.notify({
      userIds,
      kind: "recognition.recorded",
      params: { code: p.code, title: p.title },
      proposalId: p.id,
      href: `/proposals/${p.id}`,
    });
    ctx.audit({
      action: "recognition.record",
      targetType: "Proposal",
      targetId: p.id,
      proposalId: p.id,
      unitId: p.unitId,
      after: { ...data, decidedOn: input.decidedOn, userIds },
    });
    return { count: userIds.length };
  },
});
