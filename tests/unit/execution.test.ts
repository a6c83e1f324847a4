import { describe, expect, it } from "vitest";
import { EMPTY_CALENDAR } from "@/domain/calendar";
import {
  DIRECTIVE_EVENT,
  DIRECTIVE_KINDS,
  directiveNeedsReason,
  directivesFor,
  dueForAutoStart,
  healthUrgency,
  milestoneStatus,
  periodDueAfter,
  pilotHealth,
  reportPeriod,
  shareOfWay,
  startIssue,
  timeShare,
  type HealthInput,
} from "@/domain/execution";
import { parseDecimal, parseMoney } from "@/domain/execution-input";
import { VIETNAM_CALENDAR } from "@/domain/holidays-vn";
import { next, STATES } from "@/domain/workflow";

describe("progress-report schedule (KL 14 §2.4) across weekends and Tết", () => {
  it("periods are counted from the actual start, so dates never drift", () => {
    expect(reportPeriod("2026-03-02", 30, 1, EMPTY_CALENDAR)).toEqual({ period: 1, periodStart: "2026-03-02", periodEnd: "2026-03-31", dueDay: "2026-04-01" });
    expect(reportPeriod("2026-03-02", 30, 3, EMPTY_CALENDAR)).toMatchObject({ periodStart: "2026-05-01", periodEnd: "2026-05-30" });
  });

  it("a due day on a weekend moves to Monday (BLDS 2015 Art. 148.5)", () => {
    // Period ends Friday 2026-04-03 → due Saturday 04-04 → Monday 04-06.
    expect(reportPeriod("2026-03-05", 30, 1, VIETNAM_CALENDAR).dueDay).toBe("2026-04-06");
  });

  it("a due day inside Tết Nguyên đán 2027 (5–9/2, days off in lieu 10–11/2) moves to the first working day after it", () => {
    // Start 2027-01-06, monthly: period 1 ends 2027-02-04 → due 2027-02-05 (Tết) → Friday 2027-02-12.
    const p = reportPeriod("2027-01-06", 30, 1, VIETNAM_CALENDAR);
    expect(p.periodEnd).toBe("2027-02-04");
    expect(p.dueDay).toBe("2027-02-12");
  });

  it("after a suspension the next report is the first one falling due after the day it resumes", () => {
    const p = periodDueAfter("2026-01-05", 30, "2026-03-20", EMPTY_CALENDAR);
    expect(p.period).toBe(3);
    expect(p.dueDay > "2026-03-20").toBe(true);
    expect(periodDueAfter("2026-01-05", 30, "2026-01-06", EMPTY_CALENDAR).period).toBe(1);
  });

  it("refuses a period or frequency that is not a positive integer", () => {
    expect(() => reportPeriod("2026-01-05", 30, 0, EMPTY_CALENDAR)).toThrow(RangeError);
    expect(() => reportPeriod("2026-01-05", 0, 1, EMPTY_CALENDAR)).toThrow(RangeError);
  });
});

describe("start (KL 14 §2.3)", () => {
  it("on or after the decision's start date and not in the future", () => {
    expect(startIssue("2026-03-01", "2026-03-02", "2026-03-10")).toBe("BEFORE_DECISION_START");
    expect(startIssue("2026-03-11", "2026-03-02", "2026-03-10")).toBe("IN_THE_FUTURE");
    expect(startIssue("2026-03-02", "2026-03-02", "2026-03-10")).toBeNull();
  });
  it("the worker starts only approved plans whose start date has come", () => {
    expect(dueForAutoStart("APPROVED", "2026-03-02", "2026-03-02")).toBe(true);
    expect(dueForAutoStart("APPROVED", "2026-03-03", "2026-03-02")).toBe(false);
    expect(dueForAutoStart("IN_PROGRESS", "2026-03-01", "2026-03-02")).toBe(false);
  });
});

