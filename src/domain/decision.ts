/**
 * Preconditions of the two collective decisions, checked before the `approve`, `reject` and
 * `returnForRevision` transitions and before `evaluate`. Each returns issues (empty = may
 * proceed); the server records the decision with its basis (VOTE or HEAD_ALONE) and the profile
 * code. `decisionChoices` tells the review form what the tally allows, from the same functions.
 *
 * The vote binds (khoản 1 Điều 8 NĐ 73/2023, LEGAL.md "Decision"): a plan the collective passed is
 * approved; "not approved" only follows a failed vote; after a failed vote the head may still
 * approve alone, with reasons of substance. Returning for revision needs no vote, but a plan the
 * collective passed is not sent back. A vote and a Party opinion count only for the revision they
 * were given on: the caller passes the tally and the opinion of the revision being decided.
 */
import { compareDays, type IsoDay } from "./calendar";
import type { FieldIssue } from "./errors";
import type { RegulationProfile } from "./regulation";
import { soleApprovalAllowed, soleApprovalIssues, type VoteTally } from "./vote";

export const APPROVAL_BASES = [
  /** khoản 1 Điều 8: the collective voted in favour. */
  "VOTE",
  /** khoản 1 Điều 8: the vote failed and the head approved alone, with recorded reasons. */
  "HEAD_ALONE",
] as const;
export type ApprovalBasis = (typeof APPROVAL_BASES)[number];

/** [product] An approval over a condition recorded as not met says why, in a few sentences. */
export const CONDITION_OVERRIDE_MIN_CHARS = 50;

export type ApprovalCheck = {
  readonly basis: ApprovalBasis;
  /** The collective's closed vote on the revision being decided; null when none was held. */
  readonly tally: VoteTally | null;
  /** The Party committee answered on the revision being decided. */
  readonly partyOpinionRecorded: boolean;
  readonly rationale?: string | null;
  /** Conditions (Art. 4, 5.1) a reviewer recorded as NOT_MET on this revision. */
  readonly conditionsNotMet?: readonly string[];
  /** Why the head approves over them. */
  readonly overrideReason?: string | null;
};

const length = (s: string | null | undefined) => [...(s ?? "").trim()].length;

