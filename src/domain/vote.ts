/**
 * Counting the leadership collective's vote on a plan and the head's sole approval after a
 * failed vote (all in khoản 1 Điều 8 NĐ 73/2023). The same count serves the evaluation
 * meeting of Art. 18 (same collective, same exclusion).
 *
 * Denominator. Khoản 1 Điều 8 reads "trên 50% tổng số thành viên tập thể lãnh đạo biểu quyết
 * tán thành": more than half of ALL members of the collective must vote in favour,
 * not more than half of the votes cast. So the denominator is every eligible member
 * (head + deputies, minus those excluded); abstaining or not voting weighs like voting
 * against. Excluded members (the proposer-deputy) leave the collective for this vote
 * and so leave the denominator too.
 *
 * Tie. With that denominator, "số phiếu bằng nhau" can only mean that exactly
 * `passRatio` of the eligible members (exactly half, under Decree 73) are in favour,
 * so the other half are not. The side the head voted with wins: if the head voted FOR,
 * the plan passes; if the head voted AGAINST, abstained or did not vote, the head is on
 * the other half and it fails. Counts like 2 for / 2 against / 1 abstaining out of 5
 * are not a tie under this reading: 2 of 5 is not more than half, so the vote fails
 * (the head may still approve alone, khoản 1 Điều 8).
 */
import { z } from "zod";
import { ConflictError, type FieldIssue, ValidationError } from "./errors";
import type { VoteRules } from "./regulation";

export const VOTE_CHOICES = ["FOR", "AGAINST", "ABSTAIN"] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export type CollectiveMember = {
  readonly userId: string;
  readonly isHead: boolean;
  /** Set by the unit for a reason the domain does not know (e.g. declared conflict of interest). */
  readonly excluded?: boolean;
};

export type CastVote = { readonly userId: string; readonly choice: VoteChoice };

export type ExclusionReason =
  /** khoản 1 Điều 8: a deputy who is the proposer does not vote. */
  | "PROPOSER"
  /** khoản 1 Điều 8 read with Art. 7: a co-author is a proposer of the same plan. */
  | "CO_AUTHOR"
  /** `excluded: true` on the member. */
  | "EXCLUDED_BY_UNIT";

export type IgnoredVoteReason = "NOT_A_MEMBER" | "NOT_ELIGIBLE";

export type TallyInput = {
  readonly members: readonly CollectiveMember[];
  readonly votes: readonly CastVote[];
  readonly proposerId: string;
  readonly coAuthorIds: readonly string[];
};

export type DecidedBy = "MAJORITY" | "TIE_HEAD_SIDE" | "FAILED";

export type VoteTally = {
  /** Members who may vote: the denominator of khoản 1 Điều 8. */
  readonly eligible: number;
  readonly eligibleIds: readonly string[];
  readonly excluded: readonly { readonly userId: string; readonly reason: ExclusionReason }[];
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  /** Eligible members without a vote; they count as not in favour. */
  readonly notVoted: number;
  /** for / eligible (0 when nobody is eligible). */
  readonly ratio: number;
  readonly passed: boolean;
  /**
   * MAJORITY: passed outright. TIE_HEAD_SIDE: exactly at the threshold, decided by the
   * head's side (`passed` says which way). FAILED: below the threshold, or a tie nobody
   * could break.
   */
  readonly decidedBy: DecidedBy;
  /** How the head voted; null when the collective has no eligible head. */
  readonly headSide: VoteChoice | "NOT_VOTED" | null;
  readonly headEligible: boolean;
  /** Votes not counted, kept so the minutes can show them. */
  readonly ignoredVotes: readonly { readonly userId: string; readonly reason: IgnoredVoteReason }[];
};

/** Tolerance for comparing `for` with passRatio × eligible, both small numbers. */
const EPSILON = 1e-9;

/** Why a member may not vote on this plan, or null when they may. */
export function exclusionOf(
  member: CollectiveMember,
  authors: { readonly proposerId: string; readonly coAuthorIds: readonly string[] },
  rules: VoteRules,
): ExclusionReason | null {
  if (rules.excludeProposerDeputy) {
    // Khoản 1 Điều 8 names the deputy; a head who is the proposer never sits here because the
    // plan goes to the superior unit (Art. 7.4), and a head who co-authored is in the same
    // conflict, so the rule applies to every member.
    if (member.userId === authors.proposerId) return "PROPOSER";
    if (authors.coAuthorIds.includes(member.userId)) return "CO_AUTHOR";
  }
  if (member.excluded === true) return "EXCLUDED_BY_UNIT";
  return null;
}

