/**
 * The execution stage (KL 14 §2.3–2.4; NĐ 73/2023 Art. 6, 10): when progress reports fall due,
 * which directives a pilot in a given state accepts, how far each target (KPI) has come, and the
 * one rule that says how a pilot stands (its health, with the reasons). Pure: no I/O.
 */
import { addCalendarDays, compareDays, isIsoDay, nextWorkingDayOnOrAfter, type IsoDay, type WorkCalendar } from "./calendar";
import type { State, WorkflowEvent } from "./workflow";

// ───────────────────────────── Progress-report schedule ─────────────────────────────

export type ReportPeriod = {
  /** 1, 2, … counted from the actual start. */
  readonly period: number;
  readonly periodStart: IsoDay;
  readonly periodEnd: IsoDay;
  /** The period's end + 1 day, moved to the next working day when that is a day off (BLDS 2015 Art. 148.5). */
  readonly dueDay: IsoDay;
};

/**
 * Period `n` of a pilot that started on `startDay` and reports every `everyDays` calendar days
 * (the frequency the decision set). Periods are counted from the start so dates never drift; the
 * report is due on the first day after its period, or the next working day after it.
 */
export function reportPeriod(startDay: IsoDay, everyDays: number, n: number, cal: WorkCalendar): ReportPeriod {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`period must be a positive integer: ${n}`);
  if (!Number.isInteger(everyDays) || everyDays < 1) throw new RangeError(`everyDays must be a positive integer: ${everyDays}`);
  const periodStart = addCalendarDays(startDay, everyDays * (n - 1));
  const periodEnd = addCalendarDays(startDay, everyDays * n - 1);
  return { period: n, periodStart, periodEnd, dueDay: nextWorkingDayOnOrAfter(addCalendarDays(periodEnd, 1), cal) };
}

/** The first period whose report falls due after `day` (used when a suspended pilot resumes). */
export function periodDueAfter(startDay: IsoDay, everyDays: number, day: IsoDay, cal: WorkCalendar): ReportPeriod {
  let n = Math.max(1, Math.floor((Date.parse(day) - Date.parse(startDay)) / 86_400_000 / everyDays));
  for (;;) {
    const p = reportPeriod(startDay, everyDays, n, cal);
    if (compareDays(p.dueDay, day) > 0) return p;
    n += 1;
  }
}

// ───────────────────────────── Start ─────────────────────────────

export type StartIssue = "BEFORE_DECISION_START" | "IN_THE_FUTURE";

/** The proposer records the actual start on or after the decision's start date, and not in the future. */
export function startIssue(startedOn: IsoDay, decisionStart: IsoDay, today: IsoDay): StartIssue | null {
  if (compareDays(startedOn, decisionStart) < 0) return "BEFORE_DECISION_START";
  if (compareDays(startedOn, today) > 0) return "IN_THE_FUTURE";
  return null;
}

/** The job worker starts an approved plan nobody started once its decision's start date has come. */
export function dueForAutoStart(status: State, decisionStart: IsoDay, today: IsoDay): boolean {
  return status === "APPROVED" && compareDays(decisionStart, today) <= 0;
}

// ───────────────────────────── Directives (Art. 6) ─────────────────────────────

export const DIRECTIVE_KINDS = ["CONTINUE", "SUSPEND", "RESUME", "STOP", "ADJUST"] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

/** What each directive does to the proposal's state: a workflow event, or none (the state stays). */
export const DIRECTIVE_EVENT: Readonly<Record<DirectiveKind, WorkflowEvent | null>> = {
  CONTINUE: null,
  SUSPEND: "suspend",
  RESUME: "resume",
  STOP: "stop",
  ADJUST: null,
};

/** The states in which the unit may give each directive. */
export const DIRECTIVE_FROM: Readonly<Record<DirectiveKind, readonly State[]>> = {
  CONTINUE: ["IN_PROGRESS"],
  SUSPEND: ["IN_PROGRESS"],
  RESUME: ["SUSPENDED"],
  STOP: ["IN_PROGRESS", "SUSPENDED"],
  ADJUST: ["IN_PROGRESS", "SUSPENDED"],
};

