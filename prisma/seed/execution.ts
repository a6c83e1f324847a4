/**
 * The execution stage of the demo's live plans (started, not yet reported on), replayed through
 * the real use-cases at the moment each step happened — start, monthly progress reports with their
 * target values, milestones, risks and support requests, inspections and flags, the head's answers,
 * directives (with their amendments) and the proposer's acknowledgements, the end of execution —
 * so every row, deadline, notification and audit event is the one the application itself writes.
 * The story (story.ts) writes each plan up to its approval; `splitLive` says which plans replay.
 */
import { addCalendarDays, addWorkingDays, nextWorkingDayOnOrAfter, startOfVietnamDay, type IsoDay } from "@/domain/calendar";
import { loadActor, type SessionActor } from "@/server/actor";
import type { Tx } from "@/server/db";
import { acknowledgeDirective, issueDirective } from "@/server/pilots/directives";
import { finishPilot } from "@/server/pilots/finish";
import { answerFlag, answerSupport, recordInspection } from "@/server/pilots/monitor";
import { fileProgressReport } from "@/server/pilots/report";
import { startPilot } from "@/server/pilots/start";
import { mapError } from "@/server/usecase";
import type { Clock, Step, Timeline } from "./story";

export type LivePlan = {
  readonly key: string;
  readonly proposalId: string;
  readonly authorId: string;
  readonly timeline: Timeline;
  /** The steps after the approval (start, note, direct, finish). */
  readonly steps: Timeline["steps"];
  readonly perf: number;
  readonly missedReport: boolean;
  readonly lateReports: readonly number[];
  readonly progressNotes: readonly string[];
  readonly supportRequested: string | null;
  /** Leave the support request unanswered (it waits in the head's inbox). */
  readonly supportOpen: boolean;
};

/** A plan replays its execution when it started and has no result report yet (issue 11's stage). */
export function splitLive(steps: readonly Step[]): number | null {
  const approve = steps.findIndex((s) => s.do === "approve");
  const live = approve >= 0 && steps.some((s) => s.do === "start") && !steps.some((s) => s.do === "resultReport" || s.do === "evaluate");
  return live ? approve : null;
}

type Event = { at: Date; order: number; run: () => Promise<unknown> };

const at = (day: IsoDay, hour: number, minute = 0) => new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);
const dec = (n: number) => String(Math.round(n * 100) / 100);

