/**
 * The written result report (Art. 18 NĐ 73/2023): those who carried out the plan report, within
 * the profile's period after finishing or stopping, the final value of each target against its
 * baseline and target, what was achieved, any damage (description, estimated amount in đồng) and
 * their view of the objective and subjective causes. Papers are attached beforehand through the
 * attachment mechanism (purpose "result"). It settles RESULT_REPORT and opens EVALUATION.
 */
import { ValidationError } from "@/domain/errors";
import { resultReportSchema } from "@/domain/outcome";
import { assertCan } from "@/domain/permissions";
import { assertNext } from "@/domain/workflow";
import { openDeadline, settleDeadlines } from "../deadlines";
import { toProposalResource } from "../proposals/resource";
import { headsOf } from "../proposals/routing";
import { profileForUnit } from "../rules";
import { defineUseCase } from "../usecase";
import { kpiResultsOf } from "./kpi-results";
import { loadForOutcome } from "./load";

export const submitResultReport = defineUseCase({
  name: "result.report",
  input: resultReportSchema,
  load: (tx, actor, input) => loadForOutcome(tx, actor, input.proposalId),
  authorize: (actor, p) => assertCan(actor, "result.report", toProposalResource(p)),
  execute: async (ctx, p, input) => {
    const t = assertNext(p.status, "reportResult");
    const kpis = p.pilot?.kpis ?? [];
    // Every target of the decision gets its final value; nothing else is accepted.
    const issues = input.kpiResults.flatMap((r, i) =>
      kpis.some((k) => k.id === r.kpiId) ? [] : [{ path: `kpiResults.${i}.kpiId`, code: "UNKNOWN_KPI", message: "UNKNOWN_KPI" }],
    );
    kpis.forEach((k) => {
      if (!input.kpiResults.some((r) => r.kpiId === k.id)) issues.push({ path: `kpi.${k.id}`, code: "KPI_RESULT_REQUIRED", message: "required" });
    });
    if (issues.length) throw new ValidationError(issues);

    const kpiResults = kpiResultsOf(kpis, input.kpiResults);
    const updated = await ctx.tx.proposal.updateMany({ where: { id: p.id, version: input.version }, data: { status: t.to, version: { increment: 1 } } });
    ctx.assertUpdated(updated.count);
    const report = await ctx.tx.resultReport.create({
      data: {
        proposalId: p.id,
        authorId: ctx.actor.userId,
        content: input.achievements,
        kpiResults,
        damageDescription: input.damageDescription || null,
        damageVnd: input.damageVnd === null ? null : BigInt(input.damageVnd),
        objectiveCauses: input.objectiveCauses,
        subjectiveCauses: input.subjectiveCauses,
        submittedAt: ctx.now,
      },
      select: { id: true },
    });
    // Papers attached while writing the report belong to it from now on.
    const attachments = await ctx.tx.attachment.findMany({ where: { proposalId: p.id, purpose: "result" }, select: { id: true, sha256: true, fileName: true } });

    const profile = await profileForUnit(ctx.tx, p.decidingUnit.path);
    await settleDeadlines(ctx, p.id, ["RESULT_REPORT"]);
    const heads = await headsOf(ctx.tx, p.decidingUnitId);
    await openDeadline(ctx, { proposalId: p.id, kind: "EVALUATION", unitId: p.decidingUnitId, assigneeId: heads[0] ?? null, workingDays: profile.evaluationWorkingDays });
    ctx.notify({ userIds: heads, kind: "result.reported", params: { code: p.code, title: p.title }, proposalId: p.id, href: `/proposals/${p.id}/evaluation` });
    ctx.audit({
      action: "result.report",
      targetType: "ResultReport",
      targetId: report.id,
      proposalId: p.id,
      unitId: p.unitId,
      before: { status: p.status },
      after: {
        status: t.to,
        achievements: input.achievements,
        kpiResults,
        damageDescription: input.damageDescription ?? null,
        damageVnd: input.damageVnd,
        objectiveCauses: input.objectiveCauses,
        subjectiveCauses: input.subjectiveCauses,
        attachments,
      },
    });
    return { resultReportId: report.id, version: input.version + 1 };
  },
});
