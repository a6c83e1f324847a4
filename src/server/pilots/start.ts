/**
 * Start of execution ("bắt đầu thực hiện", the workflow's `start`): the proposer records the actual
 * start, on or after the decision's start date and not in the future; if nobody does, the job
 * worker starts it on that date and says so. The first progress-report deadline opens at the start.
 */
import { toVietnamDate, type IsoDay } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { dueForAutoStart, startIssue } from "@/domain/execution";
import { startSchema } from "@/domain/execution-input";
import { assertCan } from "@/domain/permissions";
import { assertNext } from "@/domain/workflow";
import { appendAudit } from "../audit";
import { db, type Tx } from "../db";
import { headsOf } from "../proposals/routing";
import { dateToDay, dayToDate } from "../rules";
import { defineUseCase } from "../usecase";
import { authorsOfPilot, loadPilot, pilotHref, pilotNotice, pilotRowSelect, resourceOf, type PilotRow } from "./load";
import { openProgressDeadline } from "./schedule";

/** The state change, the pilot's start and the first report deadline, inside the caller's transaction. */
async function begin(tx: Tx, now: Date, p: PilotRow, version: number, startedOn: IsoDay, automatic: boolean) {
  const t = assertNext(p.proposal.status, "start");
  const moved = await tx.proposal.updateMany({ where: { id: p.proposal.id, version }, data: { status: t.to, version: { increment: 1 } } });
  if (moved.count !== 1) return null;
  await tx.pilot.update({
    where: { id: p.id },
    data: { startedAt: now, startedOn: dayToDate(startedOn), autoStarted: automatic, version: { increment: 1 } },
  });
  const first = await openProgressDeadline(
    { tx, now },
    { proposalId: p.proposal.id, unitId: p.proposal.unitId, authorId: p.proposal.authorId, startDay: startedOn, everyDays: p.reportEveryDays },
    1,
  );
  return { status: t.to, firstReportDue: first.dueDay };
}

export const startPilot = defineUseCase({
  name: "pilot.start",
  input: startSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.start", resourceOf(p)),
  execute: async (ctx, p, input) => {
    const issue = startIssue(input.startedOn, dateToDay(p.startDate), toVietnamDate(ctx.now));
    if (issue) throw new ValidationError([{ path: "startedOn", code: issue === "BEFORE_DECISION_START" ? "START_BEFORE_DECISION" : "START_IN_FUTURE", message: issue }]);
    const r = await begin(ctx.tx, ctx.now, p, input.version, input.startedOn, false);
    ctx.assertUpdated(r ? 1 : 0);
    const heads = await headsOf(ctx.tx, p.proposal.decidingUnitId);
    ctx.notify({ ...pilotNotice(p), userIds: [...authorsOfPilot(p), ...heads, ...(p.monitorId ? [p.monitorId] : [])], kind: "pilot.started" });
    ctx.audit({
      action: "pilot.start",
      targetType: "Pilot",
      targetId: p.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.unitId,
      before: { status: p.proposal.status },
      after: { status: r!.status, startedOn: input.startedOn, firstReportDue: r!.firstReportDue },
    });
    return { version: input.version + 1, firstReportDue: r!.firstReportDue };
  },
});

/**
 * The job worker's part: approved plans whose decision's start date has come and that nobody
 * started are started on that date, with a notice to the proposers, the head and the monitor.
 * Each pilot is its own transaction; the conditional update lets two workers run it at once.
 */
export async function autoStartPilots(now = new Date()): Promise<number> {
  const today = toVietnamDate(now);
  const due = await db.pilot.findMany({
    where: { startedAt: null, startDate: { lte: dayToDate(today) }, proposal: { status: "APPROVED" } },
    select: { id: true },
    take: 500,
  });
  let started = 0;
  for (const { id } of due) {
    const ok = await db.$transaction(async (tx) => {
      const p = await tx.pilot.findUnique({ where: { id }, select: pilotRowSelect });
      if (!p || !dueForAutoStart(p.proposal.status, dateToDay(p.startDate), today)) return false;
      const startedOn = dateToDay(p.startDate);
      const r = await begin(tx, now, p, p.proposal.version, startedOn, true);
      if (!r) return false;
      const heads = await headsOf(tx, p.proposal.decidingUnitId);
      const recipients = [...new Set([...authorsOfPilot(p), ...heads, ...(p.monitorId ? [p.monitorId] : [])])];
      await tx.notification.createMany({
        data: recipients.map((userId) => ({
          userId,
          kind: "pilot.autoStarted",
          params: { code: p.proposal.code, title: p.proposal.title },
          proposalId: p.proposal.id,
          href: pilotHref(p.id),
        })),
      });
      await appendAudit(tx, [
        {
          actorId: null,
          action: "pilot.start",
          targetType: "Pilot",
          targetId: p.id,
          proposalId: p.proposal.id,
          unitId: p.proposal.unitId,
          before: { status: "APPROVED" },
          after: { status: r.status, startedOn, firstReportDue: r.firstReportDue, automatic: true },
        },
      ]);
      return true;
    });
    if (ok) started += 1;
  }
  return started;
}
