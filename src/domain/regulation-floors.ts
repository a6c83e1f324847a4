/**
 * The law's floors (docs/domain.md "What a regulation profile may change"): a province's or a
 * ministry's profile may tighten Decree 73, never loosen it. Kept apart from the profile's shape
 * (regulation.ts `regulationProfileSchema`) so the two checks can be read, and later folded, side
 * by side. Each issue's message names the article it protects.
 */
import { z } from "zod";
import type { FieldIssue } from "./errors";
import { DECREE_73_PROFILE, PROFILE_FLOORS, type RegulationProfile } from "./regulation";

export const LOOSENS_LAW = "LOOSENS_LAW";

/** The Decree's own deadlines, the longest a profile may set (shown beside the form's fields). */
export const LAW_FLOORS = {
  decisionWorkingDays: DECREE_73_PROFILE.decisionWorkingDays,
  resultReportWorkingDays: DECREE_73_PROFILE.resultReportWorkingDays,
  evaluationWorkingDays: DECREE_73_PROFILE.evaluationWorkingDays,
} as const;

/** The message key (messages/*.json "errors.<key>") for each floor of `PROFILE_FLOORS`. */
const FLOOR_MESSAGES: Readonly<Record<string, string>> = {
  decisionWorkingDays: "floorDecisionDays",
  resultReportWorkingDays: "floorResultReportDays",
  evaluationWorkingDays: "floorEvaluationDays",
  partyOpinionRequiredBeforeDecision: "floorPartyOpinion",
  partyOpinionRequiredBeforeEvaluation: "floorPartyOpinion",
  "vote.passRatio": "floorVoteMajority",
  "vote.tieBreak": "floorTieBreak",
  "vote.excludeProposerDeputy": "floorProposerDeputy",
  "vote.rationaleRequiredForSoleApproval": "floorSoleRationale",
};

/**
 * The floors a profile loosens, as form issues. The floors themselves are ONE table,
 * `PROFILE_FLOORS` in regulation.ts (which `regulationProfileSchema` also enforces); this only
 * names each one's message for the administrator's form.
 */
export function lawFloorViolations(profile: RegulationProfile): FieldIssue[] {
  return PROFILE_FLOORS.filter((f) => f.loosens(profile)).map((f) => ({ path: f.path, code: LOOSENS_LAW, message: FLOOR_MESSAGES[f.path] ?? "floorGeneric" }));
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
