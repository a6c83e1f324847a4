import { describe, expect, it } from "vitest";

import { EMPTY_CALENDAR } from "@/domain/calendar";
import { DEADLINE_RESPONSIBLE, deadlineDue, deadlineDueDay, deadlineStanding, escalationDue } from "@/domain/deadlines";
import { VIETNAM_CALENDAR } from "@/domain/holidays-vn";
import { DECREE_73_PROFILE, type RegulationProfile } from "@/domain/regulation";

const P = DECREE_73_PROFILE;
/** A Vietnamese wall-clock time as a UTC instant. */
const vn = (local: string) => new Date(`${local}+07:00`);

describe("deadlines: due days from the regulation profile", () => {
  it("Art. 8.1 NĐ 73/2023: decision due 7 working days after receipt, skipping Tết", () => {
    expect(deadlineDueDay("DECISION", "2026-02-12", P, VIETNAM_CALENDAR)).toBe("2026-03-02");
  });

  it("Art. 18 NĐ 73/2023: result report due 5 working days after finishing", () => {
    // Finished Monday 28/4/2025; 30/4–4/5 off (Friday 2/5 swapped).
    expect(deadlineDueDay("RESULT_REPORT", "2025-04-28", P, VIETNAM_CALENDAR)).toBe("2025-05-08");
    expect(deadlineDueDay("RESULT_REPORT", "2025-03-03", P, EMPTY_CALENDAR)).toBe("2025-03-10");
  });

  it("Art. 18 NĐ 73/2023: evaluation due 7 working days after the result report", () => {
    expect(deadlineDueDay("EVALUATION", "2025-08-28", P, VIETNAM_CALENDAR)).toBe("2025-09-10"); // skips 1–2/9
  });

  it("periods follow the profile, not literals (an amended rule changes the due day)", () => {
    const amended: RegulationProfile = { ...P, decisionWorkingDays: 10 };
    expect(deadlineDueDay("DECISION", "2025-03-03", amended, EMPTY_CALENDAR)).toBe("2025-03-17");
  });

  it("[product] monthly progress reports, counted from the start and moved off days off (BLDS Art. 148.5)", () => {
    expect(deadlineDueDay("PROGRESS_REPORT", "2025-01-02", P, VIETNAM_CALENDAR)).toBe("2025-02-03"); // 1/2 is a Saturday
    expect(deadlineDueDay("PROGRESS_REPORT", "2025-01-02", P, VIETNAM_CALENDAR, 2)).toBe("2025-03-03");
  });

  it("deadlineDue takes the Vietnamese date of the event instant and ends at 24:00 local time", () => {
    // 01:00 Monday 3/3/2025 in Hà Nội is still Sunday in UTC.
    const due = deadlineDue("DECISION", new Date("2025-03-02T18:00:00Z"), P, EMPTY_CALENDAR);
    expect(due.dueDay).toBe("2025-03-12");
    expect(due.dueAt.toISOString()).toBe("2025-03-12T16:59:59.999Z");
  });

  it("names who must act (khoản 1 Điều 8: head decides; Art. 18: proposer reports, head evaluates)", () => {
    expect(DEADLINE_RESPONSIBLE).toEqual({ DECISION: "HEAD", RESULT_REPORT: "PROPOSER", EVALUATION: "HEAD", PROGRESS_REPORT: "PROPOSER", DIRECTIVE_ACK: "PROPOSER" });
  });
});

describe("deadlines: standing (Art. 6: silence is flagged, then escalated)", () => {
  const due = "2025-03-12"; // Wednesday
  it.each([
    ["2025-03-06T09:00", { status: "UPCOMING", workingDaysLeft: 4 }],
    ["2025-03-10T09:00", { status: "DUE_SOON", workingDaysLeft: 2 }],
    ["2025-03-12T23:59", { status: "DUE_SOON", workingDaysLeft: 0 }],
    ["2025-03-13T00:30", { status: "OVERDUE", workingDaysOverdue: 1 }],
    ["2025-03-14T10:00", { status: "OVERDUE", workingDaysOverdue: 2 }],
    ["2025-03-15T10:00", { status: "OVERDUE", workingDaysOverdue: 2 }], // Saturday: no working day more
    ["2025-03-17T10:00", { status: "ESCALATED", workingDaysOverdue: 3 }], // grace of 2 working days used up
    ["2025-03-18T10:00", { status: "ESCALATED", workingDaysOverdue: 4 }],
  ] as const)("at %s (Hà Nội time)", (local, expected) => {
    expect(deadlineStanding(due, vn(local), P, EMPTY_CALENDAR)).toEqual(expected);
  });
});

describe("deadlines: one escalation rule (Art. 6)", () => {
  it("Art. 6: escalates only when overdue by more than the grace period, the rule the sweep uses too", () => {
    expect(escalationDue(P.escalationGraceWorkingDays, P)).toBe(false);
    expect(escalationDue(P.escalationGraceWorkingDays + 1, P)).toBe(true);
    expect(escalationDue(0, { ...P, escalationGraceWorkingDays: 0 })).toBe(false);
    expect(escalationDue(1, { ...P, escalationGraceWorkingDays: 0 })).toBe(true);
  });
});