describe("directives (Art. 6 NĐ 73/2023): continue, suspend, resume, stop, adjust", () => {
  it.each([
    ["IN_PROGRESS", ["CONTINUE", "SUSPEND", "STOP", "ADJUST"]],
    ["SUSPENDED", ["RESUME", "STOP", "ADJUST"]],
    ["APPROVED", []],
    ["STOPPED", []],
    ["FINISHED", []],
  ] as const)("Art. 6: in %s the unit may give %j", (state, kinds) => {
    expect(directivesFor(state)).toEqual(kinds);
  });

  it("Art. 6: each directive that changes the state is a workflow transition allowed from where it may be given", () => {
    for (const kind of DIRECTIVE_KINDS) {
      const event = DIRECTIVE_EVENT[kind];
      for (const state of STATES) {
        if (!directivesFor(state).includes(kind) || event === null) continue;
        expect(next(state, event).ok, `${kind} from ${state}`).toBe(true);
      }
    }
    expect(next("IN_PROGRESS", "suspend")).toMatchObject({ ok: true, to: "SUSPENDED" });
    expect(next("SUSPENDED", "resume")).toMatchObject({ ok: true, to: "IN_PROGRESS" });
    expect(next("SUSPENDED", "stop")).toMatchObject({ ok: true, to: "STOPPED" });
    expect(next("STOPPED", "resume").ok).toBe(false);
  });

  it("Art. 6: suspending, stopping and amending need a stated reason; continuing and resuming do not", () => {
    expect(DIRECTIVE_KINDS.filter(directiveNeedsReason)).toEqual(["SUSPEND", "STOP", "ADJUST"]);
  });
});

describe("targets: share of the way and the straight line", () => {
  it("works for rising and falling targets", () => {
    expect(shareOfWay(55, 100, 77.5)).toBeCloseTo(0.5);
    expect(shareOfWay(15, 7, 11)).toBeCloseTo(0.5); // 15 days → 7 days
    expect(shareOfWay(10, 10, 10)).toBe(1);
  });
  it("time share is clamped to the planned period", () => {
    expect(timeShare("2026-01-01", "2026-12-31", "2025-12-01")).toBe(0);
    expect(timeShare("2026-01-01", "2026-12-31", "2027-02-01")).toBe(1);
    expect(timeShare("2026-01-01", "2026-01-11", "2026-01-06")).toBeCloseTo(0.5);
  });
});