/** Replays every live plan's execution, all plans interleaved in time order; returns the number of steps. */
export async function replayExecution(tx: Tx, clock: Clock, plans: readonly LivePlan[]): Promise<number> {
  const actors = new Map<string, SessionActor>();
  const actor = async (userId: string) => {
    let a = actors.get(userId);
    if (!a) {
      a = (await loadActor(userId, { client: tx })) ?? undefined;
      if (!a) throw new Error(`seed: no actor ${userId}`);
      actors.set(userId, a);
    }
    return a;
  };
  const events: Event[] = [];
  let order = 0;
  const add = (when: Date, run: () => Promise<unknown>) => {
    if (when.getTime() < clock.now.getTime()) events.push({ at: when, order: order++, run });
  };

  for (const plan of plans) {
    const p = await tx.proposal.findUniqueOrThrow({
      where: { id: plan.proposalId },
      select: {
        decidingUnitId: true,
        pilot: { select: { id: true, reportEveryDays: true, monitorId: true, endDate: true, kpis: { orderBy: { id: "asc" }, select: { id: true, baseline: true, target: true } }, milestones: { select: { id: true, dueDate: true } } } },
        revisions: { orderBy: { number: "desc" }, take: 1, select: { plan: true } },
      },
    });
    const pilot = p.pilot;
    if (!pilot) throw new Error(`seed ${plan.key}: no execution record`);
    const head = (await tx.membership.findFirst({ where: { unitId: p.decidingUnitId, role: "HEAD" }, orderBy: { createdAt: "asc" }, select: { userId: true } }))?.userId;
    if (!head) throw new Error(`seed ${plan.key}: the deciding unit has no head`);
    const monitor = pilot.monitorId ?? head;
    const version = async () => (await tx.proposal.findUniqueOrThrow({ where: { id: plan.proposalId }, select: { version: true } })).version;
    const risks = ((p.revisions[0]?.plan as { risks?: { description: string; impact: "LOW" | "MEDIUM" | "HIGH"; mitigation: string }[] } | null)?.risks ?? []).slice(0, 1);
    const start = plan.steps.find((s) => s.step.do === "start");
    if (!start) continue;
    const startDay = start.day;
    const end = plan.steps.find((s) => s.step.do === "finish" || (s.step.do === "direct" && s.step.kind === "STOP"));
    const stopDay = end?.day ?? clock.today;
    const totalPeriods = Math.max(1, Math.round((Date.parse(plan.timeline.endDate) - Date.parse(startDay)) / 86_400_000 / pilot.reportEveryDays));

    add(start.at, async () => startPilot(await actor(plan.authorId), { pilotId: pilot.id, version: await version(), startedOn: startDay }, { tx, now: start.at }));

    // Monthly reports, on their due day (two working days late for `lateReports`); the last one
    // due before today is left unfiled for `missedReport`. A report while suspended is refused.
    const dueOf = (k: number) => nextWorkingDayOnOrAfter(addCalendarDays(startDay, pilot.reportEveryDays * k), clock.cal);
    for (let k = 1; ; k += 1) {
      const due = dueOf(k);
      const filedDay = plan.lateReports.includes(k) ? addWorkingDays(due, 2, clock.cal) : due;
      if (filedDay > stopDay || filedDay >= clock.today) break;
      if (plan.missedReport && dueOf(k + 1) >= clock.today) break;
      const when = at(filedDay, 15, 30);
      const periodStart = addCalendarDays(startDay, pilot.reportEveryDays * (k - 1));
      const periodEnd = addCalendarDays(startDay, pilot.reportEveryDays * k - 1);
      const fraction = Math.min(1, k / totalPeriods);
      const done = pilot.milestones.filter((m) => {
        const day = m.dueDate.toISOString().slice(0, 10);
        return day >= periodStart && day <= periodEnd && day <= filedDay && plan.perf >= 0.7;
      });
      add(when, async () => {
        const input = {
          pilotId: pilot.id,
          version: await version(),
          summary:
            plan.progressNotes[k - 1] ??
            (done.length ? "Đã hoàn thành mốc theo kế hoạch; các nhiệm vụ khác triển khai đúng tiến độ." : "Các nhiệm vụ trong kỳ được triển khai theo kế hoạch; số liệu chỉ tiêu cập nhật đến cuối kỳ."),
          kpiValues: pilot.kpis.map((kpi) => ({
            kpiId: kpi.id,
            value: dec(Number(kpi.baseline) + (Number(kpi.target) - Number(kpi.baseline)) * fraction * plan.perf),
            note: k === 1 ? "Số liệu kỳ đầu, đang chuẩn hóa cách đo." : undefined,
          })),
          milestones: done.map((m) => ({ milestoneId: m.id, doneOn: m.dueDate.toISOString().slice(0, 10) })),
          risks: k % 2 === 0 ? risks.map((r) => ({ description: r.description, level: r.impact, mitigation: r.mitigation })) : [],
          support: k === 2 && plan.supportRequested ? [{ kind: "GUIDANCE" as const, description: plan.supportRequested }] : [],
        };
        try {
          return await fileProgressReport(await actor(plan.authorId), input, { tx, now: when });
        } catch (e) {
          // No report while suspended (Art. 6) or once execution has ended: the period is not owed.
          if (mapError(e).status === 409) return null;
          throw e;
        }
      });
      if (k === 2 && plan.supportRequested && !plan.supportOpen) {
        const answerAt = at(addWorkingDays(filedDay, 3, clock.cal), 10);
        add(answerAt, async () => {
          const req = await tx.supportRequest.findFirst({ where: { pilotId: pilot.id, status: "OPEN" }, select: { id: true } });
          if (!req) return null;
          return answerSupport(await actor(head), { requestId: req.id, status: "GRANTED", answer: "Đồng ý. Giao Văn phòng phối hợp với đơn vị liên quan hướng dẫn trong tháng." }, { tx, now: answerAt });
        });
      }
    }

    for (const { step, day, at: when } of plan.steps) {
      if (step.do === "note") {
        const flag = step.flag === undefined ? (step.severity === "HIGH" ? "VIOLATION" : step.severity === "MEDIUM" ? "PROBLEM" : null) : step.flag;
        add(when, async () => {
          const r = await recordInspection(
            await actor(monitor),
            { pilotId: pilot.id, inspectedOn: day, kind: step.kind ?? "REPORT_REVIEW", finding: step.finding, severity: step.severity, action: step.action, flag: flag ?? undefined },
            { tx, now: when },
          );
          if (flag && !step.unanswered) {
            const answerAt = new Date(Math.min(at(addWorkingDays(day, 2, clock.cal), 9).getTime(), clock.now.getTime() - 120_000));
            add(answerAt, async () =>
              answerFlag(await actor(head), { noteId: r.noteId, answer: "Đã chỉ đạo đơn vị thực hiện ngay kiến nghị của người theo dõi và báo cáo kết quả." }, { tx, now: answerAt }),
            );
          }
          return r;
        });
      } else if (step.do === "direct") {
        add(when, async () => {
          const current = await tx.proposal.findUniqueOrThrow({ where: { id: plan.proposalId }, select: { status: true } });
          const kind = step.kind === "CONTINUE" && current.status === "SUSPENDED" ? "RESUME" : step.kind;
          const endDate =
            kind === "ADJUST" ? nextWorkingDayOnOrAfter(addCalendarDays((await tx.pilot.findUniqueOrThrow({ where: { id: pilot.id } })).endDate.toISOString().slice(0, 10), step.extendDays ?? 60), clock.cal) : undefined;
          const r = await issueDirective(
            await actor(head),
            { pilotId: pilot.id, version: await version(), kind, reason: step.reason, adjustment: kind === "ADJUST" ? { endDate } : undefined },
            { tx, now: when },
          );
          if (!step.unacknowledged) {
            const ackAt = new Date(Math.min(at(addWorkingDays(day, 1, clock.cal), 8, 30).getTime(), clock.now.getTime() - 60_000));
            add(ackAt, async () => acknowledgeDirective(await actor(plan.authorId), { directiveId: r.directiveId }, { tx, now: ackAt }));
          }
          return r;
        });
      } else if (step.do === "finish") {
        add(when, async () => finishPilot(await actor(plan.authorId), { pilotId: pilot.id, version: await version(), note: "Hoàn thành các nội dung theo kế hoạch; chuẩn bị báo cáo kết quả." }, { tx, now: when }));
      }
    }
  }

  // Events may add later events (an answer after a flag): run in time order until none is left.
  let ran = 0;
  while (events.length) {
    events.sort((a, b) => a.at.getTime() - b.at.getTime() || a.order - b.order);
    const e = events.shift()!;
    await e.run();
    ran += 1;
  }
  return ran;
}
