/**
 * Namespaced actions checked by `permissions.can`. Kept apart from the permission
 * table so that `workflow.ts` can name the action each transition needs without
 * depending on the table itself.
 */
export const ACTIONS = [
  "proposal.create",
  "proposal.read",
  "proposal.update",
  "proposal.submit",
  "proposal.withdraw",
  "coauthor.approve",
  "proposal.delete",
  "proposal.review",
  "proposal.return",
  "proposal.decide",
  "proposal.close",
  "party.opine",
  "meeting.record",
  "vote.cast",
  "pilot.read",
  "pilot.start",
  "pilot.report",
  "pilot.monitor",
  "pilot.direct",
  "pilot.finish",
  "pilot.respond",
  "pilot.acknowledge",
  "result.report",
  "evaluation.decide",
  "recognition.record",
  "replication.record",
  "model.publish",
  "model.adopt",
  "institutionalisation.recommend",
  "institutionalisation.update",
  "profile.read",
  "report.read",
  "report.export",
  "audit.read",
  "audit.verify",
  "unit.manage",
  "user.manage",
  "holiday.manage",
  "regulation.manage",
] as const;

export type Action = (typeof ACTIONS)[number];

export function isAction(value: unknown): value is Action {
  return typeof value === "string" && (ACTIONS as readonly string[]).includes(value);
}
