import { describe, expect, it } from "vitest";

import { ConflictError, ValidationError } from "@/domain/errors";
import { DECREE_73_PROFILE, type VoteRules } from "@/domain/regulation";
import {
  assertSoleApproval,
  type CastVote,
  type CollectiveMember,
  readVoteTally,
  SOLE_RATIONALE_MIN_CHARS,
  soleApprovalAllowed,
  soleApprovalIssues,
  tallyVotes,
  type VoteChoice,
  voteRuleSummary,
} from "@/domain/vote";

const RULES = DECREE_73_PROFILE.vote;

/** A collective of one head ("h") and `deputies` deputies ("d1", "d2", …). */
function collective(deputies: number): CollectiveMember[] {
  return [{ userId: "h", isHead: true }, ...Array.from({ length: deputies }, (_, i) => ({ userId: `d${i + 1}`, isHead: false }))];
}

/** Votes written as "h:FOR d1:AGAINST d2:ABSTAIN". */
function votes(spec: string): CastVote[] {
  return spec
    .split(" ")
    .filter(Boolean)
    .map((pair) => {
      const [userId, choice] = pair.split(":") as [string, VoteChoice];
      return { userId, choice };
    });
}

function tally(members: CollectiveMember[], spec: string, rules: VoteRules = RULES, proposerId = "p", coAuthorIds: string[] = []) {
  return tallyVotes({ members, votes: votes(spec), proposerId, coAuthorIds }, rules);
}

