/**
 * Periodic progress report (KL 14 §2.4; [product] at the frequency the decision set): a narrative,
 * a value for each target, milestone updates, risks with a level, support requested (Art. 10) and
 * attachments. It settles the open report deadline and opens the next one. A suspended pilot
 * accepts no report (the permission table allows pilot.report only while IN_PROGRESS).
 */
import { compareDays, toVietnamDate } from "@/domain/calendar";
import { ValidationError, type FieldIssue } from "@/domain/errors";
import { reportPeriod } from "@/domain/execution";
import { progressReportSchema } from "@/domain/execution-input";
import { assertCan } from "@/domain/permissions";
import { toJsonValue } from "../audit";
import { headsOf } from "../proposals/routing";
import { dateToDay, dayToDate } from "../rules";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { loadPilot, pilotNotice, resourceOf, type PilotRow } from "./load";
import { calendarAround, openProgressDeadline, openProgressDeadlineOf, settleDeadline } from "./schedule";

export const PROGRESS_REPORT_PURPOSE = "progress-report";

/** Bumps the proposal's version: a directive given meanwhile makes this step a conflict, not a silent overlap. */
export async function touchProposal(ctx: UseCaseContext, p: PilotRow, version: number) {
  const r = await ctx.tx.proposal.updateMany({ where: { id: p.proposal.id, version, status: p.proposal.status }, data: { version: { increment: 1 }, updatedAt: ctx.now } });
  ctx.assertUpdated(r.count);
  return version + 1;
}

