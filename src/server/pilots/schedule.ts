/**
 * Opening and settling the execution stage's deadlines: progress reports at the frequency the
 * decision set (counted from the actual start), directive acknowledgements within the profile's
 * period. Due days are computed by the pure rules in domain/execution and domain/deadlines.
 */
import { addWorkingDays, toVietnamDate, workingDaysBetween, type IsoDay } from "@/domain/calendar";
import { reportPeriod, type ReportPeriod } from "@/domain/execution";
import type { RegulationProfile } from "@/domain/regulation";
import type { Tx } from "../db";
import { dateToDay, dayToDate, loadCalendar } from "../rules";

type Ctx = { tx: Tx; now: Date };

export async function calendarAround(tx: Tx, day: IsoDay) {
  return loadCalendar(tx, Number(day.slice(0, 4)));
}

/** Opens the deadline of progress-report period `period` (the proposer, at the proposer's unit). */
export async function openProgressDeadline(
  ctx: Ctx,
  p: { proposalId: string; unitId: string; authorId: string; startDay: IsoDay; everyDays: number },
  period: number | ReportPeriod,
) {
  const today = toVietnamDate(ctx.now);
  const cal = await calendarAround(ctx.tx, today);
  const rp = typeof period === "number" ? reportPeriod(p.startDay, p.everyDays, period, cal) : period;
  await ctx.tx.deadline.create({
    data: {
      proposalId: p.proposalId,
      kind: "PROGRESS_REPORT",
      unitId: p.unitId,
      assigneeId: p.authorId,
      openedAt: ctx.now,
      dueOn: dayToDate(rp.dueDay),
      workingDays: Math.max(0, workingDaysBetween(today, rp.dueDay, cal)),
      sequence: rp.period,
    },
  });
  return rp;
}

/** The acknowledgement of one directive, due within the profile's period (Art. 6). */
export async function openAckDeadline(
  ctx: Ctx,
  p: { proposalId: string; unitId: string; authorId: string; directiveId: string },
  profile: RegulationProfile,
): Promise<IsoDay> {
  const today = toVietnamDate(ctx.now);
  const cal = await calendarAround(ctx.tx, today);
  const due = addWorkingDays(today, profile.directiveAckWorkingDays, cal);
  await ctx.tx.deadline.create({
    data: {
      proposalId: p.proposalId,
      kind: "DIRECTIVE_ACK",
      unitId: p.unitId,
      assigneeId: p.authorId,
      openedAt: ctx.now,
      dueOn: dayToDate(due),
      workingDays: profile.directiveAckWorkingDays,
      subjectId: p.directiveId,
    },
  });
  return due;
}

/** Settles one deadline row: MET when answered by its due day, MISSED after it. */
export async function settleDeadline(ctx: Ctx, id: string, dueOn: Date, outcome: "ANSWERED" | "CANCELLED" = "ANSWERED") {
  const today = toVietnamDate(ctx.now);
  const status = outcome === "CANCELLED" ? "CANCELLED" : today <= dateToDay(dueOn) ? "MET" : "MISSED";
  const r = await ctx.tx.deadline.updateMany({ where: { id, status: "OPEN" }, data: { status, settledAt: ctx.now } });
  return r.count === 1;
}

export function openProgressDeadlineOf(tx: Tx, proposalId: string) {
  return tx.deadline.findFirst({
    where: { proposalId, kind: "PROGRESS_REPORT", status: "OPEN" },
    orderBy: { dueOn: "asc" },
    select: { id: true, dueOn: true, sequence: true },
  });
}
