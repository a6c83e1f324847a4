/**
 * The sections of the written plan in the order of Art. 7.2 NĐ 73/2023, grouped by the three
 * points of that article, then what the product adds (KPIs, risks). ONE list for every rendering of
 * a plan (the printable page, the PDF, and the on-screen PlanDocument can switch to it): a section
 * added here appears everywhere. Headings are message keys `proposal.sections.<key>`; group
 * headings are `documents.plan.groups.<group>`.
 */
export type PlanSectionKind =
  /** Free text typed by the proposer (the plan field of the same name). */
  | "text"
  /** startDate–endDate and the milestones. */
  | "timeline"
  /** Budget, people, equipment. */
  | "resources"
  | "kpis"
  | "risks";

export type PlanTextField =
  | "bottleneck"
  | "necessity"
  | "purpose"
  | "content"
  | "scope"
  | "executors"
  | "feasibility"
  | "impactPositive"
  | "impactNegative"
  | "effectiveness";

export type PlanSection =
  | { key: PlanTextField; kind: "text" }
  | { key: "timeline"; kind: "timeline" }
  | { key: "resources"; kind: "resources" }
  | { key: "kpis"; kind: "kpis" }
  | { key: "risks"; kind: "risks" };

export type PlanSectionGroup = {
  key: "need" | "implementation" | "impact" | "measures";
  sections: readonly PlanSection[];
};

const text = (key: PlanTextField): PlanSection => ({ key, kind: "text" });

export const PLAN_SECTION_GROUPS: readonly PlanSectionGroup[] = [
  // Art. 7.2(a): necessity, purpose, requirements — naming the bottleneck.
  { key: "need", sections: [text("bottleneck"), text("necessity"), text("purpose")] },
  // Art. 7.2(b): content, tasks, solutions; scope; who; timeline; resources; feasibility.
  {
    key: "implementation",
    sections: [
      text("content"),
      text("scope"),
      text("executors"),
      { key: "timeline", kind: "timeline" },
      { key: "resources", kind: "resources" },
      text("feasibility"),
    ],
  },
  // Art. 7.2(c): positive and negative impact; expected effectiveness.
  { key: "impact", sections: [text("impactPositive"), text("impactNegative"), text("effectiveness")] },
  // [product] measurable targets and risks.
  { key: "measures", sections: [{ key: "kpis", kind: "kpis" }, { key: "risks", kind: "risks" }] },
];

/** The same sections without the grouping, in order (for a flat, numbered 1…n rendering). */
export const PLAN_SECTIONS: readonly PlanSection[] = PLAN_SECTION_GROUPS.flatMap((g) => g.sections);