export const fileProgressReport = defineUseCase({
  name: "pilot.report",
  input: progressReportSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.report", resourceOf(p)),
  execute: async (ctx, p, input) => {
    const today = toVietnamDate(ctx.now);
    const [kpis, milestones] = await Promise.all([
      ctx.tx.kpi.findMany({ where: { pilotId: p.id }, select: { id: true } }),
      ctx.tx.milestone.findMany({ where: { pilotId: p.id }, select: { id: true } }),
    ]);
    const issues: FieldIssue[] = [];
    const kpiIds = new Set(kpis.map((k) => k.id));
    input.kpiValues.forEach((v, i) => {
      if (!kpiIds.has(v.kpiId)) issues.push({ path: `kpiValues.${i}.value`, code: "UNKNOWN_KPI", message: "unknown" });
    });
    kpis.forEach((k) => {
      const i = input.kpiValues.findIndex((v) => v.kpiId === k.id);
      if (i < 0) issues.push({ path: `kpi.${k.id}`, code: "KPI_VALUE_REQUIRED", message: "required" });
    });
    const milestoneIds = new Set(milestones.map((m) => m.id));
    input.milestones.forEach((m, i) => {
      if (!milestoneIds.has(m.milestoneId)) issues.push({ path: `milestones.${i}.doneOn`, code: "UNKNOWN_MILESTONE", message: "unknown" });
      else if (compareDays(m.doneOn, today) > 0) issues.push({ path: `milestone.${m.milestoneId}`, code: "DATE_IN_FUTURE", message: "future" });
    });
    const attachments = input.attachmentIds.length
      ? await ctx.tx.attachment.findMany({
          where: { id: { in: input.attachmentIds }, proposalId: p.proposal.id, purpose: PROGRESS_REPORT_PURPOSE, progressReportId: null, uploadedById: ctx.actor.userId },
          select: { id: true },
        })
      : [];
    if (attachments.length !== new Set(input.attachmentIds).size) issues.push({ path: "attachmentIds", code: "UNKNOWN_ATTACHMENT", message: "unknown" });
    if (issues.length) throw new ValidationError(issues);

    const version = await touchProposal(ctx, p, input.version);
    const deadline = await openProgressDeadlineOf(ctx.tx, p.proposal.id);
    const startDay = dateToDay(p.startedOn ?? p.startDate);
    const filed = await ctx.tx.progressReport.count({ where: { pilotId: p.id } });
    const cal = await calendarAround(ctx.tx, today);
    const period = reportPeriod(startDay, p.reportEveryDays, deadline?.sequence ?? filed + 1, cal);
    const periodEnd = dayToDate(period.periodEnd);

    const report = await ctx.tx.progressReport.create({
      data: {
        pilotId: p.id,
        period: period.period,
        periodStart: dayToDate(period.periodStart),
        periodEnd,
        authorId: ctx.actor.userId,
        summary: input.summary,
        budgetSpentVnd: input.budgetSpentVnd ? BigInt(input.budgetSpentVnd) : null,
        milestoneUpdates: toJsonValue(input.milestones),
        risks: input.risks.length ? input.risks.map((r) => r.description).join("\n") : null,
        supportRequested: input.support.length ? input.support.map((s) => s.description).join("\n") : null,
        submittedAt: ctx.now,
        riskItems: { create: input.risks.map((r) => ({ description: r.description, level: r.level, mitigation: r.mitigation || null })) },
      },
      select: { id: true },
    });
    // A value imported earlier for the same day gives way to the one the report states.
    await ctx.tx.kpiMeasurement.deleteMany({ where: { kpiId: { in: input.kpiValues.map((v) => v.kpiId) }, measuredOn: periodEnd, progressReportId: null } });
    await ctx.tx.kpiMeasurement.createMany({
      data: input.kpiValues.map((v) => ({
        progressReportId: report.id,
        pilotId: p.id,
        kpiId: v.kpiId,
        measuredOn: periodEnd,
        value: v.value,
        note: v.note || null,
        source: "REPORT" as const,
        recordedById: ctx.actor.userId,
        createdAt: ctx.now,
      })),
    });
    for (const m of input.milestones) {
      await ctx.tx.milestone.update({ where: { id: m.milestoneId }, data: { doneOn: dayToDate(m.doneOn), doneAt: dayToDate(m.doneOn), note: m.note || null } });
    }
    if (input.support.length) {
      await ctx.tx.supportRequest.createMany({
        data: input.support.map((s) => ({
          pilotId: p.id,
          progressReportId: report.id,
          requestedById: ctx.actor.userId,
          kind: s.kind,
          description: s.description,
          amountVnd: s.amountVnd ? BigInt(s.amountVnd) : null,
          createdAt: ctx.now,
        })),
      });
    }
    if (attachments.length) await ctx.tx.attachment.updateMany({ where: { id: { in: attachments.map((a) => a.id) } }, data: { progressReportId: report.id } });

    let nextDue: string | null = null;
    if (deadline) await settleDeadline(ctx, deadline.id, deadline.dueOn);
    const next = reportPeriod(startDay, p.reportEveryDays, period.period + 1, cal);
    // No report is owed for a period that starts after the planned end: the proposer finishes instead.
    if (compareDays(next.periodStart, dateToDay(p.endDate)) <= 0) {
      nextDue = (
        await openProgressDeadline(ctx, { proposalId: p.proposal.id, unitId: p.proposal.unitId, authorId: p.proposal.authorId, startDay, everyDays: p.reportEveryDays }, next)
      ).dueDay;
    }

    const heads = await headsOf(ctx.tx, p.proposal.decidingUnitId);
    ctx.notify({ ...pilotNotice(p), userIds: [...heads, ...(p.monitorId ? [p.monitorId] : [])], kind: "pilot.reported" });
    if (input.support.length) ctx.notify({ ...pilotNotice(p), userIds: heads, kind: "pilot.supportRequested" });
    ctx.audit({
      action: "pilot.report",
      targetType: "ProgressReport",
      targetId: report.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.unitId,
      after: {
        period: period.period,
        periodStart: period.periodStart,
        periodEnd: period.periodEnd,
        values: input.kpiValues.map((v) => ({ kpiId: v.kpiId, value: v.value })),
        milestones: input.milestones,
        risks: input.risks.map((r) => ({ level: r.level, description: r.description })),
        support: input.support.length,
        attachments: attachments.map((a) => a.id),
        nextDue,
      },
    });
    return { reportId: report.id, version, nextDue };
  },
});
