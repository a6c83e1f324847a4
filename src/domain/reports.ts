/**
 * The Organisation Commission's reports (KL 14 §3.2, docs/domain.md "Oversight"): ONE list of measures,
 * each with its counting rule, read by the dashboard, the periodic table, the drill-down lists and
 * every export (WHAT-USERS-ASK §4: a number means the same on every page). The server compiles each
 * rule to SQL once (src/server/reports/sql.ts); nothing else decides what a number counts.
 *
 * Every measure counts DISTINCT PROPOSALS, so each number is the length of a list of proposals (the
 * drill-down), and a unit's subtotal is the sum of its rows. The proposals a report may count are
 * those of `reportScope` (src/server/scope.ts): the subtree the actor reports on, drafts never.
 *
 * Period semantics — a period is two Vietnamese local days [from, to], both included:
 *  - an EVENT measure counts proposals whose event's legal day falls in the period: receipt
 *    (`submittedAt`, the latest submission: a resubmission after a return is a new receipt, see
 *    workflow.ts), a decision (its signing day), a directive (its issue day), an evaluation, a
 *    recognition, a replication, an institutionalisation recommendation (their decision days);
 *  - a COHORT measure follows the proposals received in the period to where they are now (funnel);
 *  - IN_EXECUTION is a snapshot at the end of the period (or today, if the period ends later):
 *    approved by then, execution not finished or stopped by then — for a period ending today this
 *    is exactly STATE_GROUPS.IN_EXECUTION;
 *  - OVERDUE counts proposals with a step (Deadline) that was past its due day without an answer
 *    at some time during the period: still open now and due before today, or answered late
 *    (MISSED) on a day within or after the period start — and due before the period end.
 * Everything is attributed to the proposer's unit (`Proposal.unitId`): the deciding unit differs
 * only when a head proposes (Art. 7.4), and one attribution keeps every subtotal a plain sum.
 */
import { addCalendarDays, compareDays, isIsoDay, type IsoDay } from "./calendar";
import { EVER_APPROVED_STATES, STATE_GROUP_NAMES, STATE_GROUPS, type State, type StateGroup } from "./workflow";

/** Strings of the Prisma enums (src/domain imports nothing outside itself). */
export type DecisionKindValue = "IMPLEMENT" | "PILOT" | "NOT_APPROVED" | "RETURNED";
export type DecisionBasisValue = "VOTE" | "HEAD_ALONE";
export type DirectiveKindValue = "SUSPEND" | "STOP";
export const OUTCOME_CATEGORIES = ["A", "B", "C", "NONE"] as const;
export type OutcomeCategoryValue = (typeof OUTCOME_CATEGORIES)[number];
export const PROTECTION_CONCLUSIONS = ["NOT_RESPONSIBLE", "EXCLUDED", "EXEMPTED", "REDUCED", "NO_PROTECTION", "ABUSE"] as const;
export type ProtectionConclusionValue = (typeof PROTECTION_CONCLUSIONS)[number];
export const RECOGNITION_KINDS = ["PRAISE", "COMMENDATION", "REWARD", "EARLY_SALARY_STEP", "PROMOTION", "EVALUATION_NOTE"] as const;
export type RecognitionKindValue = (typeof RECOGNITION_KINDS)[number];

/** How one measure is counted. The server renders each variant to SQL in exactly one place. */
export type MeasureRule =
  /** Received in the period (submittedAt). */
  | { readonly kind: "received" }
  /** Received in the period and now in one of `states` (the funnel follows a cohort). */
  | { readonly kind: "cohort"; readonly states: readonly State[] }
  /** A decision of one of `kinds` (and `basis`, when given) signed in the period. */
  | { readonly kind: "decision"; readonly decisionKinds: readonly DecisionKindValue[]; readonly basis?: DecisionBasisValue }
  /** Approved by the end of the period and its execution not ended by then (snapshot). */
  | { readonly kind: "inExecution" }
  /** A directive of `directiveKind` issued in the period (Art. 6: the unit may suspend or stop). */
  | { readonly kind: "directive"; readonly directiveKind: DirectiveKindValue }
  /** An evaluation decided in the period, with one of the categories / conclusions when given (Art. 18). */
  | {
      readonly kind: "evaluation";
      readonly categories?: readonly OutcomeCategoryValue[];
      readonly conclusions?: readonly ProtectionConclusionValue[];
    }
  /** A recognition decided in the period, of one of `kinds` when given (Art. 10). */
  | { readonly kind: "recognition"; readonly recognitionKinds?: readonly RecognitionKindValue[] }
  /** Another unit adopted the proposal's model in the period (KL 14 §2.5); counted at the source. */
  | { readonly kind: "replication" }
  /** Institutionalisation recommended in the period (KL 14 §2.5). */
  | { readonly kind: "institutionalisation" }
  /** A step overdue at some time during the period (see the header). */
  | { readonly kind: "overdue" };

