/**
 * The regulation profile: every number the law sets (deadlines, vote thresholds)
 * lives here and only here (docs/domain.md: laws get amended, provinces add rules).
 * The server stores profiles as JSON and must run them through
 * `parseRegulationProfile` before use.
 */
import { z } from "zod";

import { type FieldIssue, issuesFromZod } from "./errors";

export const TIE_BREAKS = [
  /** khoản 1 Điều 8 NĐ 73/2023: on a tie the side the head voted with wins. */
  "HEAD_SIDE",
  /** A tie is not a majority: the motion fails. */
  "FAILS",
] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export type VoteRules = {
  /** Share of the eligible leadership that must vote in favour. */
  readonly passRatio: number;
  /** true: "more than" passRatio passes (khoản 1 Điều 8 "trên 50%"); false: "at least". */
  readonly strictlyGreater: boolean;
  /** Applies when strictlyGreater and exactly passRatio of the eligible members are in favour. */
  readonly tieBreak: TieBreak;
  /** khoản 1 Điều 8: a deputy who is the proposer (or a co-author) does not vote. */
  readonly excludeProposerDeputy: boolean;
  /** khoản 1 Điều 8: after a failed vote the head may still approve alone. */
  readonly headMayApproveAlone: boolean;
  /** khoản 1 Điều 8: the head answers personally for a sole approval, so the reasons are recorded. */
  readonly rationaleRequiredForSoleApproval: boolean;
};

export type RegulationProfile = {
  /** Stable identifier, e.g. "ND73-2023"; decisions record which profile applied. */
  readonly code: string;
  readonly name: string;
  /** Working days from receipt of the plan to the decision (khoản 1 Điều 8). */
  readonly decisionWorkingDays: number;
  /** Working days from finishing to the written result report (Art. 18). */
  readonly resultReportWorkingDays: number;
  /** Working days from the result report to the evaluation (Art. 18). */
  readonly evaluationWorkingDays: number;
  readonly vote: VoteRules;
  /** Art. 4: the Party committee at the same level gives its opinion before approval. */
  readonly partyOpinionRequiredBeforeDecision: boolean;
  /** Art. 4, Art. 18: and before the evaluation of results. */
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
  decisionWorkingDays: 7, // khoản 1 Điều 8
  resultReportWorkingDays: 5, // Art. 18
  evaluationWorkingDays: 7, // Art. 18
  vote: Object.freeze({
    passRatio: 0.5, // khoản 1 Điều 8: "trên 50% tổng số thành viên tập thể lãnh đạo"
    strictlyGreater: true,
    tieBreak: "HEAD_SIDE", // khoản 1 Điều 8
    excludeProposerDeputy: true, // khoản 1 Điều 8
    headMayApproveAlone: true, // khoản 1 Điều 8
    rationaleRequiredForSoleApproval: true, // khoản 1 Điều 8
  }),
  partyOpinionRequiredBeforeDecision: true, // Art. 4
  partyOpinionRequiredBeforeEvaluation: true, // Art. 4, Art. 18
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

/** The profile's shape alone (types and ranges); `regulationProfileSchema` adds the law's floors. */
export const profileShape = z.object({
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

/** One floor of the law a profile may tighten but never loosen (LEGAL.md). */
type Floor = {
  readonly path: string;
  /** The article it comes from, as the message cites it. */
  readonly article: string;
  readonly loosens: (p: z.output<typeof profileShape>) => boolean;
  readonly message: string;
};

/**
 * The floors of Decree 73. A province or a ministry may set shorter deadlines, a higher majority,
 * or more steps; a profile below any of these is refused, naming the article, so a unit can never
 * be governed by less than the law.
 */
export const PROFILE_FLOORS: readonly Floor[] = [
  {
    path: "decisionWorkingDays",
    article: "khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => p.decisionWorkingDays > DECREE_73_PROFILE.decisionWorkingDays,
    message: `the decision is due within ${DECREE_73_PROFILE.decisionWorkingDays} working days at most`,
  },
  {
    path: "resultReportWorkingDays",
    article: "Điều 18 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => p.resultReportWorkingDays > DECREE_73_PROFILE.resultReportWorkingDays,
    message: `the result report is due within ${DECREE_73_PROFILE.resultReportWorkingDays} working days at most`,
  },
  {
    path: "evaluationWorkingDays",
    article: "Điều 18 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => p.evaluationWorkingDays > DECREE_73_PROFILE.evaluationWorkingDays,
    message: `the evaluation is due within ${DECREE_73_PROFILE.evaluationWorkingDays} working days at most`,
  },
  {
    path: "partyOpinionRequiredBeforeDecision",
    article: "Điều 4 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => !p.partyOpinionRequiredBeforeDecision,
    message: "the Party committee's opinion is always asked before approval",
  },
  {
    path: "partyOpinionRequiredBeforeEvaluation",
    article: "Điều 4, Điều 18 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => !p.partyOpinionRequiredBeforeEvaluation,
    message: "the Party committee's opinion is always asked before the evaluation",
  },
  {
    path: "vote.excludeProposerDeputy",
    article: "khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => !p.vote.excludeProposerDeputy,
    message: "a deputy who is the proposer never votes on the plan",
  },
  {
    path: "vote.passRatio",
    article: "khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP",
    loosens: (p) =>
      p.vote.passRatio < DECREE_73_PROFILE.vote.passRatio ||
      (p.vote.passRatio === DECREE_73_PROFILE.vote.passRatio && !p.vote.strictlyGreater),
    message: "a plan passes with more than 50% of the collective in favour, at least",
  },
  {
    path: "vote.tieBreak",
    article: "khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => p.vote.tieBreak !== "HEAD_SIDE",
    message: "on a tie the side the head voted with wins",
  },
  {
    path: "vote.rationaleRequiredForSoleApproval",
    article: "khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP",
    loosens: (p) => p.vote.headMayApproveAlone && !p.vote.rationaleRequiredForSoleApproval,
    message: "a head who approves alone records the reasons and answers for them personally",
  },
];

/** The profile's shape and the law's floors: a profile may tighten the law, never loosen it. */
export const regulationProfileSchema = profileShape.superRefine((p, ctx) => {
  for (const floor of PROFILE_FLOORS) {
    if (floor.loosens(p)) {
      ctx.addIssue({
        code: "custom",
        path: floor.path.split("."),
        message: `${floor.article}: ${floor.message}; a profile may tighten the law, never loosen it`,
        params: { code: "PROFILE_LOOSENS_LAW", article: floor.article },
      });
    }
  }
});

export type ParseProfileResult =
  | { readonly ok: true; readonly profile: RegulationProfile }
  | { readonly ok: false; readonly issues: readonly FieldIssue[] };

/** Validates a profile read from storage (JSON); unknown keys are dropped. */
export function parseRegulationProfile(input: unknown): ParseProfileResult {
  const result = regulationProfileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  const issues = issuesFromZod(result.error).map((issue, i) => {
    const raw = result.error.issues[i];
    const code = raw.code === "custom" ? (raw.params as { code?: string } | undefined)?.code : undefined;
    return code ? { ...issue, code } : issue;
  });
  return { ok: false, issues };
}
