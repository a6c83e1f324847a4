/**
 * The written evaluation decision (Art. 11, 18 NĐ 73/2023): after the result report, the Party
 * committee's opinion and a passed vote of the collective, the head signs a numbered, dated
 * decision recording the outcome category (Art. 5.2), the causes, each of the three conditions
 * with its finding and evidence, any abuse (Art. 6.1) and the conclusion. The conclusion must be
 * one the ONE rule allows (domain/outcome.ts); the database CHECK refuses anything else too.
 */
import { toVietnamDate } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { evaluationIssuesOf, evaluationReadinessIssues, evaluationSchema } from "@/domain/outcome";
import { assertCan } from "@/domain/permissions";
import type { VoteTally } from "@/domain/vote";
import { assertNext } from "@/domain/workflow";
import { toJsonValue } from "../audit";
import { settleDeadlines } from "../deadlines";
import { toProposalResource } from "../proposals/resource";
import { partyCommitteeOf } from "../reviews/load";
import { dateToDay, dayToDate, profileForUnit } from "../rules";
import { defineUseCase } from "../usecase";
import { evidenceOptions, foreignEvidence } from "./evidence";
import { authorIdsOf, loadForOutcome } from "./load";

export const decideEvaluation = defineUseCase({
  name: "evaluation.decide",
  input: evaluationSchema,
  load: (tx, actor, input) => loadForOutcome(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "evaluation.decide", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const t = assertNext(p.status, "evaluate");
    const report = p.resultReports[0] ?? null;
    const meeting = report?.meetings[0] ?? null;
    const opinion = report?.partyOpinions.find((o) => o.answeredAt) ?? null;
    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    const ready = evaluationReadinessIssues(
      { resultReported: report !== null, partyOpinionRecorded: opinion !== null, tally: meeting?.closedAt ? (meeting.tally as unknown as VoteTally) : null },
      profile,
    );
    if (ready.length) throw new ValidationError(ready);
    const issues = evaluationIssuesOf(input);
    // Signed on or after the meeting, and not in the future.
    if (input.decidedOn > toVietnamDate(ctx.now) || (meeting && input.decidedOn < dateToDay(meeting.heldOn))) {
      issues.push({ path: "decidedOn", code: "DECISION_DATE", message: "decisionDate" });
    }
    const links = {
      followedPolicy: input.conditions.followedPolicy.evidence,
      pureMotive: input.conditions.pureMotive.evidence,
      commonInterest: input.conditions.commonInterest.evidence,
    };
    const foreign = foreignEvidence(await evidenceOptions(ctx.tx, p.id), links);
    issues.push(...foreign.map((path) => ({ path, code: "UNKNOWN_EVIDENCE", message: "UNKNOWN_EVIDENCE" })));
    if (issues.length) throw new ValidationError(issues);

    const updated = await ctx.tx.proposal.updateMany({
      where: { id: p.id, version: input.version },
      data: { status: t.to, version: { increment: 1 }, evaluatedAt: ctx.now },
    });
    ctx.assertUpdated(updated.count);
    const c = input.conditions;
    const evaluation = await ctx.tx.evaluation.create({
      data: {
        proposalId: p.id,
        resultReportId: report!.id,
        category: input.category,
        objectiveCauses: input.objectiveCauses,
        subjectiveCauses: input.subjectiveCauses,
        followedPolicy: c.followedPolicy.met,
        followedPolicyEvidence: c.followedPolicy.finding,
        pureMotive: c.pureMotive.met,
        pureMotiveEvidence: c.pureMotive.finding,
        commonInterest: c.commonInterest.met,
        commonInterestEvidence: c.commonInterest.finding,
        evidence: toJsonValue(links),
        damageCaused: input.category === "C",
        damageVnd: input.damageVnd === null ? null : BigInt(input.damageVnd),
        abuse: input.abuse,
        abuseKinds: input.abuseKinds,
        abuseFindings: input.abuse ? input.abuseFindings ?? null : null,
        conclusion: input.conclusion,
        meetingId: meeting!.id,
        partyOpinionId: opinion?.id ?? null,
        number: input.number,
        decidedOn: dayToDate(input.decidedOn),
        decidedById: ctx.actor.userId,
        createdAt: ctx.now,
      },
      select: { id: true },
    });
    await settleDeadlines(ctx, p.id, ["EVALUATION"]);
    const committee = await partyCommitteeOf(ctx.tx, p.decidingUnitId);
    ctx.notify({
      userIds: [...authorIdsOf(p), ...committee],
      kind: "evaluation.decided",
      params: { code: p.code, title: p.title },
      proposalId: p.id,
      href: `/proposals/${p.id}/evaluation`,
    });
    ctx.audit({
      action: "evaluation.decide",
      targetType: "Evaluation",
      targetId: evaluation.id,
      proposalId: p.id,
      unitId: p.decidingUnitId,
      before: { status: p.status },
      after: {
        status: t.to,
        number: input.number,
        decidedOn: input.decidedOn,
        category: input.category,
        conclusion: input.conclusion,
        conditions: input.conditions,
        abuse: input.abuse,
        abuseKinds: input.abuseKinds,
        abuseFindings: input.abuseFindings ?? null,
        damageVnd: input.damageVnd,
        objectiveCauses: input.objectiveCauses,
        subjectiveCauses: input.subjectiveCauses,
        resultReportId: report!.id,
        meetingId: meeting!.id,
        tally: meeting!.tally,
      },
    });
    return { evaluationId: evaluation.id, version: input.version + 1 };
  },
});