const APPROVING: readonly DecisionKindValue[] = ["IMPLEMENT", "PILOT"];
const EXECUTION_ENDED: readonly State[] = ["FINISHED", "STOPPED", "RESULT_REPORTED", "EVALUATED", "CLOSED"];
const RESULT_REPORTED: readonly State[] = ["RESULT_REPORTED", "EVALUATED", "CLOSED"];

const cohortOf = (group: StateGroup): MeasureRule => ({ kind: "cohort", states: STATE_GROUPS[group] });

/**
 * Every measure. Keys are stable: URLs (`?measure=`), message keys (`reports.measures.<KEY>`) and
 * export column headers use them.
 */
export const MEASURE_RULES = {
  // ── receipt and decision (Art. 7, 8)
  RECEIVED: { kind: "received" },
  DECIDED: { kind: "decision", decisionKinds: ["IMPLEMENT", "PILOT", "NOT_APPROVED"] },
  APPROVED: { kind: "decision", decisionKinds: APPROVING },
  APPROVED_BY_VOTE: { kind: "decision", decisionKinds: APPROVING, basis: "VOTE" },
  APPROVED_BY_HEAD: { kind: "decision", decisionKinds: APPROVING, basis: "HEAD_ALONE" },
  APPROVED_IMPLEMENT: { kind: "decision", decisionKinds: ["IMPLEMENT"] },
  APPROVED_PILOT: { kind: "decision", decisionKinds: ["PILOT"] },
  NOT_APPROVED: { kind: "decision", decisionKinds: ["NOT_APPROVED"] },
  RETURNED: { kind: "decision", decisionKinds: ["RETURNED"] },
  // ── execution (KL 14 §2.3–2.4, Art. 6)
  IN_EXECUTION: { kind: "inExecution" },
  SUSPENDED: { kind: "directive", directiveKind: "SUSPEND" },
  STOPPED: { kind: "directive", directiveKind: "STOP" },
  // ── results and protection (Art. 5.2, 11)
  EVALUATED: { kind: "evaluation" },
  OUTCOME_A: { kind: "evaluation", categories: ["A"] },
  OUTCOME_B: { kind: "evaluation", categories: ["B"] },
  OUTCOME_C: { kind: "evaluation", categories: ["C"] },
  // Not a category of Art. 5.2 (A/B/C is what happened): "no protection because a condition is not met",
  // the conclusion of domain/outcome.ts. Category NONE is no longer written (CHECK Evaluation_conclusion_rule).
  OUTCOME_NONE: { kind: "evaluation", conclusions: ["NO_PROTECTION"] },
  /** Protection decisions: responsibility excluded, exempted or reduced (categories B and C). */
  PROTECTED: { kind: "evaluation", conclusions: ["EXCLUDED", "EXEMPTED", "REDUCED"] },
  CONCLUSION_NOT_RESPONSIBLE: { kind: "evaluation", conclusions: ["NOT_RESPONSIBLE"] },
  CONCLUSION_EXCLUDED: { kind: "evaluation", conclusions: ["EXCLUDED"] },
  CONCLUSION_EXEMPTED: { kind: "evaluation", conclusions: ["EXEMPTED"] },
  CONCLUSION_REDUCED: { kind: "evaluation", conclusions: ["REDUCED"] },
  CONCLUSION_NO_PROTECTION: { kind: "evaluation", conclusions: ["NO_PROTECTION"] },
  /** Art. 6.1, KL 14 §2.4: using the policy for self-interest is never protected. */
  ABUSE: { kind: "evaluation", conclusions: ["ABUSE"] },
  // ── recognition and spread (Art. 10; KL 14 §2.5)
  RECOGNISED: { kind: "recognition" },
  RECOGNITION_PRAISE: { kind: "recognition", recognitionKinds: ["PRAISE"] },
  RECOGNITION_COMMENDATION: { kind: "recognition", recognitionKinds: ["COMMENDATION"] },
  RECOGNITION_REWARD: { kind: "recognition", recognitionKinds: ["REWARD"] },
  RECOGNITION_EARLY_SALARY_STEP: { kind: "recognition", recognitionKinds: ["EARLY_SALARY_STEP"] },
  RECOGNITION_PROMOTION: { kind: "recognition", recognitionKinds: ["PROMOTION"] },
  RECOGNITION_EVALUATION_NOTE: { kind: "recognition", recognitionKinds: ["EVALUATION_NOTE"] },
  REPLICATED: { kind: "replication" },
  INSTITUTIONALISED: { kind: "institutionalisation" },
  // ── silence is prohibited (Art. 6): the units that stall
  OVERDUE: { kind: "overdue" },
  // ── the funnel of the proposals received in the period
  FUNNEL_APPROVED: { kind: "cohort", states: EVER_APPROVED_STATES },
  FUNNEL_EXECUTION_ENDED: { kind: "cohort", states: EXECUTION_ENDED },
  FUNNEL_RESULT_REPORTED: { kind: "cohort", states: RESULT_REPORTED },
  FUNNEL_EVALUATED: cohortOf("CONCLUDED"),
  COHORT_DRAFTING: cohortOf("DRAFTING"),
  COHORT_AWAITING_DECISION: cohortOf("AWAITING_DECISION"),
  COHORT_NOT_PROCEEDING: cohortOf("NOT_PROCEEDING"),
  COHORT_IN_EXECUTION: cohortOf("IN_EXECUTION"),
  COHORT_AWAITING_RESULT_REPORT: cohortOf("AWAITING_RESULT_REPORT"),
  COHORT_AWAITING_EVALUATION: cohortOf("AWAITING_EVALUATION"),
  COHORT_CONCLUDED: cohortOf("CONCLUDED"),
} as const satisfies Record<string, MeasureRule>;