describe("vote: Art. 8.1 NĐ 73/2023", () => {
  it("Art. 8.1 NĐ 73/2023: passes with more than half of the leadership in favour", () => {
    const t = tally(collective(4), "h:FOR d1:FOR d2:FOR d3:AGAINST d4:AGAINST");
    expect(t).toMatchObject({ eligible: 5, for: 3, against: 2, passed: true, decidedBy: "MAJORITY", headSide: "FOR" });
    expect(t.ratio).toBeCloseTo(0.6);
  });

  it("Art. 8.1: the majority is of all members of the collective, not of the votes cast", () => {
    // 2 of 5 in favour, nobody against: 100 % of the votes cast, but not more than half of the collective.
    const t = tally(collective(4), "h:FOR d1:FOR d2:ABSTAIN");
    expect(t).toMatchObject({ eligible: 5, for: 2, against: 0, abstain: 1, notVoted: 2, passed: false, decidedBy: "FAILED" });
  });

  it("Art. 8.1: fails with half or less in favour when the head is against", () => {
    expect(tally(collective(2), "h:AGAINST d1:FOR d2:AGAINST")).toMatchObject({ passed: false, decidedBy: "FAILED" });
  });

  it("Art. 8.1: on a tie the side the head voted with wins (head in favour: passes)", () => {
    const t = tally(collective(3), "h:FOR d1:FOR d2:AGAINST d3:AGAINST");
    expect(t).toMatchObject({ eligible: 4, for: 2, against: 2, passed: true, decidedBy: "TIE_HEAD_SIDE", headSide: "FOR" });
  });

  it("Art. 8.1: on a tie the side the head voted with wins (head against: fails)", () => {
    const t = tally(collective(3), "h:AGAINST d1:FOR d2:FOR d3:AGAINST");
    expect(t).toMatchObject({ passed: false, decidedBy: "TIE_HEAD_SIDE", headSide: "AGAINST" });
  });

  it("Art. 8.1: on a tie a head who abstained or did not vote is on the side not in favour", () => {
    expect(tally(collective(3), "h:ABSTAIN d1:FOR d2:FOR d3:AGAINST")).toMatchObject({ passed: false, decidedBy: "TIE_HEAD_SIDE" });
    expect(tally(collective(3), "d1:FOR d2:FOR d3:AGAINST")).toMatchObject({
      passed: false,
      decidedBy: "TIE_HEAD_SIDE",
      headSide: "NOT_VOTED",
      notVoted: 1,
    });
  });

  it("Art. 8.1: 2 for, 2 against, 1 abstaining out of 5 is not a tie: not more than half, so it fails", () => {
    expect(tally(collective(4), "h:FOR d1:FOR d2:AGAINST d3:AGAINST d4:ABSTAIN")).toMatchObject({
      passed: false,
      decidedBy: "FAILED",
    });
  });

  it("Art. 8.1: a deputy who is the proposer does not vote", () => {
    const t = tally(collective(3), "h:FOR d1:FOR d2:FOR d3:AGAINST", RULES, "d1");
    expect(t.excluded).toEqual([{ userId: "d1", reason: "PROPOSER" }]);
    expect(t.ignoredVotes).toEqual([{ userId: "d1", reason: "NOT_ELIGIBLE" }]);
    expect(t).toMatchObject({ eligible: 3, for: 2, against: 1, passed: true, decidedBy: "MAJORITY" });
    expect(t.eligibleIds).toEqual(["h", "d2", "d3"]);
  });

  it("Art. 8.1: a deputy who co-authored the plan does not vote either", () => {
    const t = tally(collective(3), "h:FOR d1:AGAINST d2:FOR d3:AGAINST", RULES, "p", ["d2"]);
    expect(t.excluded).toEqual([{ userId: "d2", reason: "CO_AUTHOR" }]);
    expect(t).toMatchObject({ eligible: 3, for: 1, against: 2, passed: false });
  });

  it("Art. 8.1: without the exclusion rule in the profile the proposer-deputy votes", () => {
    const t = tally(collective(3), "h:FOR d1:FOR d2:AGAINST d3:AGAINST", { ...RULES, excludeProposerDeputy: false }, "d1");
    expect(t).toMatchObject({ eligible: 4, excluded: [], for: 2, decidedBy: "TIE_HEAD_SIDE", passed: true });
  });

  it("a member excluded by the unit leaves the count; votes of non-members are ignored", () => {
    const members = [...collective(2), { userId: "d3", isHead: false, excluded: true }];
    const t = tally(members, "h:FOR d1:FOR d2:AGAINST d3:AGAINST x:AGAINST");
    expect(t.excluded).toEqual([{ userId: "d3", reason: "EXCLUDED_BY_UNIT" }]);
    expect(t.ignoredVotes).toEqual([
      { userId: "d3", reason: "NOT_ELIGIBLE" },
      { userId: "x", reason: "NOT_A_MEMBER" },
    ]);
    expect(t).toMatchObject({ eligible: 3, for: 2, against: 1, passed: true });
  });

  it("a collective with nobody eligible fails", () => {
    expect(tally([], "")).toMatchObject({ eligible: 0, ratio: 0, passed: false, decidedBy: "FAILED", headSide: null, headEligible: false });
  });

  it("a tie cannot be broken without a head", () => {
    const members = [
      { userId: "d1", isHead: false },
      { userId: "d2", isHead: false },
    ];
    expect(tally(members, "d1:FOR d2:AGAINST")).toMatchObject({ passed: false, decidedBy: "FAILED", headSide: null });
  });

  it("refuses malformed input: a member twice, two heads, two votes by one member", () => {
    expect(() => tally([...collective(1), { userId: "d1", isHead: false }], "")).toThrow(ValidationError);
    expect(() => tally([...collective(1), { userId: "h2", isHead: true }], "")).toThrow(ValidationError);
    expect(() => tally(collective(1), "h:FOR h:AGAINST")).toThrow(ValidationError);
  });

  it("follows the profile: tie rule FAILS, 'at least' thresholds, two-thirds majorities", () => {
    expect(tally(collective(3), "h:FOR d1:FOR", { ...RULES, tieBreak: "FAILS" })).toMatchObject({ passed: false, decidedBy: "FAILED" });
    expect(tally(collective(3), "h:AGAINST d1:FOR d2:FOR", { ...RULES, strictlyGreater: false })).toMatchObject({
      passed: true,
      decidedBy: "MAJORITY",
    });
    const twoThirds = { ...RULES, passRatio: 2 / 3 };
    expect(tally(collective(5), "h:FOR d1:FOR d2:FOR d3:FOR d4:FOR", twoThirds)).toMatchObject({ decidedBy: "MAJORITY" });
    expect(tally(collective(5), "h:FOR d1:FOR d2:FOR d3:FOR", twoThirds)).toMatchObject({ decidedBy: "TIE_HEAD_SIDE", passed: true });
    expect(tally(collective(5), "h:FOR d1:FOR d2:FOR", twoThirds)).toMatchObject({ decidedBy: "FAILED" });
  });

  it("Art. 8.1, exhaustively for collectives of 1–6 members: passes iff for > half, or for = half with the head in favour", () => {
    const options: (VoteChoice | null)[] = ["FOR", "AGAINST", "ABSTAIN", null];
    for (let size = 1; size <= 6; size += 1) {
      const members = collective(size - 1);
      for (let code = 0; code < 4 ** size; code += 1) {
        const cast: CastVote[] = [];
        let c = code;
        for (const m of members) {
          const choice = options[c % 4] ?? null;
          c = Math.floor(c / 4);
          if (choice !== null) cast.push({ userId: m.userId, choice });
        }
        const forCount = cast.filter((v) => v.choice === "FOR").length;
        const headFor = cast.some((v) => v.userId === "h" && v.choice === "FOR");
        const expected = 2 * forCount > size || (2 * forCount === size && headFor);
        const t = tallyVotes({ members, votes: cast, proposerId: "p", coAuthorIds: [] }, RULES);
        if (t.passed !== expected) throw new Error(`size ${size}, votes ${JSON.stringify(cast)}`);
        expect(t.for + t.against + t.abstain + t.notVoted).toBe(size);
      }
    }
  });
});

