import { describe, expect, it } from "vitest";

import { approvalIssues, evaluationIssues } from "@/domain/decision";
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
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: null, partyOpinionRecorded: true, rationale: "x" }, P))).toEqual(["VOTE_REQUIRED"]);
  });

  it("Art. 8.1: the head approves alone after a failed vote, with recorded reasons", () => {
    expect(approvalIssues({ basis: "HEAD_ALONE", tally: failed, partyOpinionRecorded: true, rationale: "Cần thiết, khả thi" }, P)).toEqual([]);
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: failed, partyOpinionRecorded: true }, P))).toEqual(["RATIONALE_REQUIRED"]);
    expect(codes(approvalIssues({ basis: "HEAD_ALONE", tally: passed, partyOpinionRecorded: true, rationale: "x" }, P))).toEqual(["VOTE_PASSED"]);
  });

  it("Art. 18 with Art. 4: the Party committee's opinion is asked before evaluating the results", () => {
    expect(codes(evaluationIssues({ partyOpinionRecorded: false }, P))).toEqual(["PARTY_OPINION_REQUIRED"]);
    expect(evaluationIssues({ partyOpinionRecorded: true }, P)).toEqual([]);
    expect(evaluationIssues({ partyOpinionRecorded: false }, { ...P, partyOpinionRequiredBeforeEvaluation: false })).toEqual([]);
  });
});