export type Measure = keyof typeof MEASURE_RULES;
export const MEASURES = Object.keys(MEASURE_RULES) as Measure[];

export function isMeasure(value: unknown): value is Measure {
  return typeof value === "string" && Object.prototype.hasOwnProperty.call(MEASURE_RULES, value);
}

export function ruleOf(measure: Measure): MeasureRule {
  return MEASURE_RULES[measure];
}

/** The cohort measure of each state group, in STATE_GROUP_NAMES order: they partition RECEIVED. */
export const COHORT_MEASURES: Readonly<Record<StateGroup, Measure>> = {
  DRAFTING: "COHORT_DRAFTING",
  AWAITING_DECISION: "COHORT_AWAITING_DECISION",
  NOT_PROCEEDING: "COHORT_NOT_PROCEEDING",
  IN_EXECUTION: "COHORT_IN_EXECUTION",
  AWAITING_RESULT_REPORT: "COHORT_AWAITING_RESULT_REPORT",
  AWAITING_EVALUATION: "COHORT_AWAITING_EVALUATION",
  CONCLUDED: "COHORT_CONCLUDED",
};
export const COHORT_ORDER: readonly Measure[] = STATE_GROUP_NAMES.map((g) => COHORT_MEASURES[g]);

/** The headline numbers: the dashboard's cards and the home page's overview (the same numbers). */
export const HEADLINE_MEASURES: readonly Measure[] = ["RECEIVED", "APPROVED", "IN_EXECUTION", "EVALUATED", "PROTECTED", "OVERDUE"];

/** Funnel stages, each a subset of the one before. */
export const FUNNEL: readonly Measure[] = ["RECEIVED", "FUNNEL_APPROVED", "FUNNEL_EXECUTION_ENDED", "FUNNEL_RESULT_REPORTED", "FUNNEL_EVALUATED"];
export const OUTCOME_MEASURES: readonly Measure[] = ["OUTCOME_A", "OUTCOME_B", "OUTCOME_C", "OUTCOME_NONE"];
export const CONCLUSION_MEASURES: readonly Measure[] = [
  "CONCLUSION_NOT_RESPONSIBLE",
  "CONCLUSION_EXCLUDED",
  "CONCLUSION_EXEMPTED",
  "CONCLUSION_REDUCED",
  "CONCLUSION_NO_PROTECTION",
  "ABUSE",
];
export const RECOGNITION_MEASURES: readonly Measure[] = [
  "RECOGNITION_PRAISE",
  "RECOGNITION_COMMENDATION",
  "RECOGNITION_REWARD",
  "RECOGNITION_EARLY_SALARY_STEP",
  "RECOGNITION_PROMOTION",
  "RECOGNITION_EVALUATION_NOTE",
];

/**
 * The columns of the periodic report, in the order of docs/domain.md "Oversight", grouped under a
 * two-row header (message keys `reports.columnGroups.<group>`).
 */