/** The directives the unit may give a pilot in `status` (which buttons to show). */
export function directivesFor(status: State): DirectiveKind[] {
  return DIRECTIVE_KINDS.filter((k) => DIRECTIVE_FROM[k].includes(status));
}

/** Suspending and stopping need a stated reason; so does every adjustment (it amends the decision). */
export function directiveNeedsReason(kind: DirectiveKind): boolean {
  return kind !== "CONTINUE" && kind !== "RESUME";
}

// ───────────────────────────── Targets (KPIs) ─────────────────────────────

export type KpiPoint = { readonly day: IsoDay; readonly value: number };

/**
 * Share of the way from baseline to target (0 = baseline, 1 = target reached; may exceed 1 or be
 * negative). Works for targets below the baseline too ("15 days → 7 days").
 */
export function shareOfWay(baseline: number, target: number, value: number): number {
  if (target === baseline) return value === target ? 1 : 0;
  return (value - baseline) / (target - baseline);
}

/** Share of the planned time elapsed on `day` (0 before the start, 1 at and after the end). */
export function timeShare(startDay: IsoDay, endDay: IsoDay, day: IsoDay): number {
  const total = Date.parse(endDay) - Date.parse(startDay);
  if (total <= 0) return 1;
  return Math.min(1, Math.max(0, (Date.parse(day) - Date.parse(startDay)) / total));
}

/**
 * [product] A target is behind when its latest value is more than this share of the way below
 * the straight line from baseline (at the start) to target (at the planned end).
 */
export const KPI_BEHIND_TOLERANCE = 0.1;

// ───────────────────────────── Health ─────────────────────────────

export const HEALTH_STATES = ["NOT_STARTED", "ON_TRACK", "AT_RISK", "REPORT_OVERDUE", "SUSPENDED", "STOPPED", "FINISHED"] as const;
export type HealthState = (typeof HEALTH_STATES)[number];

export type HealthReason =
  | { readonly code: "KPI_BEHIND"; readonly kpi: string; readonly share: number; readonly expected: number }
  | { readonly code: "MILESTONE_LATE"; readonly milestone: string; readonly dueDay: IsoDay }
  | { readonly code: "HIGH_FLAG_OPEN"; readonly finding: string }
  | { readonly code: "REPORT_OVERDUE"; readonly dueDay: IsoDay }
  | { readonly code: "SUSPENDED"; readonly reason: string | null }
  | { readonly code: "STOPPED"; readonly reason: string | null }
  | { readonly code: "NOT_STARTED"; readonly startDay: IsoDay }
  | { readonly code: "FINISHED" };

export type HealthInput = {
  readonly status: State;
  readonly today: IsoDay;
  /** The actual start (or the decision's start date when not started) and the planned end in force. */
  readonly startDay: IsoDay;
  readonly endDay: IsoDay;
  readonly kpis: readonly { readonly name: string; readonly baseline: number; readonly target: number; readonly latest: KpiPoint | null }[];
  readonly milestones: readonly { readonly title: string; readonly dueDay: IsoDay; readonly doneOn: IsoDay | null }[];
  /** Open monitoring flags (not yet answered by the head). */
  readonly openFlags: readonly { readonly severity: "LOW" | "MEDIUM" | "HIGH"; readonly finding: string }[];
  /** Due day of the open progress-report deadline, if any. */
  readonly reportDueDay: IsoDay | null;
  /** Reason of the latest suspend/stop directive. */
  readonly directiveReason?: string | null;
};

export type Health = { readonly state: HealthState; readonly reasons: readonly HealthReason[] };

const RANK: Readonly<Record<HealthState, number>> = {
  REPORT_OVERDUE: 0,
  STOPPED: 1,
  AT_RISK: 2,
  SUSPENDED: 3,
  NOT_STARTED: 4,
  ON_TRACK: 5,
  FINISHED: 6,
};

/** Most urgent first: a monitor's list and the inbox sort by this. */
export function healthUrgency(state: HealthState): number {
  return RANK[state];
}

