import { describe, expect, it } from "vitest";

import { DECREE_73_PROFILE, parseRegulationProfile } from "@/domain/regulation";

const roundTrip = () => JSON.parse(JSON.stringify(DECREE_73_PROFILE)) as Record<string, unknown>;

describe("regulation profile: Nghị định 73/2023/NĐ-CP", () => {
  it("identifies itself", () => {
    expect(DECREE_73_PROFILE.code).toBe("ND73-2023");
    expect(DECREE_73_PROFILE.name).toBe("Nghị định 73/2023/NĐ-CP");
  });

  it("khoản 1 Điều 8 (Art. 8.1): decision within 7 working days of receipt", () => {
    expect(DECREE_73_PROFILE.decisionWorkingDays).toBe(7);
  });

  it("Art. 18: result report within 5 working days, evaluation within 7 working days", () => {
    expect(DECREE_73_PROFILE.resultReportWorkingDays).toBe(5);
    expect(DECREE_73_PROFILE.evaluationWorkingDays).toBe(7);
  });

  it("khoản 1 Điều 8 (Art. 8.1): more than 50 %, tie to the head's side, proposer-deputy excluded, head may approve alone with reasons", () => {
    expect(DECREE_73_PROFILE.vote).toEqual({
      passRatio: 0.5,
      strictlyGreater: true,
      tieBreak: "HEAD_SIDE",
      excludeProposerDeputy: true,
      headMayApproveAlone: true,
      rationaleRequiredForSoleApproval: true,
    });
  });

  it("Art. 4 and Art. 18: the Party committee's opinion before decision and before evaluation", () => {
    expect(DECREE_73_PROFILE.partyOpinionRequiredBeforeDecision).toBe(true);
    expect(DECREE_73_PROFILE.partyOpinionRequiredBeforeEvaluation).toBe(true);
  });

  it("[product] monthly progress reports, 2 working days of grace before escalation, reminders 2 working days ahead", () => {
    expect(DECREE_73_PROFILE).toMatchObject({ progressReportEveryDays: 30, escalationGraceWorkingDays: 2, reminderBeforeWorkingDays: 2 });
  });

  it("is frozen, so no code can change the law at run time", () => {
    expect(Object.isFrozen(DECREE_73_PROFILE)).toBe(true);
    expect(Object.isFrozen(DECREE_73_PROFILE.vote)).toBe(true);
  });
});

describe("parseRegulationProfile", () => {
  it("accepts the profile after a JSON round trip and drops unknown keys", () => {
    expect(parseRegulationProfile(roundTrip())).toEqual({ ok: true, profile: DECREE_73_PROFILE });
    const result = parseRegulationProfile({ ...roundTrip(), extra: 1 });
    expect(result.ok && "extra" in result.profile).toBe(false);
  });

  it.each([
    ["a missing period", { decisionWorkingDays: undefined }, "decisionWorkingDays"],
    ["a fractional period", { resultReportWorkingDays: 2.5 }, "resultReportWorkingDays"],
    ["a zero period", { evaluationWorkingDays: 0 }, "evaluationWorkingDays"],
    ["a negative grace", { escalationGraceWorkingDays: -1 }, "escalationGraceWorkingDays"],
    ["a number as text", { progressReportEveryDays: "30" }, "progressReportEveryDays"],
    ["an empty code", { code: " " }, "code"],
  ])("reports %s with its path", (_what, patch, path) => {
    const result = parseRegulationProfile({ ...roundTrip(), ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });

  it.each([
    ["a ratio above 1", { passRatio: 1.5 }, "vote.passRatio"],
    ["an unknown tie rule", { tieBreak: "COIN_TOSS" }, "vote.tieBreak"],
    ["a missing flag", { headMayApproveAlone: undefined }, "vote.headMayApproveAlone"],
  ])("reports %s in the vote rules", (_what, patch, path) => {
    const result = parseRegulationProfile({ ...roundTrip(), vote: { ...DECREE_73_PROFILE.vote, ...patch } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((i) => i.path)).toContain(path);
  });

  it("refuses what is not an object, listing every problem at once", () => {
    expect(parseRegulationProfile(null).ok).toBe(false);
    expect(parseRegulationProfile("ND73").ok).toBe(false);
    const result = parseRegulationProfile({});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.length).toBeGreaterThanOrEqual(11);
  });
});

describe("profile floors: a profile may tighten the law, never loosen it", () => {
  const withVote = (patch: Record<string, unknown>) => ({ ...roundTrip(), vote: { ...DECREE_73_PROFILE.vote, ...patch } });
  it.each([
    ["khoản 1 Điều 8: a longer decision period", { ...roundTrip(), decisionWorkingDays: 10 }, "decisionWorkingDays", "khoản 1 Điều 8"],
    ["Art. 18: a longer result-report period", { ...roundTrip(), resultReportWorkingDays: 6 }, "resultReportWorkingDays", "Điều 18"],
    ["Art. 18: a longer evaluation period", { ...roundTrip(), evaluationWorkingDays: 8 }, "evaluationWorkingDays", "Điều 18"],
    ["Art. 4: no Party opinion before approval", { ...roundTrip(), partyOpinionRequiredBeforeDecision: false }, "partyOpinionRequiredBeforeDecision", "Điều 4"],
    ["Art. 4, Art. 18: no Party opinion before evaluation", { ...roundTrip(), partyOpinionRequiredBeforeEvaluation: false }, "partyOpinionRequiredBeforeEvaluation", "Điều 4"],
    ["khoản 1 Điều 8: the proposer-deputy votes", withVote({ excludeProposerDeputy: false }), "vote.excludeProposerDeputy", "khoản 1 Điều 8"],
    ["khoản 1 Điều 8: a tie fails", withVote({ tieBreak: "FAILS" }), "vote.tieBreak", "khoản 1 Điều 8"],
    ["khoản 1 Điều 8: a 40% majority", withVote({ passRatio: 0.4 }), "vote.passRatio", "khoản 1 Điều 8"],
    ["khoản 1 Điều 8: half is enough (at least 50%)", withVote({ strictlyGreater: false }), "vote.passRatio", "khoản 1 Điều 8"],
    ["khoản 1 Điều 8: a sole approval without reasons", withVote({ rationaleRequiredForSoleApproval: false }), "vote.rationaleRequiredForSoleApproval", "khoản 1 Điều 8"],
  ])("refuses %s, naming the article", (_what, profile, path, article) => {
    const result = parseRegulationProfile(profile);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const issue = result.issues.find((i) => i.path === path);
    expect(issue?.code).toBe("PROFILE_LOOSENS_LAW");
    expect(issue?.message).toContain(article);
  });

  it.each([
    ["shorter deadlines", { ...roundTrip(), decisionWorkingDays: 5, resultReportWorkingDays: 3, evaluationWorkingDays: 5 }],
    ["a two-thirds majority", withVote({ passRatio: 2 / 3 })],
    ["at least 60% (a higher bar)", withVote({ passRatio: 0.6, strictlyGreater: false })],
    ["no sole approval by the head", withVote({ headMayApproveAlone: false, rationaleRequiredForSoleApproval: false })],
  ])("accepts a tighter profile: %s", (_what, profile) => {
    expect(parseRegulationProfile(profile).ok).toBe(true);
  });
});