export const PERIODIC_COLUMN_GROUPS: readonly { readonly group: string; readonly measures: readonly Measure[] }[] = [
  { group: "received", measures: ["RECEIVED"] },
  { group: "decision", measures: ["APPROVED", "APPROVED_BY_VOTE", "APPROVED_BY_HEAD", "NOT_APPROVED", "RETURNED"] },
  { group: "execution", measures: ["IN_EXECUTION", "SUSPENDED", "STOPPED"] },
  { group: "outcome", measures: ["OUTCOME_A", "OUTCOME_B", "OUTCOME_C"] },
  { group: "protection", measures: ["PROTECTED", "ABUSE"] },
  { group: "spread", measures: ["RECOGNISED", "REPLICATED", "INSTITUTIONALISED"] },
  { group: "overdue", measures: ["OVERDUE"] },
];
export const PERIODIC_COLUMNS: readonly Measure[] = PERIODIC_COLUMN_GROUPS.flatMap((g) => g.measures);

/** Message keys of a measure: full label, short column header, definition (the "Định nghĩa"). */
export function measureMessageKeys(measure: Measure) {
  return {
    label: `measures.${measure}.label`,
    short: `measures.${measure}.short`,
    definition: `measures.${measure}.definition`,
  } as const;
}

// ───────────────────────────── Periods ─────────────────────────────

export type Period = { readonly from: IsoDay; readonly to: IsoDay };

/**
 * Presets of the periodic report (KL 14 §3.2: six-monthly and annual), plus a custom range:
 * "h1-2026" (1/1–30/6), "h2-2026" (1/7–31/12), "y-2026" (the calendar year), "custom".
 */
export type PeriodPreset = `h1-${number}` | `h2-${number}` | `y-${number}` | "custom";
const PRESET_PATTERN = /^(h1|h2|y)-(\d{4})$/;
/** A longer range is refused: nobody reports on it, and it would only make the server work. */
export const MAX_PERIOD_DAYS = 3_700;

export function presetPeriod(preset: string): Period | null {
  const m = PRESET_PATTERN.exec(preset);
  if (!m) return null;
  const year = m[2];
  if (m[1] === "h1") return { from: `${year}-01-01`, to: `${year}-06-30` };
  if (m[1] === "h2") return { from: `${year}-07-01`, to: `${year}-12-31` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** The presets offered on `today`: the halves and years of this year and the two before, newest first. */
export function periodPresets(today: IsoDay): PeriodPreset[] {
  const year = Number(today.slice(0, 4));
  const out: PeriodPreset[] = [];
  for (let y = year; y >= year - 2; y--) {
    if (y < year || today >= `${y}-07-01`) out.push(`h2-${y}`);
    out.push(`h1-${y}`, `y-${y}`);
  }
  return out;
}

/** The default report: the current calendar year. */
export function defaultPreset(today: IsoDay): PeriodPreset {
  return `y-${Number(today.slice(0, 4))}`;
}

/** Which preset a range is, if any ("custom" otherwise). */
export function presetOf(period: Period): PeriodPreset {
  const year = period.from.slice(0, 4);
  for (const p of [`h1-${year}`, `h2-${year}`, `y-${year}`] as PeriodPreset[]) {
    const q = presetPeriod(p);
    if (q && q.from === period.from && q.to === period.to) return p;
  }
  return "custom";
}

/** A valid custom range, or null: real days, from ≤ to, at most MAX_PERIOD_DAYS long. */
export function customPeriod(from: unknown, to: unknown): Period | null {
  if (!isIsoDay(from) || !isIsoDay(to) || compareDays(from, to) > 0) return null;
  if (compareDays(addCalendarDays(from, MAX_PERIOD_DAYS), to) < 0) return null;
  return { from, to };
}

/** The day a snapshot measure looks at: the period's last day, or today when the period ends later. */
export function snapshotDay(period: Period, today: IsoDay): IsoDay {
  return compareDays(period.to, today) > 0 ? today : period.to;
}

// ───────────────────────────── Detail of the periodic table ─────────────────────────────

/** How many levels of units below the report's root unit the table shows (subtotals per level). */
export const DETAIL_LEVELS = [1, 2, 3] as const;
export type DetailLevel = (typeof DETAIL_LEVELS)[number];
export const DEFAULT_DETAIL: DetailLevel = 2;

export function isDetailLevel(value: unknown): value is DetailLevel {
  return typeof value === "number" && (DETAIL_LEVELS as readonly number[]).includes(value);
}
