/**
 * The proposal state machine (docs/architecture.md "The workflow"). The transition
 * table is data: the server, the UI (which buttons to show) and the docs read it.
 * Who may fire a transition is decided by `permissions.can(actor, transition.action, …)`;
 * `roles` repeats the roles of that permission row for readers of this table, and a
 * unit test keeps the two equal.
 */
import type { Action } from "./actions";
import { InvalidTransitionError } from "./errors";
import type { Role } from "./roles";

/** Strings match the Prisma enum `ProposalStatus`. */
export const STATES = [
  "DRAFT",
  "SUBMITTED",
  "IN_REVIEW",
  "RETURNED",
  "WITHDRAWN",
  "APPROVED",
  "NOT_APPROVED",
  "IN_PROGRESS",
  "SUSPENDED",
  "STOPPED",
  "FINISHED",
  "RESULT_REPORTED",
  "EVALUATED",
  "CLOSED",
] as const;
export type State = (typeof STATES)[number];

export const EVENTS = [
  "submit",
  "withdraw",
  "startReview",
  "returnForRevision",
  "approve",
  "reject",
  "start",
  "suspend",
  "resume",
  "stop",
  "finish",
  "reportResult",
  "evaluate",
  "close",
] as const;
export type WorkflowEvent = (typeof EVENTS)[number];

/**
 * What is due after a transition. The number of days for each kind lives in the
 * regulation profile (see deadlines.ts), never here.
 */
export const DEADLINE_KINDS = ["DECISION", "RESULT_REPORT", "EVALUATION", "PROGRESS_REPORT", "DIRECTIVE_ACK"] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

/** KL 14 §2.3: the competent level decides to implement or to pilot (thí điểm). */
export const DECISION_KINDS = ["IMPLEMENT", "PILOT"] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

export type Transition = {
  readonly event: WorkflowEvent;
  readonly from: readonly State[];
  readonly to: State;
  /** The permission the actor needs; the single source of who may fire it. */
  readonly action: Action;
  /** Roles granted `action` in the permission table (documentation, kept equal by a test). */
  readonly roles: readonly Role[];
  readonly opens?: DeadlineKind;
  readonly settles?: readonly DeadlineKind[];
};

export const TRANSITIONS: readonly Transition[] = [
  // Art. 7 NĐ 73/2023: the cadre reports the plan to the head; receipt starts the
  // Art. 8.1 decision period. A resubmission after RETURNED is a new receipt of a
  // new revision, so it opens a fresh DECISION deadline [product].
  { event: "submit", from: ["DRAFT", "RETURNED"], to: "SUBMITTED", action: "proposal.submit", roles: ["PROPOSER"], opens: "DECISION" },
  {
    event: "withdraw",
    from: ["DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED"],
    to: "WITHDRAWN",
    action: "proposal.withdraw",
    roles: ["PROPOSER"],
    settles: ["DECISION"],
  },
  { event: "startReview", from: ["SUBMITTED"], to: "IN_REVIEW", action: "proposal.review", roles: ["HEAD", "DEPUTY"] },
  // [product] Returning for revision is practice in several provinces; it answers the plan within the Art. 8.1 period.
  {
    event: "returnForRevision",
    from: ["SUBMITTED", "IN_REVIEW"],
    to: "RETURNED",
    action: "proposal.return",
    roles: ["HEAD"],
    settles: ["DECISION"],
  },
  // Art. 8 NĐ 73/2023: the head signs the written decision (by vote, or alone under Art. 8.1).
  { event: "approve", from: ["SUBMITTED", "IN_REVIEW"], to: "APPROVED", action: "proposal.decide", roles: ["HEAD"], settles: ["DECISION"] },
  { event: "reject", from: ["SUBMITTED", "IN_REVIEW"], to: "NOT_APPROVED", action: "proposal.decide", roles: ["HEAD"], settles: ["DECISION"] },
  // [product] Periodic progress reports start with execution (KL 14 §2.4: regular monitoring): the
  // first one opens at the actual start, never at approval.
  { event: "start", from: ["APPROVED"], to: "IN_PROGRESS", action: "pilot.start", roles: ["PROPOSER", "HEAD"], opens: "PROGRESS_REPORT" },
  // Art. 6 NĐ 73/2023: the unit may direct the proposer to continue, suspend or stop. A suspended
  // pilot accepts no report, so its report deadline is cancelled and a new one opens on resuming.
  { event: "suspend", from: ["IN_PROGRESS"], to: "SUSPENDED", action: "pilot.direct", roles: ["HEAD"], settles: ["PROGRESS_REPORT"] },
  { event: "resume", from: ["SUSPENDED"], to: "IN_PROGRESS", action: "pilot.direct", roles: ["HEAD"], opens: "PROGRESS_REPORT" },
  // A stopped plan still owes its result report (Art. 18: results are reported whatever the outcome).
  {
    event: "stop",
    from: ["IN_PROGRESS", "SUSPENDED"],
    to: "STOPPED",
    action: "pilot.direct",
    roles: ["HEAD"],
    opens: "RESULT_REPORT",
    settles: ["PROGRESS_REPORT"],
  },
  {
    event: "finish",
    from: ["IN_PROGRESS"],
    to: "FINISHED",
    action: "pilot.finish",
    roles: ["PROPOSER", "HEAD"],
    opens: "RESULT_REPORT",
    settles: ["PROGRESS_REPORT"],
  },
  // Art. 18 NĐ 73/2023: written result report within the profile's period after finishing.
  {
    event: "reportResult",
    from: ["FINISHED", "STOPPED"],
    to: "RESULT_REPORTED",
    action: "result.report",
    roles: ["PROPOSER"],
    opens: "EVALUATION",
    settles: ["RESULT_REPORT"],
  },
  // Art. 18 NĐ 73/2023: the collective evaluates within the profile's period after the report.
  { event: "evaluate", from: ["RESULT_REPORTED"], to: "EVALUATED", action: "evaluation.decide", roles: ["HEAD"], settles: ["EVALUATION"] },
  { event: "close", from: ["EVALUATED"], to: "CLOSED", action: "proposal.close", roles: ["HEAD"] },
];

