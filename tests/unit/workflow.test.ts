import { describe, expect, it } from "vitest";

import { InvalidTransitionError } from "@/domain/errors";
import { PERMISSION_TABLE } from "@/domain/permissions";
import {
  assertNext,
  type DeadlineKind,
  EVENTS,
  eventsFrom,
  EVER_APPROVED_STATES,
  groupOf,
  isTerminal,
  next,
  type State,
  STATE_GROUP_NAMES,
  STATE_GROUPS,
  STATES,
  TRANSITIONS,
  transitionFor,
  type WorkflowEvent,
} from "@/domain/workflow";

/** The expected machine, written out independently of TRANSITIONS. */
const ALLOWED: readonly [WorkflowEvent, readonly State[], State][] = [
  ["submit", ["DRAFT", "RETURNED"], "SUBMITTED"],
  ["withdraw", ["DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED"], "WITHDRAWN"],
  ["startReview", ["SUBMITTED"], "IN_REVIEW"],
  ["returnForRevision", ["SUBMITTED", "IN_REVIEW"], "RETURNED"],
  ["approve", ["SUBMITTED", "IN_REVIEW"], "APPROVED"],
  ["reject", ["SUBMITTED", "IN_REVIEW"], "NOT_APPROVED"],
  ["start", ["APPROVED"], "IN_PROGRESS"],
  ["suspend", ["IN_PROGRESS"], "SUSPENDED"],
  ["resume", ["SUSPENDED"], "IN_PROGRESS"],
  ["stop", ["IN_PROGRESS", "SUSPENDED"], "STOPPED"],
  ["finish", ["IN_PROGRESS"], "FINISHED"],
  ["reportResult", ["FINISHED", "STOPPED"], "RESULT_REPORTED"],
  ["evaluate", ["RESULT_REPORTED"], "EVALUATED"],
  ["close", ["EVALUATED"], "CLOSED"],
];

const allowedPairs = ALLOWED.flatMap(([event, froms, to]) => froms.map((from) => ({ event, from, to })));
const refusedPairs = STATES.flatMap((from) =>
  EVENTS.filter((event) => !allowedPairs.some((p) => p.from === from && p.event === event)).map((event) => ({ from, event })),
);

describe("workflow: allowed transitions", () => {
  it.each(allowedPairs)("$event: $from → $to", ({ event, from, to }) => {
    const result = next(from, event);
    expect(result).toMatchObject({ ok: true, to });
    if (result.ok) expect(result.transition.event).toBe(event);
  });

  it("the table has exactly one row per event and nothing else", () => {
    expect(TRANSITIONS.map((t) => t.event).sort()).toEqual([...EVENTS].sort());
    for (const [event, froms, to] of ALLOWED) {
      expect(transitionFor(event)).toMatchObject({ from: froms, to });
    }
  });
});

describe("workflow: refused transitions", () => {
  it(`refuses all ${refusedPairs.length} other state × event pairs`, () => {
    expect(refusedPairs.length).toBe(STATES.length * EVENTS.length - allowedPairs.length);
    for (const { from, event } of refusedPairs) {
      expect(next(from, event), `${event} from ${from}`).toEqual({ ok: false, reason: "INVALID_TRANSITION" });
    }
  });

  it.each<[State, WorkflowEvent, string]>([
    ["DRAFT", "approve", "a draft that was never submitted cannot be approved (Art. 8.1: the period starts at receipt)"],
    ["APPROVED", "finish", "an approved plan must start before it finishes"],
    ["SUSPENDED", "finish", "Art. 6: a suspended plan is resumed or stopped, not finished"],
    ["IN_PROGRESS", "evaluate", "Art. 18: evaluation follows the result report"],
    ["FINISHED", "evaluate", "Art. 18: evaluation follows the result report"],
    ["CLOSED", "submit", "a closed file is never reopened"],
    ["NOT_APPROVED", "submit", "a rejected plan is not resubmitted (write a new one)"],
    ["WITHDRAWN", "submit", "a withdrawn plan stays withdrawn"],
    ["APPROVED", "withdraw", "an approved plan is not withdrawn: it is stopped by directive (Art. 6)"],
    ["IN_REVIEW", "startReview", "review does not start twice"],
    ["RESULT_REPORTED", "reportResult", "results are reported once"],
  ])("%s + %s is refused: %s", (from, event) => {
    expect(next(from, event).ok).toBe(false);
  });

  it("assertNext throws a typed InvalidTransitionError (HTTP 409)", () => {
    expect(() => assertNext("DRAFT", "approve")).toThrow(InvalidTransitionError);
    try {
      assertNext("CLOSED", "close");
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_TRANSITION", httpStatus: 409, state: "CLOSED", event: "close" });
    }
    expect(assertNext("DRAFT", "submit").to).toBe("SUBMITTED");
  });
});