describe("pilot health: one rule, every reason", () => {
  const base: HealthInput = {
    status: "IN_PROGRESS",
    today: "2026-07-01",
    startDay: "2026-01-01",
    endDay: "2026-12-31",
    kpis: [{ name: "Thời gian xử lý", baseline: 15, target: 7, latest: { day: "2026-06-30", value: 11 } }],
    milestones: [{ title: "Sơ kết", dueDay: "2026-06-30", doneOn: "2026-06-29" }],
    openFlags: [],
    reportDueDay: "2026-07-02",
  };

  it("on track: targets on the line, milestones done, no open high flag, report not overdue", () => {
    expect(pilotHealth(base)).toEqual({ state: "ON_TRACK", reasons: [] });
  });
  it("at risk: a target behind the straight line to its target", () => {
    const h = pilotHealth({ ...base, kpis: [{ ...base.kpis[0], latest: { day: "2026-06-30", value: 14 } }] });
    expect(h.state).toBe("AT_RISK");
    expect(h.reasons[0]).toMatchObject({ code: "KPI_BEHIND", kpi: "Thời gian xử lý" });
  });
  it("a target within the tolerance of the line is not behind", () => {
    expect(pilotHealth({ ...base, kpis: [{ ...base.kpis[0], latest: { day: "2026-06-30", value: 11.6 } }] }).state).toBe("ON_TRACK");
  });
  it("at risk: a milestone late", () => {
    const h = pilotHealth({ ...base, milestones: [{ title: "Sơ kết", dueDay: "2026-06-15", doneOn: null }] });
    expect(h).toEqual({ state: "AT_RISK", reasons: [{ code: "MILESTONE_LATE", milestone: "Sơ kết", dueDay: "2026-06-15" }] });
  });
  it("a milestone reached late is history, not a present risk", () => {
    expect(pilotHealth({ ...base, milestones: [{ title: "Sơ kết", dueDay: "2026-06-15", doneOn: "2026-06-20" }] }).state).toBe("ON_TRACK");
    expect(milestoneStatus({ dueDay: "2026-06-15", doneOn: "2026-06-20" }, "2026-07-01")).toBe("DONE_LATE");
    expect(milestoneStatus({ dueDay: "2026-06-15", doneOn: null }, "2026-07-01")).toBe("LATE");
    expect(milestoneStatus({ dueDay: "2026-08-15", doneOn: null }, "2026-07-01")).toBe("UPCOMING");
  });
  it("at risk: an open high-severity monitoring flag; lower ones do not count", () => {
    expect(pilotHealth({ ...base, openFlags: [{ severity: "MEDIUM", finding: "x" }] }).state).toBe("ON_TRACK");
    expect(pilotHealth({ ...base, openFlags: [{ severity: "HIGH", finding: "Vi phạm dữ liệu" }] }).reasons).toEqual([{ code: "HIGH_FLAG_OPEN", finding: "Vi phạm dữ liệu" }]);
  });
  it("report overdue outranks at risk, and keeps the other reasons", () => {
    const h = pilotHealth({ ...base, reportDueDay: "2026-06-30", openFlags: [{ severity: "HIGH", finding: "f" }] });
    expect(h.state).toBe("REPORT_OVERDUE");
    expect(h.reasons.map((r) => r.code)).toEqual(["REPORT_OVERDUE", "HIGH_FLAG_OPEN"]);
    expect(pilotHealth({ ...base, reportDueDay: "2026-07-01" }).state).toBe("ON_TRACK"); // due today is not overdue
  });
  it("suspended and stopped by directive say why; not started says from when", () => {
    expect(pilotHealth({ ...base, status: "SUSPENDED", directiveReason: "Rà soát dữ liệu" }).reasons[0]).toEqual({ code: "SUSPENDED", reason: "Rà soát dữ liệu" });
    expect(pilotHealth({ ...base, status: "STOPPED", directiveReason: null })).toEqual({ state: "STOPPED", reasons: [{ code: "STOPPED", reason: null }] });
    expect(pilotHealth({ ...base, status: "APPROVED" })).toEqual({ state: "NOT_STARTED", reasons: [{ code: "NOT_STARTED", startDay: "2026-01-01" }] });
    expect(pilotHealth({ ...base, status: "FINISHED" }).state).toBe("FINISHED");
  });
  it("urgency orders the monitor's list: overdue, stopped, at risk, suspended, not started, on track, finished", () => {
    const order = (["ON_TRACK", "FINISHED", "SUSPENDED", "REPORT_OVERDUE", "NOT_STARTED", "AT_RISK", "STOPPED"] as const).slice().sort((a, b) => healthUrgency(a) - healthUrgency(b));
    expect(order).toEqual(["REPORT_OVERDUE", "STOPPED", "AT_RISK", "SUSPENDED", "NOT_STARTED", "ON_TRACK", "FINISHED"]);
  });
});

describe("numbers as people type them", () => {
  it.each([
    ["12,5", 12.5],
    ["1.234,5", 1234.5],
    ["1.500", 1500],
    ["1,500", 1.5],
    ["12.5", 12.5],
    ["1 234", 1234],
    ["-3", -3],
    ["abc", null],
    ["", null],
    ["1,2,3", 123],
  ])("parseDecimal(%s) = %s", (raw, value) => {
    expect(parseDecimal(raw)).toBe(value);
  });
  it("money accepts Vietnamese thousands separators", () => {
    expect(parseMoney("1.500.000.000")).toBe("1500000000");
    expect(parseMoney("1 500 000")).toBe("1500000");
    expect(parseMoney("1,5")).toBeNull();
  });
});
