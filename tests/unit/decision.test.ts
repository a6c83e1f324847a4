import { describe, expect, it } from "vitest";

import {
  approvalIssues,
  CONDITION_OVERRIDE_MIN_CHARS,
  decisionChoices,
  evaluationIssues,
  meetingDateIssues,
  rejectionIssues,
  returnIssues,
  signingDateIssues,
} from "@/domain/decision";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { tallyVotes } from "@/domain/vote";

const P = DECREE_73_PROFILE;
const members = [
  { userId: "h", isHead: true },
  { userId: "d1", isHead: false },
  { userId: "d2", isHead: false },
];
const passed = tallyVotes(
  { members, votes: [{ userId: "h", choice: "FOR" }, { userId: "d1", choice: "FOR" }], proposerId: "p", coAuthorIds: [] },
  P.vote,
);
const failed = tallyVotes({ members, votes: [{ userId: "h", choice: "FOR" }], proposerId: "p", coAuthorIds: [] }, P.vote);
const codes = (issues: readonly { code?: string }[]) => issues.map((i) => i.code);
const REASONS = "Cần thiết, khả thi để giảm thủ tục cho người dân; tôi chịu trách nhiệm cá nhân trước cấp trên.";

describe("decision preconditions", () => {
  it("Art. 8.1: an approval by vote needs a passed vote", () => {
    expect(approvalIssues({ basis: "VOTE", tally: passed, partyOpinionRecorded: true }, P)).toEqual([]);
    expect(codes(approvalIssues({ basis: "VOTE", tally: failed, partyOpinionRecorded: true }, P))).toEqual(["VOTE_FAILED"]);
  });

  it("Art. 4: the Party committee's opinion is asked before approval", () => {
    expect(codes(approvalIssues({ basis: "VOTE", tally: passed, partyOpinionRecorded: false }, P))).toEqual(["PARTY_OPINION_REQUIRED"]);
    expect(approvalIssues({ basis: "VOTE", tally: passed, partyOpinionRecorded: false }, { ...P, partyOpinionRequiredBeforeDecision: false })).toEqual([]);
  });

  it("Art. 8.1: no approval of any kind before the collective has voted", () => {
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: null, partyOpinionRecorded: true, rationale: REASONS }, P))).toEqual(["VOTE_REQUIRED"]);
  });

  it("Art. 8.1: the head approves alone after a failed vote, with recorded reasons of substance", () => {
    expect(approvalIssues({ basis: "HEAD_ALONE", tally: failed, partyOpinionRecorded: true, rationale: REASONS }, P)).toEqual([]);
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: failed, partyOpinionRecorded: true }, P))).toEqual(["RATIONALE_REQUIRED"]);
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: failed, partyOpinionRecorded: true, rationale: "." }, P))).toEqual(["RATIONALE_TOO_SHORT"]);
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: passed, partyOpinionRecorded: true, rationale: REASONS }, P))).toEqual(["VOTE_PASSED"]);
  });

  it("Art. 8.1: the vote binds — 'not approved' only after a failed vote; a passed plan is not returned", () => {
    expect(codes(rejectionIssues(null))).toEqual(["VOTE_REQUIRED"]);
    expect(codes(rejectionIssues(passed))).toEqual(["VOTE_BINDS"]);
    expect(rejectionIssues(failed)).toEqual([]);
    expect(returnIssues(null)).toEqual([]);
    expect(returnIssues(failed)).toEqual([]);
    expect(codes(returnIssues(passed))).toEqual(["VOTE_BINDS"]);
  });

  it("Art. 4, 5.1: a condition recorded as not met blocks approval unless the override is stated", () => {
    const base = { basis: "VOTE" as const, tally: passed, partyOpinionRecorded: true, conditionsNotMet: ["LAWFUL"] };
    expect(codes(approvalIssues(base, P))).toEqual(["CONDITION_NOT_MET"]);
    expect(codes(approvalIssues({ ...base, overrideReason: "Vì cần." }, P))).toEqual(["OVERRIDE_TOO_SHORT"]);
    expect(approvalIssues({ ...base, overrideReason: "x".repeat(CONDITION_OVERRIDE_MIN_CHARS) }, P)).toEqual([]);
  });

  it("Art. 18 with Art. 4: the Party committee's opinion is asked before evaluating the results", () => {
    expect(codes(evaluationIssues({ partyOpinionRecorded: false }, P))).toEqual(["PARTY_OPINION_REQUIRED"]);
    expect(evaluationIssues({ partyOpinionRecorded: true }, P)).toEqual([]);
    expect(evaluationIssues({ partyOpinionRecorded: false }, { ...P, partyOpinionRequiredBeforeEvaluation: false })).toEqual([]);
  });
});