describe("workflow: deadlines opened and settled", () => {
  const expected: Record<WorkflowEvent, { opens?: DeadlineKind; settles?: DeadlineKind[] }> = {
    submit: { opens: "DECISION" }, // Art. 8.1: receipt starts the decision period
    withdraw: { settles: ["DECISION"] },
    startReview: {},
    returnForRevision: { settles: ["DECISION"] },
    approve: { settles: ["DECISION"] },
    reject: { settles: ["DECISION"] },
    start: { opens: "PROGRESS_REPORT" },
    suspend: { settles: ["PROGRESS_REPORT"] }, // Art. 6: no report while suspended
    resume: { opens: "PROGRESS_REPORT" },
    stop: { opens: "RESULT_REPORT", settles: ["PROGRESS_REPORT"] },
    finish: { opens: "RESULT_REPORT", settles: ["PROGRESS_REPORT"] }, // Art. 18: 5 working days
    reportResult: { opens: "EVALUATION", settles: ["RESULT_REPORT"] }, // Art. 18: 7 working days
    evaluate: { settles: ["EVALUATION"] },
    close: {},
  };

  it.each(EVENTS.map((event) => [event] as const))("%s opens and settles the expected deadlines", (event) => {
    const t = transitionFor(event);
    expect(t.opens).toEqual(expected[event].opens);
    expect(t.settles ?? []).toEqual(expected[event].settles ?? []);
  });

  it("every deadline that is opened is settled by some later event", () => {
    for (const t of TRANSITIONS) {
      if (t.opens === undefined) continue;
      expect(TRANSITIONS.some((u) => u.settles?.includes(t.opens as DeadlineKind))).toBe(true);
    }
  });
});

describe("workflow: roles and permissions agree", () => {
  it.each(TRANSITIONS.map((t) => [t.event, t] as const))(
    "%s: its roles are the roles granted its permission, and its from-states are allowed by it",
    (_event, t) => {
      const spec = PERMISSION_TABLE[t.action];
      expect(spec.resource).toBe("proposal");
      expect([...new Set(spec.grants.map((g) => g.role))].sort()).toEqual([...t.roles].sort());
      if (spec.resource === "proposal" && spec.states !== undefined) {
        for (const from of t.from) expect(spec.states).toContain(from);
      }
    },
  );

  it("Art. 6: directives (suspend, resume, stop) are the head's; Art. 18: results are reported by the proposer", () => {
    for (const event of ["suspend", "resume", "stop"] as const) expect(transitionFor(event).roles).toEqual(["HEAD"]);
    expect(transitionFor("reportResult").roles).toEqual(["PROPOSER"]);
    expect(transitionFor("approve").roles).toEqual(["HEAD"]);
  });
});

describe("workflow: queries", () => {
  it("eventsFrom lists what can happen next", () => {
    expect(eventsFrom("DRAFT")).toEqual(["submit", "withdraw"]);
    expect(eventsFrom("SUBMITTED").sort()).toEqual(["approve", "reject", "returnForRevision", "startReview", "withdraw"]);
    expect(eventsFrom("IN_PROGRESS").sort()).toEqual(["finish", "stop", "suspend"]);
    expect(eventsFrom("CLOSED")).toEqual([]);
  });

  it("terminal states are exactly WITHDRAWN, NOT_APPROVED and CLOSED", () => {
    expect(STATES.filter(isTerminal).sort()).toEqual(["CLOSED", "NOT_APPROVED", "WITHDRAWN"]);
  });

  it("every state is reachable from DRAFT", () => {
    const seen = new Set<State>(["DRAFT"]);
    let frontier: State[] = ["DRAFT"];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) => eventsFrom(s).map((e) => transitionFor(e).to)).filter((s) => !seen.has(s));
      for (const s of frontier) seen.add(s);
    }
    expect([...seen].sort()).toEqual([...STATES].sort());
  });

  it("STATE_GROUPS partitions the states, and groupOf agrees", () => {
    const grouped = STATE_GROUP_NAMES.flatMap((g) => STATE_GROUPS[g]);
    expect(grouped.sort()).toEqual([...STATES].sort());
    for (const group of STATE_GROUP_NAMES) for (const s of STATE_GROUPS[group]) expect(groupOf(s)).toBe(group);
    expect(STATE_GROUPS.AWAITING_DECISION).toEqual(["SUBMITTED", "IN_REVIEW"]);
    expect(STATE_GROUPS.IN_EXECUTION).toEqual(["APPROVED", "IN_PROGRESS", "SUSPENDED"]);
  });

  it("EVER_APPROVED_STATES are exactly the states reachable from APPROVED (inclusive)", () => {
    const seen = new Set<State>(["APPROVED"]);
    let frontier: State[] = ["APPROVED"];
    while (frontier.length > 0) {
      frontier = frontier.flatMap((s) => eventsFrom(s).map((e) => transitionFor(e).to)).filter((s) => !seen.has(s));
      for (const s of frontier) seen.add(s);
    }
    expect([...seen].sort()).toEqual([...EVER_APPROVED_STATES].sort());
  });
});
