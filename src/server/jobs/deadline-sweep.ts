/**
 * The deadline sweep (run by the worker every 15 minutes, never by a page visit):
 *  - a reminder when a step is due within the profile's reminder window;
 *  - an overdue notice to the responsible unit's head once the due day has passed;
 *  - once overdue by more than the profile's grace period (`escalationDue`, the rule the domain's
 *    deadlineStanding uses too), escalation to the head of the superior unit — silence is a
 *    prohibited act ("né tránh, đùn đẩy trách nhiệm", Art. 6 NĐ 73/2023).
 * Each step is one transaction (state mark, notifications, audit), guarded by a conditional update
 * so two workers sweeping at once never notify twice.
 */
import { addWorkingDays, toVietnamDate, workingDaysBetween } from "@/domain/calendar";
import { escalationDue } from "@/domain/deadlines";
import type { RegulationProfile } from "@/domain/regulation";
import { appendAudit } from "../audit";
import { db } from "../db";
import { withoutMuted } from "../notification-prefs";
import { headsOf } from "../proposals/routing";
import { dateToDay, dayToDate, loadCalendar, profileForUnit } from "../rules";

const BATCH = 500;
/** Reminder windows are a few working days; look this far ahead for candidates. */
const LOOKAHEAD_WORKING_DAYS = 10;

export type SweepReport = { scanned: number; reminded: number; overdue: number; escalated: number };

type Step = "remind" | "overdue" | "escalate";

export async function sweepDeadlines(now = new Date()): Promise<SweepReport> {
  const today = toVietnamDate(now);
  const calendar = await loadCalendar(db, Number(today.slice(0, 4)));
  const horizon = dayToDate(addWorkingDays(today, LOOKAHEAD_WORKING_DAYS, calendar));
  const profiles = new Map<string, RegulationProfile>();
  const report: SweepReport = { scanned: 0, reminded: 0, overdue: 0, escalated: 0 };
  let after: string | undefined;
  for (;;) {
    const batch = await db.deadline.findMany({
      where: {
        status: "OPEN",
        // A deadline counts from the moment it opens: never remind or escalate one not yet open.
        openedAt: { lte: now },
        dueOn: { lte: horizon },
        ...(after ? { id: { gt: after } } : {}),
        OR: [{ remindedAt: null }, { overdueNotifiedAt: null }, { escalatedAt: null }],
      },
      orderBy: { id: "asc" },
      take: BATCH,
      select: {
        id: true,
        kind: true,
        dueOn: true,
        assigneeId: true,
        remindedAt: true,
        overdueNotifiedAt: true,
        escalatedAt: true,
        unitId: true,
        unit: { select: { path: true, parentId: true } },
        proposal: { select: { id: true, code: true, title: true, unitId: true } },
      },
    });
    if (batch.length === 0) return report;
    after = batch[batch.length - 1].id;
    for (const d of batch) {
      report.scanned += 1;
      let profile = profiles.get(d.unit.path);
      if (!profile) {
        profile = await profileForUnit(db, d.unit.path);
        profiles.set(d.unit.path, profile);
      }
      const left = workingDaysBetween(today, dateToDay(d.dueOn), calendar);
      const steps: Step[] = [];
      if (!d.remindedAt && left >= 0 && left <= profile.reminderBeforeWorkingDays) steps.push("remind");
      if (!d.overdueNotifiedAt && left < 0) steps.push("overdue");
      if (!d.escalatedAt && left < 0 && escalationDue(-left, profile) && d.unit.parentId) steps.push("escalate");
      for (const step of steps) {
        if (await applyStep(step, d, now, left)) report[step === "remind" ? "reminded" : step === "overdue" ? "overdue" : "escalated"] += 1;
      }
    }
  }
}

async function applyStep(
  step: Step,
  d: {
    id: string;
    kind: string;
    assigneeId: string | null;
    unitId: string;
    unit: { parentId: string | null };
    proposal: { id: string; code: string | null; title: string; unitId: string };
  },
  now: Date,
  workingDaysLeft: number,
): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const mark =
      step === "remind"
        ? await tx.deadline.updateMany({ where: { id: d.id, status: "OPEN", remindedAt: null }, data: { remindedAt: now } })
        : step === "overdue"
          ? await tx.deadline.updateMany({ where: { id: d.id, status: "OPEN", overdueNotifiedAt: null }, data: { overdueNotifiedAt: now } })
          : await tx.deadline.updateMany({
              where: { id: d.id, status: "OPEN", escalatedAt: null },
              data: { escalatedAt: now, escalatedToUnitId: d.unit.parentId },
            });
    if (mark.count !== 1) return false; // another worker got there first
    const targetUnit = step === "escalate" ? d.unit.parentId! : d.unitId;
    const recipients = new Set(await headsOf(tx, targetUnit));
    if (step !== "escalate" && d.assigneeId) recipients.add(d.assigneeId);
    const kind = step === "remind" ? "deadline.reminder" : step === "overdue" ? "deadline.overdue" : "deadline.escalated";
    if (recipients.size) {
      await tx.notification.createMany({
        data: await withoutMuted(tx, [...recipients].map((userId) => ({
          userId,
          kind,
          params: { code: d.proposal.code, title: d.proposal.title },
          proposalId: d.proposal.id,
          href: `/proposals/${d.proposal.id}`,
        }))),
      });
    }
    await appendAudit(tx, [
      {
        actorId: null,
        action: `deadline.${step}`,
        targetType: "Deadline",
        targetId: d.id,
        proposalId: d.proposal.id,
        unitId: targetUnit,
        after: { kind: d.kind, workingDaysLeft, notified: [...recipients] },
      },
    ]);
    return true;
  });
}
