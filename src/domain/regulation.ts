/**
 * The regulation profile: every number the law sets (deadlines, vote thresholds)
 * lives here and only here (LEGAL.md: laws get amended, provinces add rules).
 * The server stores profiles as JSON and must run them through
 * `parseRegulationProfile` before use.
 */
import { z } from "zod";

import { type FieldIssue, issuesFromZod } from "./errors";

export const TIE_BREAKS = [
  /** Art. 8.2 NĐ 73/2023: on a tie the side the head voted with wins. */
  "HEAD_SIDE",
  /** A tie is not a majority: the motion fails. */
  "FAILS",
] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export type VoteRules = {
  /** Share of the eligible leadership that must vote in favour. */
  readonly passRatio: number;
  /** true: "more than" passRatio passes (Art. 8.2 "trên 50%"); false: "at least". */
  readonly strictlyGreater: boolean;
  /** Applies when strictlyGreater and exactly passRatio of the eligible members are in favour. */
  readonly tieBreak: TieBreak;
  /** Art. 8.2: a deputy who is the proposer (or a co-author) does not vote. */
  readonly excludeProposerDeputy: boolean;
  /** Art. 8.3: after a failed vote the head may still approve alone. */
  readonly headMayApproveAlone: boolean;
  /** Art. 8.3: the head answers personally for a sole approval, so the reasons are recorded. */
  readonly rationaleRequiredForSoleApproval: boolean;
};

export type RegulationProfile = {
  /** Stable identifier, e.g. "ND73-2023"; decisions record which profile applied. */
  readonly code: string;
  readonly name: string;
  /** Working days from receipt of the plan to the decision (Art. 8.1). */
  readonly decisionWorkingDays: number;
  /** Working days from finishing to the written result report (Art. 11). */
  readonly resultReportWorkingDays: number;
  /** Working days from the result report to the evaluation (Art. 11). */
  readonly evaluationWorkingDays: number;
  readonly vote: VoteRules;
  /** Art. 4: the Party committee at the same level gives its opinion before approval. */
  readonly partyOpinionRequiredBeforeDecision: boolean;
  /** Art. 11: and before the evaluation of results. */
  readonly partyOpinionRequiredBeforeEvaluation: boolean;
  /** [product] Calendar days between progress reports during execution (KL 14 §2.4). */
  readonly progressReportEveryDays: number;
  /** [product] Working days an overdue step waits before escalation to the superior unit (Art. 6). */
  readonly escalationGraceWorkingDays: number;
  /** [product] Working days before a due date when the responsible person is reminded. */
  readonly reminderBeforeWorkingDays: number;
  /**
   * [product] Working days the proposer has to acknowledge a directive of the unit; past that the
   * silence is flagged (ignoring a directive is a prohibited act, Art. 6).
   */
  readonly directiveAckWorkingDays: number;
};

/** Nghị định 73/2023/NĐ-CP (29/9/2023), with the product's defaults where it is silent. */
export const DECREE_73_PROFILE: RegulationProfile = Object.freeze({
  code: "ND73-2023",
  name: "Nghị định 73/2023/NĐ-CP",
  decisionWorkingDays: 7, // Art. 8.1
  resultReportWorkingDays: 5, // Art. 11
  evaluationWorkingDays: 7, // Art. 11
  vote: Object.freeze({
    passRatio: 0.5, // Art. 8.2: "trên 50% tổng số thành viên tập thể lãnh đạo"
    strictlyGreater: true,
    tieBreak: "HEAD_SIDE", // Art. 8.2
    excludeProposerDeputy: true, // Art. 8.2
    headMayApproveAlone: true, // Art. 8.3
    rationaleRequiredForSoleApproval: true, // Art. 8.3
  }),
  partyOpinionRequiredBeforeDecision: true, // Art. 4
  partyOpinionRequiredBeforeEvaluation: true, // Art. 11
  progressReportEveryDays: 30, // [product] monthly
  escalationGraceWorkingDays: 2, // [product]
  reminderBeforeWorkingDays: 2, // [product]
  directiveAckWorkingDays: 2, // [product], Art. 6
});

const workingDays = z.number().int().min(1).max(365);
const nonNegativeWorkingDays = z.number().int().min(0).max(365);

export const voteRulesSchema = z.object({
  passRatio: z.number().gt(0).lt(1),
  strictlyGreater: z.boolean(),
  tieBreak: z.enum(TIE_BREAKS),
  excludeProposerDeputy: z.boolean(),
  headMayApproveAlone: z.boolean(),
  rationaleRequiredForSoleApproval: z.boolean(),
});

export const regulationProfileSchema = z.object({
  code: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(300),
  decisionWorkingDays: workingDays,
  resultReportWorkingDays: workingDays,
  evaluationWorkingDays: workingDays,
  vote: voteRulesSchema,
  partyOpinionRequiredBeforeDecision: z.boolean(),
  partyOpinionRequiredBeforeEvaluation: z.boolean(),
  progressReportEveryDays: z.number().int().min(1).max(366),
  escalationGraceWorkingDays: nonNegativeWorkingDays,
  reminderBeforeWorkingDays: nonNegativeWorkingDays,
  // Profiles stored before the execution stage existed have no such key: the product default.
  directiveAckWorkingDays: workingDays.default(DECREE_73_PROFILE.directiveAckWorkingDays),
});

export type ParseProfileResult =
  | { readonly ok: true; readonly profile: RegulationProfile }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Validates a profile read from storage (JSON); unknown keys are dropped. */
export function parseRegulationProfile(input: unknown): ParseProfileResult {
  const result = regulationProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  return { ok: false, issues: issuesFromZod(result.error) };
}