/**
 * Counts the vote. Throws a ValidationError when the input breaks an invariant the
 * server must keep: a member listed twice, more than one head, two votes by one member.
 */
export function tallyVotes(input: TallyInput, rules: VoteRules): VoteTally {
  assertWellFormed(input);

  const excluded: { userId: string; reason: ExclusionReason }[] = [];
  const eligibleMembers: CollectiveMember[] = [];
  for (const member of input.members) {
    const reason = exclusionOf(member, input, rules);
    if (reason === null) eligibleMembers.push(member);
    else excluded.push({ userId: member.userId, reason });
  }

  const eligibleIds = new Set(eligibleMembers.map((m) => m.userId));
  const memberIds = new Set(input.members.map((m) => m.userId));
  const counted = new Map<string, VoteChoice>();
  const ignoredVotes: { userId: string; reason: IgnoredVoteReason }[] = [];
  for (const vote of input.votes) {
    if (!memberIds.has(vote.userId)) ignoredVotes.push({ userId: vote.userId, reason: "NOT_A_MEMBER" });
    else if (!eligibleIds.has(vote.userId)) ignoredVotes.push({ userId: vote.userId, reason: "NOT_ELIGIBLE" });
    else counted.set(vote.userId, vote.choice);
  }

  const countOf = (choice: VoteChoice): number => [...counted.values()].filter((c) => c === choice).length;
  const forCount = countOf("FOR");
  const eligible = eligibleMembers.length;

  const head = eligibleMembers.find((m) => m.isHead);
  const headSide = head === undefined ? null : (counted.get(head.userId) ?? "NOT_VOTED");

  const threshold = rules.passRatio * eligible;
  const atThreshold = eligible > 0 && Math.abs(forCount - threshold) < EPSILON;
  const aboveThreshold = eligible > 0 && forCount > threshold + EPSILON;

  let passed: boolean;
  let decidedBy: DecidedBy;
  if (aboveThreshold || (atThreshold && !rules.strictlyGreater)) {
    passed = true;
    decidedBy = "MAJORITY";
  } else if (atThreshold && rules.tieBreak === "HEAD_SIDE" && headSide !== null) {
    // Khoản 1 Điều 8: on a tie, the side the head voted with wins.
    passed = headSide === "FOR";
    decidedBy = "TIE_HEAD_SIDE";
  } else {
    passed = false;
    decidedBy = "FAILED";
  }

  return {
    eligible,
    eligibleIds: eligibleMembers.map((m) => m.userId),
    excluded,
    for: forCount,
    against: countOf("AGAINST"),
    abstain: countOf("ABSTAIN"),
    notVoted: eligible - counted.size,
    ratio: eligible === 0 ? 0 : forCount / eligible,
    passed,
    decidedBy,
    headSide,
    headEligible: head !== undefined,
    ignoredVotes,
  };
}

/**
 * Khoản 1 Điều 8 NĐ 73/2023: when the collective's vote fails, the head may still decide to
 * approve when it is necessary and feasible, and answers for it personally. Not open
 * when the vote passed (there is nothing to override) or when the head could not sit
 * in the collective (a co-author judging their own plan).
 */
export function soleApprovalAllowed(tally: VoteTally, rules: VoteRules): boolean {
  return rules.headMayApproveAlone && !tally.passed && tally.headEligible;
}

/**
 * [product] A sole approval rests on the head's personal responsibility to the superior unit and
 * before the law; its reasons must say something (a single "." is not a reason).
 */
export const SOLE_RATIONALE_MIN_CHARS = 50;

/** Issues that prevent a sole approval (khoản 1 Điều 8); empty when it may be recorded. */
export function soleApprovalIssues(tally: VoteTally, rationale: string | null | undefined, rules: VoteRules): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (tally.passed) {
    issues.push({ path: "", code: "VOTE_PASSED", message: "The collective approved: a sole approval is not needed" });
  } else if (!soleApprovalAllowed(tally, rules)) {
    issues.push({ path: "", code: "SOLE_APPROVAL_NOT_ALLOWED", message: "The head may not approve alone here" });
  }
  const reasons = (rationale ?? "").trim();
  if (rules.rationaleRequiredForSoleApproval && reasons === "") {
    issues.push({ path: "rationale", code: "RATIONALE_REQUIRED", message: "The head's reasons for approving alone are required" });
  } else if (rules.rationaleRequiredForSoleApproval && [...reasons].length < SOLE_RATIONALE_MIN_CHARS) {
    issues.push({ path: "rationale", code: "RATIONALE_TOO_SHORT", message: `The reasons need at least ${SOLE_RATIONALE_MIN_CHARS} characters` });
  }
  return issues;
}

