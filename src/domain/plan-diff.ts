/**
 * Field-by-field comparison of two revisions of a plan: what the proposer changed after a return
 * (the reviewers' first question). Pure; the UI highlights words inside changed text fields.
 */
import type { PlanDraft } from "./plan";

export const TEXT_FIELDS = [
  "title",
  "field",
  "bottleneckKind",
  "bottleneck",
  "necessity",
  "purpose",
  "content",
  "scope",
  "executors",
  "startDate",
  "endDate",
  "budgetVnd",
  "people",
  "equipment",
  "feasibility",
  "impactPositive",
  "impactNegative",
  "effectiveness",
] as const;
export const ROW_FIELDS = ["milestones", "kpis", "risks", "coAuthorIds"] as const;

export type FieldChange =
  | { kind: "text"; field: (typeof TEXT_FIELDS)[number]; before: string; after: string; changed: boolean }
  | { kind: "rows"; field: (typeof ROW_FIELDS)[number]; before: string[]; after: string[]; changed: boolean };

/** One line of text per row, so rows compare (and display) as lines. */
function rowsOf(plan: PlanDraft, field: (typeof ROW_FIELDS)[number]): string[] {
  switch (field) {
    case "milestones":
      return (plan.milestones ?? []).map((m) => `${m.date ?? ""} — ${m.title ?? ""}`);
    case "kpis":
      return (plan.kpis ?? []).map((k) => `${k.name ?? ""} (${k.unit ?? ""}): ${k.baseline ?? ""} → ${k.target ?? ""}; ${k.method ?? ""}`);
    case "risks":
      return (plan.risks ?? []).map((r) => `${r.description ?? ""} [${r.likelihood ?? ""}/${r.impact ?? ""}]: ${r.mitigation ?? ""}`);
    case "coAuthorIds":
      return [...(plan.coAuthorIds ?? [])].sort();
  }
}

export function comparePlans(before: PlanDraft, after: PlanDraft): FieldChange[] {
  const text: FieldChange[] = TEXT_FIELDS.map((field) => {
    const b = String(before[field] ?? "");
    const a = String(after[field] ?? "");
    return { kind: "text", field, before: b, after: a, changed: b !== a };
  });
  const rows: FieldChange[] = ROW_FIELDS.map((field) => {
    const b = rowsOf(before, field);
    const a = rowsOf(after, field);
    return { kind: "rows", field, before: b, after: a, changed: JSON.stringify(b) !== JSON.stringify(a) };
  });
  return [...text, ...rows];
}