describe("vote: Art. 8.1 sole approval by the head", () => {
  const failed = tally(collective(2), "h:FOR d1:AGAINST d2:AGAINST");
  const passed = tally(collective(2), "h:FOR d1:FOR d2:AGAINST");
  const REASONS = "Cần thiết, khả thi để giảm thủ tục cho người dân; tôi chịu trách nhiệm cá nhân trước cấp trên.";

  it("Art. 8.1: the head may approve alone after a failed vote, rationale required", () => {
    expect(soleApprovalAllowed(failed, RULES)).toBe(true);
    expect(soleApprovalIssues(failed, "   ", RULES).map((i) => i.code)).toEqual(["RATIONALE_REQUIRED"]);
    expect(soleApprovalIssues(failed, null, RULES).map((i) => i.path)).toEqual(["rationale"]);
    expect(soleApprovalIssues(failed, REASONS, RULES)).toEqual([]);
    expect(() => assertSoleApproval(failed, "", RULES)).toThrow(ValidationError);
    expect(() => assertSoleApproval(failed, REASONS, RULES)).not.toThrow();
  });

  it("khoản 1 Điều 8 (Art. 8.1): the head's reasons must have substance — a single '.' is refused", () => {
    expect(soleApprovalIssues(failed, ".", RULES).map((i) => i.code)).toEqual(["RATIONALE_TOO_SHORT"]);
    expect(soleApprovalIssues(failed, "x".repeat(SOLE_RATIONALE_MIN_CHARS - 1), RULES).map((i) => i.code)).toEqual(["RATIONALE_TOO_SHORT"]);
    expect(soleApprovalIssues(failed, "x".repeat(SOLE_RATIONALE_MIN_CHARS), RULES)).toEqual([]);
  });

  it("Art. 8.1: a sole approval is only for a failed vote", () => {
    expect(soleApprovalAllowed(passed, RULES)).toBe(false);
    expect(soleApprovalIssues(passed, REASONS, RULES).map((i) => i.code)).toEqual(["VOTE_PASSED"]);
    expect(() => assertSoleApproval(passed, REASONS, RULES)).toThrow(ConflictError);
  });

  it("Art. 8.1: not open when the profile does not allow it; rationale optional when the profile says so", () => {
    expect(soleApprovalAllowed(failed, { ...RULES, headMayApproveAlone: false })).toBe(false);
    expect(soleApprovalIssues(failed, "", { ...RULES, rationaleRequiredForSoleApproval: false })).toEqual([]);
  });

  it("Art. 8.1: a head who co-authored the plan neither votes nor approves alone", () => {
    const t = tally(collective(2), "h:FOR d1:FOR d2:AGAINST", RULES, "p", ["h"]);
    expect(t).toMatchObject({ headEligible: false, headSide: null, eligible: 2, passed: false });
    expect(soleApprovalAllowed(t, RULES)).toBe(false);
  });
});

describe("vote: the rule a tally applied (khoản 1 Điều 8)", () => {
  it("khoản 1 Điều 8 (Art. 8.1): the base is every eligible member; more than 50% needs 3 of 4, 3 of 5, 2 of 3", () => {
    expect(voteRuleSummary(4, RULES)).toMatchObject({ percent: "50", strictlyGreater: true, needed: 3, eligible: 4, tieToHeadSide: true });
    expect(voteRuleSummary(5, RULES).needed).toBe(3);
    expect(voteRuleSummary(3, RULES).needed).toBe(2);
    expect(voteRuleSummary(1, RULES).needed).toBe(1);
    expect(voteRuleSummary(0, RULES).needed).toBe(0);
  });
  it("follows a tighter profile: at least two thirds of 6 is 4", () => {
    expect(voteRuleSummary(6, { ...RULES, passRatio: 2 / 3, strictlyGreater: false })).toMatchObject({ needed: 4, percent: "66.67" });
  });
  it("reads a stored tally through its schema, and refuses one it cannot read", () => {
    const t = tally(collective(2), "h:FOR d1:FOR d2:AGAINST");
    expect(readVoteTally(JSON.parse(JSON.stringify(t)))).toEqual(t);
    expect(readVoteTally({ for: 2 })).toBeNull();
    expect(readVoteTally(null)).toBeNull();
  });
});