export type NextResult =
  | { readonly ok: true; readonly to: State; readonly transition: Transition }
  | { readonly ok: false; readonly reason: "INVALID_TRANSITION" };

export function transitionFor(event: WorkflowEvent): Transition {
  const transition = TRANSITIONS.find((t) => t.event === event);
  if (transition === undefined) {
    // Unreachable while TRANSITIONS covers EVENTS (a unit test checks it).
    throw new InvalidTransitionError("*", event);
  }
  return transition;
}

export function next(state: State, event: WorkflowEvent): NextResult {
  const transition = TRANSITIONS.find((t) => t.event === event && t.from.includes(state));
  return transition === undefined
    ? { ok: false, reason: "INVALID_TRANSITION" }
    : { ok: true, to: transition.to, transition };
}

/** Like `next`, for use-cases: a refusal is a typed error, never a silent no-op. */
export function assertNext(state: State, event: WorkflowEvent): Transition {
  const result = next(state, event);
  if (!result.ok) throw new InvalidTransitionError(state, event);
  return result.transition;
}

export function eventsFrom(state: State): WorkflowEvent[] {
  return TRANSITIONS.filter((t) => t.from.includes(state)).map((t) => t.event);
}

/** WITHDRAWN, NOT_APPROVED and CLOSED: nothing further happens to the proposal itself. */
export function isTerminal(state: State): boolean {
  return eventsFrom(state).length === 0;
}

export function isState(value: unknown): value is State {
  return typeof value === "string" && (STATES as readonly string[]).includes(value);
}

export function isWorkflowEvent(value: unknown): value is WorkflowEvent {
  return typeof value === "string" && (EVENTS as readonly string[]).includes(value);
}

/**
 * Groups of states for reports and dashboards (WHAT-USERS-ASK.md §4: a number must
 * mean the same on every page). Every state is in exactly one group; the Record type
 * makes the compiler refuse a state without a group.
 */
export const STATE_GROUP_NAMES = [
  "DRAFTING", // with the proposer: being written, or revised after a return
  "AWAITING_DECISION", // received, the Art. 8.1 decision period is running
  "NOT_PROCEEDING", // ended before any execution
  "IN_EXECUTION", // approved and being carried out, also while suspended by directive (Art. 6)
  "AWAITING_RESULT_REPORT", // execution finished or stopped, the Art. 18 result report is due
  "AWAITING_EVALUATION", // result reported, the Art. 18 evaluation is due
  "CONCLUDED", // evaluated (outcome known), possibly closed
] as const;
export type StateGroup = (typeof STATE_GROUP_NAMES)[number];

export const STATE_GROUP_OF: Readonly<Record<State, StateGroup>> = {
  DRAFT: "DRAFTING",
  RETURNED: "DRAFTING",
  SUBMITTED: "AWAITING_DECISION",
  IN_REVIEW: "AWAITING_DECISION",
  WITHDRAWN: "NOT_PROCEEDING",
  NOT_APPROVED: "NOT_PROCEEDING",
  APPROVED: "IN_EXECUTION",
  IN_PROGRESS: "IN_EXECUTION",
  SUSPENDED: "IN_EXECUTION",
  FINISHED: "AWAITING_RESULT_REPORT",
  STOPPED: "AWAITING_RESULT_REPORT",
  RESULT_REPORTED: "AWAITING_EVALUATION",
  EVALUATED: "CONCLUDED",
  CLOSED: "CONCLUDED",
};

function statesIn(group: StateGroup): readonly State[] {
  return STATES.filter((state) => STATE_GROUP_OF[state] === group);
}

/** The same partition, group → states, e.g. for a Prisma `status: { in: … }`. */
export const STATE_GROUPS: Readonly<Record<StateGroup, readonly State[]>> = {
  DRAFTING: statesIn("DRAFTING"),
  AWAITING_DECISION: statesIn("AWAITING_DECISION"),
  NOT_PROCEEDING: statesIn("NOT_PROCEEDING"),
  IN_EXECUTION: statesIn("IN_EXECUTION"),
  AWAITING_RESULT_REPORT: statesIn("AWAITING_RESULT_REPORT"),
  AWAITING_EVALUATION: statesIn("AWAITING_EVALUATION"),
  CONCLUDED: statesIn("CONCLUDED"),
};

export function groupOf(state: State): StateGroup {
  return STATE_GROUP_OF[state];
}

/** States reached only through an approval: "approved" in reports counts these. */
export const EVER_APPROVED_STATES: readonly State[] = [
  "APPROVED",
  "IN_PROGRESS",
  "SUSPENDED",
  "STOPPED",
  "FINISHED",
  "RESULT_REPORTED",
  "EVALUATED",
  "CLOSED",
];