export function approvalIssues(check: ApprovalCheck, profile: RegulationProfile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (profile.partyOpinionRequiredBeforeDecision && !check.partyOpinionRecorded) {
    // Art. 4: the Party committee at the same level is asked before approval, on this revision.
    issues.push({ path: "partyOpinion", code: "PARTY_OPINION_REQUIRED", message: "The Party committee's opinion is required first" });
  }
  if (check.tally === null) {
    // khoản 1 Điều 8: even a sole approval follows a vote of the collective that failed.
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
  issues.push(...conditionIssues(check.conditionsNotMet ?? [], check.overrideReason));
  return issues;
}

/**
 * Art. 4, 5.1: while a reviewer records a condition as not met, an approval must state why it is
 * overridden (the head answers for it); a reason too short to say anything is refused.
 */
export function conditionIssues(conditionsNotMet: readonly string[], overrideReason: string | null | undefined): FieldIssue[] {
  if (conditionsNotMet.length === 0) return [];
  if (length(overrideReason) === 0) {
    return [{ path: "overrideReason", code: "CONDITION_NOT_MET", message: `Conditions recorded as not met: ${conditionsNotMet.join(", ")}` }];
  }
  if (length(overrideReason) < CONDITION_OVERRIDE_MIN_CHARS) {
    return [{ path: "overrideReason", code: "OVERRIDE_TOO_SHORT", message: `The reason needs at least ${CONDITION_OVERRIDE_MIN_CHARS} characters` }];
  }
  return [];
}

/** khoản 1 Điều 8: "not approved" only after the collective met on this revision and the vote failed. */
export function rejectionIssues(tally: VoteTally | null): FieldIssue[] {
  if (tally === null) return [{ path: "vote", code: "VOTE_REQUIRED", message: "The leadership collective has not voted" }];
  if (tally.passed) return [{ path: "vote", code: "VOTE_BINDS", message: "The collective passed the plan: the decision approves it" }];
  return [];
}

/** [product] A plan may be returned without a vote, but not one the collective has passed. */
export function returnIssues(tally: VoteTally | null): FieldIssue[] {
  if (tally?.passed) return [{ path: "vote", code: "VOTE_BINDS", message: "The collective passed the plan: the decision approves it" }];
  return [];
}

export type DecisionChoice = "PILOT" | "IMPLEMENT" | "NOT_APPROVED" | "RETURNED";

export type DecisionChoices = {
  /** What the form offers, in order; `open: false` shows the option disabled with its reasons. */
  readonly options: readonly { readonly kind: DecisionChoice; readonly open: boolean; readonly missing: readonly string[] }[];
  /** The basis an approval would have now: by vote, by the head alone, or none yet. */
  readonly approvalBasis: ApprovalBasis | null;
};

/**
 * What the head may decide now, from the tally and the Party opinion of the revision under review
 * (the same rules the server applies): a passed vote offers only approval; a failed vote offers
 * "not approved", the head's sole approval and a return; before any vote, only a return is open
 * and approval shows what is missing.
 */
export function decisionChoices(
  ctx: { readonly tally: VoteTally | null; readonly partyOpinionRecorded: boolean; readonly canDecide: boolean; readonly canReturn: boolean },
  profile: RegulationProfile,
): DecisionChoices {
  const headAlone = ctx.tally !== null && !ctx.tally.passed && soleApprovalAllowed(ctx.tally, profile.vote);
  const basis: ApprovalBasis | null = ctx.tally?.passed ? "VOTE" : headAlone ? "HEAD_ALONE" : null;
  // What stands before an approval on this revision (reasons and overrides are typed in the form).
  const approvalMissing: string[] = [];
  if (profile.partyOpinionRequiredBeforeDecision && !ctx.partyOpinionRecorded) approvalMissing.push("PARTY_OPINION_REQUIRED");
  if (ctx.tally === null) approvalMissing.push("VOTE_REQUIRED");
  else if (basis === null) approvalMissing.push("SOLE_APPROVAL_NOT_ALLOWED");
  const options: { kind: DecisionChoice; open: boolean; missing: string[] }[] = [];
  if (ctx.canDecide) {
    for (const kind of ["PILOT", "IMPLEMENT"] as const) options.push({ kind, open: approvalMissing.length === 0, missing: approvalMissing });
    const rejection = rejectionIssues(ctx.tally).map((i) => i.code ?? i.message);
    if (!ctx.tally?.passed) options.push({ kind: "NOT_APPROVED", open: rejection.length === 0, missing: rejection });
  }
  if (ctx.canReturn && returnIssues(ctx.tally).length === 0) options.push({ kind: "RETURNED", open: true, missing: [] });
  return { options, approvalBasis: basis };
}

/**
 * [product, LEGAL.md] A meeting is held on or after the day the plan (this revision) was received
 * and not in the future; Vietnamese dates (Asia/Ho_Chi_Minh).
 */
export function meetingDateIssues(heldOn: IsoDay, receivedOn: IsoDay, today: IsoDay): FieldIssue[] {
  if (compareDays(heldOn, today) > 0) return [{ path: "heldOn", code: "DATE_IN_FUTURE", message: "The meeting cannot be dated in the future" }];
  if (compareDays(heldOn, receivedOn) < 0) return [{ path: "heldOn", code: "MEETING_BEFORE_RECEIPT", message: `The plan was received on ${receivedOn}` }];
  return [];
}

/** [product, LEGAL.md] A decision is signed on or after its meeting and not in the future. */
export function signingDateIssues(signedOn: IsoDay, meetingOn: IsoDay | null, today: IsoDay): FieldIssue[] {
  if (compareDays(signedOn, today) > 0) return [{ path: "signedOn", code: "DATE_IN_FUTURE", message: "The decision cannot be signed in the future" }];
  if (meetingOn !== null && compareDays(signedOn, meetingOn) < 0) {
    return [{ path: "signedOn", code: "SIGNED_BEFORE_MEETING", message: `The meeting was held on ${meetingOn}` }];
  }
  return [];
}

export type EvaluationCheck = { readonly partyOpinionRecorded: boolean };

export function evaluationIssues(check: EvaluationCheck, profile: RegulationProfile): FieldIssue[] {
  if (profile.partyOpinionRequiredBeforeEvaluation && !check.partyOpinionRecorded) {
    // Art. 18 with Art. 4: the Party committee's opinion before evaluating the results.
    return [{ path: "partyOpinion", code: "PARTY_OPINION_REQUIRED", message: "The Party committee's opinion is required first" }];
  }
  return [];
}
