/** The plan form's steps and which plan fields each holds (paths match planSchema). */
export const STEPS = [
  { key: "general", fields: ["title", "field", "bottleneckKind", "bottleneck"] },
  { key: "necessity", fields: ["necessity", "purpose"] },
  { key: "content", fields: ["content", "scope", "executors"] },
  { key: "resources", fields: ["startDate", "endDate", "milestones", "budgetVnd", "people", "equipment"] },
  { key: "assessment", fields: ["feasibility", "impactPositive", "impactNegative", "effectiveness"] },
  { key: "targets", fields: ["kpis", "risks"] },
  { key: "review", fields: ["coAuthorIds", "declaration"] },
] as const;

export type StepKey = (typeof STEPS)[number]["key"];

/** Index of the step that holds a field path such as "kpis.0.name". */
export function stepOfPath(path: string): number {
  const head = path.split(".")[0];
  const i = STEPS.findIndex((s) => (s.fields as readonly string[]).includes(head));
  return i < 0 ? 0 : i;
}

export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;
