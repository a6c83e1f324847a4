/**
 * Preconditions of the two collective decisions, checked before the `approve` and
 * `evaluate` transitions. Each returns issues (empty = may proceed); the server
 * records the decision with its basis (VOTE or HEAD_ALONE) and the profile code.
 */
import type { FieldIssue } from "./errors";
import type { RegulationProfile } from "./regulation";
import { soleApprovalIssues, type VoteTally } from "./vote";

export const APPROVAL_BASES = [
  /** Art. 8.2: the collective voted in favour. */
  "VOTE",
  /** Art. 8.3: the vote failed and the head approved alone, with recorded reasons. */
  "HEAD_ALONE",
] as const;
export type ApprovalBasis = (typeof APPROVAL_BASES)[number];

export type ApprovalCheck = {
  readonly basis: ApprovalBasis;
  /** The collective's vote; null when no vote was held. */
  readonly tally: VoteTally | null;
  readonly partyOpinionRecorded: boolean;
  readonly rationale?: string | null;
};

export function approvalIssues(check: ApprovalCheck, profile: RegulationProfile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (profile.partyOpinionRequiredBeforeDecision && !check.partyOpinionRecorded) {
    // Art. 4: the Party committee at the same level is asked before approval.
    issues.push({ path: "partyOpinion", code: "PARTY_OPINION_REQUIRED", message: "The Party committee's opinion is required first" });
  }
  if (check.tally === null) {
    // Art. 8.1–8.3: even a sole approval follows a vote of the collective that failed.
    issues.push({ path: "vote", code: "VOTE_REQUIRED", message: "The leadership collective has not voted" });
    return issues;
  }
  if (check.basis === "VOTE") {
    if (!check.tally.passed) {
      issues.push({ path: "vote", code: "VOTE_FAILED", message: "The collective did not approve" });
    }
  } else {
    issues.push(...soleApprovalIssues(check.tally, check.rationale, profile.vote));
  }
  return issues;
}

export type EvaluationCheck = { readonly partyOpinionRecorded: boolean };

export function evaluationIssues(check: EvaluationCheck, profile: RegulationProfile): FieldIssue[] {
  if (profile.partyOpinionRequiredBeforeEvaluation && !check.partyOpinionRecorded) {
    // Art. 11 with Art. 4: the Party committee's opinion before evaluating the results.
    return [{ path: "partyOpinion", code: "PARTY_OPINION_REQUIRED", message: "The Party committee's opinion is required first" }];
  }
  return [];
}
