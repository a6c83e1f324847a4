/**
 * Deadline rows: every workflow arrow that starts a legal clock opens one, the arrow that answers
 * it settles it. Due days are Vietnamese working days from the regulation profile and calendar.
 */
import { addWorkingDays, toVietnamDate, workingDaysBetween } from "@/domain/calendar";
import type { DeadlineKind } from "@/generated/prisma/client";
import { db } from "./db";
import { dateToDay, dayToDate, loadCalendar } from "./rules";
import type { UseCaseContext } from "./usecase";

export async function openDeadline(
  ctx: Pick<UseCaseContext, "tx" | "now">,
  d: { proposalId: string; kind: DeadlineKind; unitId: string; assigneeId?: string | null; workingDays: number },
) {
  const today = toVietnamDate(ctx.now);
  const calendar = await loadCalendar(ctx.tx, Number(today.slice(0, 4)));
  const due = addWorkingDays(today, d.workingDays, calendar);
  return ctx.tx.deadline.create({
    data: {
      proposalId: d.proposalId,
      kind: d.kind,
      unitId: d.unitId,
      assigneeId: d.assigneeId ?? null,
      openedAt: ctx.now,
      dueOn: dayToDate(due),
      workingDays: d.workingDays,
    },
  });
}

/** Closes the open deadlines of these kinds: MET when answered by the due day, MISSED after it. */
export async function settleDeadlines(
  ctx: Pick<UseCaseContext, "tx" | "now">,
  proposalId: string,
  kinds: DeadlineKind[],
  outcome: "ANSWERED" | "CANCELLED" = "ANSWERED",
) {
  if (kinds.length === 0) return;
  const today = toVietnamDate(ctx.now);
  const open = await ctx.tx.deadline.findMany({
    where: { proposalId, kind: { in: kinds }, status: "OPEN" },
    select: { id: true, dueOn: true },
  });
  for (const d of open) {
    const status = outcome === "CANCELLED" ? "CANCELLED" : today <= dateToDay(d.dueOn) ? "MET" : "MISSED";
    await ctx.tx.deadline.update({ where: { id: d.id }, data: { status, settledAt: ctx.now } });
  }
}

/** Working days from today (Vietnamese date) to each due day: positive = left, negative = overdue. */
export async function withWorkingDaysLeft<T extends { dueOn: Date }>(items: T[], now = new Date()) {
  if (items.length === 0) return [] as (T & { workingDaysLeft: number })[];
  const today = toVietnamDate(now);
  const calendar = await loadCalendar(db, Number(today.slice(0, 4)));
  return items.map((i) => ({ ...i, workingDaysLeft: workingDaysBetween(today, dateToDay(i.dueOn), calendar) }));
}