describe("what the review form offers (Art. 8.1)", () => {
  const kinds = (c: ReturnType<typeof decisionChoices>) => c.options.map((o) => `${o.kind}:${o.open ? "open" : o.missing.join("+")}`);
  const head = { canDecide: true, canReturn: true };
  it("Art. 8.1: a head whose collective passed the plan is offered only approval", () => {
    const c = decisionChoices({ ...head, tally: passed, partyOpinionRecorded: true }, P);
    expect(kinds(c)).toEqual(["PILOT:open", "IMPLEMENT:open"]);
    expect(c.approvalBasis).toBe("VOTE");
  });
  it("Art. 8.1: after a failed vote: the head alone, not approved, or a return", () => {
    const c = decisionChoices({ ...head, tally: failed, partyOpinionRecorded: true }, P);
    expect(kinds(c)).toEqual(["PILOT:open", "IMPLEMENT:open", "NOT_APPROVED:open", "RETURNED:open"]);
    expect(c.approvalBasis).toBe("HEAD_ALONE");
  });
  it("Art. 4, Art. 8.1: before the vote and the opinion, approval shows what is missing; a return is open", () => {
    const c = decisionChoices({ ...head, tally: null, partyOpinionRecorded: false }, P);
    expect(kinds(c)).toEqual([
      "PILOT:PARTY_OPINION_REQUIRED+VOTE_REQUIRED",
      "IMPLEMENT:PARTY_OPINION_REQUIRED+VOTE_REQUIRED",
      "NOT_APPROVED:VOTE_REQUIRED",
      "RETURNED:open",
    ]);
  });
  it("a profile without sole approval closes the head-alone path after a failed vote", () => {
    const c = decisionChoices({ ...head, tally: failed, partyOpinionRecorded: true }, { ...P, vote: { ...P.vote, headMayApproveAlone: false } });
    expect(kinds(c)[0]).toBe("PILOT:SOLE_APPROVAL_NOT_ALLOWED");
  });
});

describe("dates of the meeting and the signature (Asia/Ho_Chi_Minh days)", () => {
  it("a meeting is held on or after receipt of the plan and not in the future", () => {
    expect(meetingDateIssues("2026-12-03", "2026-12-01", "2026-12-06")).toEqual([]);
    expect(meetingDateIssues("2026-12-01", "2026-12-01", "2026-12-01")).toEqual([]);
    expect(codes(meetingDateIssues("2030-01-01", "2026-12-01", "2026-12-06"))).toEqual(["DATE_IN_FUTURE"]);
    expect(codes(meetingDateIssues("2026-11-30", "2026-12-01", "2026-12-06"))).toEqual(["MEETING_BEFORE_RECEIPT"]);
  });
  it("a decision is signed on or after its meeting and not in the future", () => {
    expect(signingDateIssues("2026-12-04", "2026-12-03", "2026-12-06")).toEqual([]);
    expect(codes(signingDateIssues("2020-01-01", "2026-12-03", "2026-12-06"))).toEqual(["SIGNED_BEFORE_MEETING"]);
    expect(codes(signingDateIssues("2026-12-07", "2026-12-03", "2026-12-06"))).toEqual(["DATE_IN_FUTURE"]);
  });
});