/** Throws ConflictError when a sole approval is not open, ValidationError when the rationale is missing. */
export function assertSoleApproval(tally: VoteTally, rationale: string | null | undefined, rules: VoteRules): void {
  const issues = soleApprovalIssues(tally, rationale, rules);
  const blocking = issues.find((i) => i.code === "VOTE_PASSED" || i.code === "SOLE_APPROVAL_NOT_ALLOWED");
  if (blocking !== undefined) throw new ConflictError(blocking.code, blocking.message);
  if (issues.length > 0) throw new ValidationError(issues);
}

function assertWellFormed(input: TallyInput): void {
  const issues: FieldIssue[] = [];
  const seenMembers = new Set<string>();
  input.members.forEach((member, index) => {
    if (seenMembers.has(member.userId)) {
      issues.push({ path: `members.${index}`, code: "DUPLICATE_MEMBER", message: `Member listed twice: ${member.userId}` });
    }
    seenMembers.add(member.userId);
  });
  if (input.members.filter((m) => m.isHead).length > 1) {
    issues.push({ path: "members", code: "SEVERAL_HEADS", message: "A collective has one head" });
  }
  const seenVoters = new Set<string>();
  input.votes.forEach((vote, index) => {
    if (seenVoters.has(vote.userId)) {
      issues.push({ path: `votes.${index}`, code: "DUPLICATE_VOTE", message: `Two votes by ${vote.userId}` });
    }
    seenVoters.add(vote.userId);
  });
  if (issues.length > 0) throw new ValidationError(issues);
}

/**
 * The rule a tally applied, for a reader to check it (shown beside the tally and cited in the
 * decision): the base is every eligible member; abstentions and absences do not count in favour.
 */
export type VoteRuleSummary = {
  /** "50" for 0.5; the share of the eligible members that must be in favour. */
  readonly percent: string;
  /** true: more than `percent`; false: at least. */
  readonly strictlyGreater: boolean;
  /** Votes in favour needed out of `eligible` to pass outright. */
  readonly needed: number;
  readonly eligible: number;
  readonly tieToHeadSide: boolean;
};

export function voteRuleSummary(eligible: number, rules: VoteRules): VoteRuleSummary {
  const threshold = rules.passRatio * eligible;
  const whole = Math.round(threshold);
  const isWhole = Math.abs(threshold - whole) < EPSILON;
  const needed = eligible === 0 ? 0 : rules.strictlyGreater ? (isWhole ? whole + 1 : Math.ceil(threshold)) : isWhole ? whole : Math.ceil(threshold);
  const percent = String(Math.round(rules.passRatio * 10000) / 100);
  return { percent, strictlyGreater: rules.strictlyGreater, needed: Math.min(needed, eligible), eligible, tieToHeadSide: rules.tieBreak === "HEAD_SIDE" };
}

const count = z.number().int().min(0);
/** Meeting.tally as stored at closing time; read through `readVoteTally`, never cast. */
export const voteTallySchema = z.object({
  eligible: count,
  eligibleIds: z.array(z.string()),
  excluded: z.array(z.object({ userId: z.string(), reason: z.enum(["PROPOSER", "CO_AUTHOR", "EXCLUDED_BY_UNIT"]) })),
  for: count,
  against: count,
  abstain: count,
  notVoted: count,
  ratio: z.number(),
  passed: z.boolean(),
  decidedBy: z.enum(["MAJORITY", "TIE_HEAD_SIDE", "FAILED"]),
  headSide: z.enum([...VOTE_CHOICES, "NOT_VOTED"]).nullable(),
  headEligible: z.boolean(),
  ignoredVotes: z.array(z.object({ userId: z.string(), reason: z.enum(["NOT_A_MEMBER", "NOT_ELIGIBLE"]) })),
});

/** The stored tally, or null when there is none or it cannot be read (never guessed). */
export function readVoteTally(json: unknown): VoteTally | null {
  const r = voteTallySchema.safeParse(json);
  return r.success ? r.data : null;
}
