/**
 * The law's floors (docs/domain.md "What a regulation profile may change"): a province's or a
 * ministry's profile may tighten Decree 73, never loosen it. Kept apart from the profile's shape
 * (regulation.ts `regulationProfileSchema`) so the two checks can be read, and later folded, side
 * by side. Each issue's message names the article it protects.
 */
import { z } from "zod";
import type { FieldIssue } from "./errors";
import { DECREE_73_PROFILE, type RegulationProfile } from "./regulation";

export const LOOSENS_LAW = "LOOSENS_LAW";

/** The Decree's own numbers are the floors: a profile's deadline may be shorter, never longer. */
export const LAW_FLOORS = {
  decisionWorkingDays: DECREE_73_PROFILE.decisionWorkingDays,
  resultReportWorkingDays: DECREE_73_PROFILE.resultReportWorkingDays,
  evaluationWorkingDays: DECREE_73_PROFILE.evaluationWorkingDays,
} as const;

export function lawFloorViolations(profile: RegulationProfile): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const issue = (path: string, message: string) => issues.push({ path, code: LOOSENS_LAW, message });
  // khoản 1 Điều 8: decision within 7 working days.
  if (profile.decisionWorkingDays > LAW_FLOORS.decisionWorkingDays) issue("decisionWorkingDays", "floorDecisionDays");
  // Điều 18: result report within 5, evaluation within 7 working days.
  if (profile.resultReportWorkingDays > LAW_FLOORS.resultReportWorkingDays) issue("resultReportWorkingDays", "floorResultReportDays");
  if (profile.evaluationWorkingDays > LAW_FLOORS.evaluationWorkingDays) issue("evaluationWorkingDays", "floorEvaluationDays");
  // Điều 4: the Party committee's opinion before approval and before evaluation.
  if (!profile.partyOpinionRequiredBeforeDecision) issue("partyOpinionRequiredBeforeDecision", "floorPartyOpinion");
  if (!profile.partyOpinionRequiredBeforeEvaluation) issue("partyOpinionRequiredBeforeEvaluation", "floorPartyOpinion");
  // khoản 1 Điều 8: more than 50 %, a tie to the head's side, the proposer-deputy excluded.
  const v = profile.vote;
  if (v.passRatio < 0.5 || (v.passRatio === 0.5 && !v.strictlyGreater)) issue("vote.passRatio", "floorVoteMajority");
  if (v.tieBreak !== "HEAD_SIDE") issue("vote.tieBreak", "floorTieBreak");
  if (!v.excludeProposerDeputy) issue("vote.excludeProposerDeputy", "floorProposerDeputy");
  return issues;
}

/** The numbers an administrator edits on /admin/regulation (the vote rules stay as the Decree sets them). */
export const EDITABLE_PROFILE_FIELDS = [
  "decisionWorkingDays",
  "resultReportWorkingDays",
  "evaluationWorkingDays",
  "progressReportEveryDays",
  "escalationGraceWorkingDays",
  "reminderBeforeWorkingDays",
] as const;
export type EditableProfileField = (typeof EDITABLE_PROFILE_FIELDS)[number];

const days = z.number({ message: "integer" }).int({ message: "integer" });
export const editRegulationInput = z.object({
  version: z.number().int().min(0),
  decisionWorkingDays: days,
  resultReportWorkingDays: days,
  evaluationWorkingDays: days,
  progressReportEveryDays: days,
  escalationGraceWorkingDays: days,
  reminderBeforeWorkingDays: days,
});