/** The reasons a running pilot is at risk: targets behind the line, late milestones, open high flags. */
export function riskReasons(input: HealthInput): HealthReason[] {
  const reasons: HealthReason[] = [];
  for (const k of input.kpis) {
    if (!k.latest) continue;
    const expected = timeShare(input.startDay, input.endDay, k.latest.day);
    const share = shareOfWay(k.baseline, k.target, k.latest.value);
    if (share < expected - KPI_BEHIND_TOLERANCE) reasons.push({ code: "KPI_BEHIND", kpi: k.name, share, expected });
  }
  for (const m of input.milestones) {
    // A milestone reached late is history, not a present risk; one still open past its day is.
    if (m.doneOn === null && compareDays(m.dueDay, input.today) < 0) reasons.push({ code: "MILESTONE_LATE", milestone: m.title, dueDay: m.dueDay });
  }
  for (const f of input.openFlags) if (f.severity === "HIGH") reasons.push({ code: "HIGH_FLAG_OPEN", finding: f.finding });
  return reasons;
}

/**
 * How the pilot stands: stopped / suspended by directive; else report overdue (a progress report
 * past its due day, KL 14 §2.4); else at risk (a target behind the straight line to its target, a
 * milestone late, or an open high-severity monitoring flag); else on track. Every reason that
 * applies is returned, the most serious first.
 */
export function pilotHealth(input: HealthInput): Health {
  switch (input.status) {
    case "APPROVED":
      return { state: "NOT_STARTED", reasons: [{ code: "NOT_STARTED", startDay: input.startDay }] };
    case "STOPPED":
      return { state: "STOPPED", reasons: [{ code: "STOPPED", reason: input.directiveReason ?? null }] };
    case "SUSPENDED":
      return { state: "SUSPENDED", reasons: [{ code: "SUSPENDED", reason: input.directiveReason ?? null }, ...riskReasons(input)] };
    case "IN_PROGRESS": {
      const risks = riskReasons(input);
      const due = input.reportDueDay;
      if (due !== null && isIsoDay(due) && compareDays(due, input.today) < 0) {
        return { state: "REPORT_OVERDUE", reasons: [{ code: "REPORT_OVERDUE", dueDay: due }, ...risks] };
      }
      return risks.length ? { state: "AT_RISK", reasons: risks } : { state: "ON_TRACK", reasons: [] };
    }
    default:
      return { state: "FINISHED", reasons: [{ code: "FINISHED" }] };
  }
}

/** Tone of the health badge (the design system's tones). */
export function healthTone(state: HealthState): "success" | "warning" | "danger" | "neutral" | "info" {
  switch (state) {
    case "ON_TRACK":
      return "success";
    case "AT_RISK":
    case "SUSPENDED":
      return "warning";
    case "REPORT_OVERDUE":
    case "STOPPED":
      return "danger";
    case "NOT_STARTED":
      return "info";
    case "FINISHED":
      return "neutral";
  }
}

// ───────────────────────────── Milestones ─────────────────────────────

export type MilestoneStatus = "DONE" | "DONE_LATE" | "LATE" | "UPCOMING";

export function milestoneStatus(m: { readonly dueDay: IsoDay; readonly doneOn: IsoDay | null }, today: IsoDay): MilestoneStatus {
  if (m.doneOn !== null) return compareDays(m.doneOn, m.dueDay) > 0 ? "DONE_LATE" : "DONE";
  return compareDays(m.dueDay, today) < 0 ? "LATE" : "UPCOMING";
}

// ───────────────────────────── Amendments ─────────────────────────────

type Change<T> = { readonly from: T; readonly to: T };
/** What one adjustment changed in the decision (the amendment's content): field → from/to. */
export type AmendmentChanges = {
  readonly scope?: Change<string | null>;
  readonly endDate?: Change<string>;
  readonly budgetVnd?: Change<string | null>;
  readonly people?: Change<number | null>;
  readonly equipment?: Change<string | null>;
  readonly targets?: readonly { readonly kpiId: string; readonly name: string; readonly from: string; readonly to: string }[];
};
