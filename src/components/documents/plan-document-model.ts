/**
 * The plan as an official document (thể thức of Nghị định 30/2020/NĐ-CP): a plain data model built
 * by one pure function from the plan and its surroundings. The printable HTML page and the PDF both
 * render this model, so they cannot drift apart, and tests read the text here (the PDF holds glyph
 * ids, not text).
 */
import type { PlanDraft } from "@/domain/plan";
import {
  formatDay,
  formatInteger,
  officialHeader,
  type DocumentBlock,
  type DocumentLanguage,
  type OfficialHeader,
  type Recipients,
  type SignatureBlock,
} from "./official-document-model";
import { PLAN_SECTION_GROUPS, type PlanSection } from "./plan-sections";
import { parseMoney } from "@/domain/money";

export {
  officialDayMonth,
  placeOfUnit,
  type DocumentBlock,
  type DocumentLanguage,
  type DocumentTable,
  type Translate,
} from "./official-document-model";

/** Everything the document shows, already loaded and scoped by the server. */
export type PlanDocumentSource = {
  code: string;
  plan: PlanDraft;
  /** The submitted revision printed, or null for the working draft. */
  revision: number | null;
  /** Vietnamese local date (YYYY-MM-DD) the revision was submitted; null leaves the date blank. */
  dateOn: string | null;
  /** Year for a blank date line ("ngày … tháng … năm 2026"). */
  year: number;
  /** Địa danh: where the unit sits (the province's name, or Hà Nội for central bodies). */
  place: string;
  unitName: string;
  superiorUnitName: string | null;
  decidingUnitName: string;
  author: { fullName: string; title: string | null };
  coAuthorNames: readonly string[];
};

export type DocumentSection = { number: string; heading: string; blocks: readonly DocumentBlock[] };
export type DocumentGroup = { number: string; heading: string; sections: readonly DocumentSection[] };

export type PlanDocumentModel = {
  lang: string;
  header: OfficialHeader;
  title: string;
  basis: string;
  subject: string;
  /** "Mã đề xuất: …", "Lần trình: 2" (or the draft notice). */
  reference: readonly string[];
  facts: readonly { label: string; value: string }[];
  groups: readonly DocumentGroup[];
  declaration: { heading: string; text: string; note: string | null };
  recipients: Recipients;
  /** The proposer signs by hand: the hint asks for it. */
  signature: SignatureBlock & { hint: string };
  info: { code: string; revision: number | null; title: string; author: string; fileName: string };
};

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];

/** "DX-2026-000123-lan-2.pdf" / "DX-2026-000123-ban-nhap.pdf": ASCII only, safe in a header. */
export function documentFileName(code: string, revision: number | null): string {
  const safe = code.replace(/[^A-Za-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "de-xuat";
  return `${safe}-${revision === null ? "ban-nhap" : `lan-${revision}`}.pdf`;
}

function present(v: string | undefined | null): v is string {
  return typeof v === "string" && v.trim().length > 0;
}

export function buildPlanDocumentModel(src: PlanDocumentSource, lang: DocumentLanguage): PlanDocumentModel {
  const { t, locale } = lang;
  const plan = src.plan;
  const empty = t("documents.plan.empty");
  const cell = (v: string | undefined) => (present(v) ? v.trim() : "—");
  const day = (v: string | undefined) => formatDay(locale, v) ?? empty;

  const textBlocks = (v: string | undefined): DocumentBlock[] => {
    const paragraphs = (v ?? "").split(/\r?\n/).map((p) => p.trim()).filter(Boolean);
    return paragraphs.length ? [{ kind: "paragraphs", paragraphs }] : [{ kind: "note", text: empty }];
  };

  const sectionBlocks = (s: PlanSection): DocumentBlock[] => {
    switch (s.kind) {
      case "text":
        return textBlocks(plan[s.key]);
      case "timeline": {
        const blocks: DocumentBlock[] = [
          { kind: "paragraphs", paragraphs: [t("documents.plan.timelineRange", { start: day(plan.startDate), end: day(plan.endDate) })] },
        ];
        const milestones = (plan.milestones ?? []).filter((m) => present(m.title) || present(m.date));
        if (milestones.length) {
          blocks.push({ kind: "list", items: milestones.map((m) => t("documents.plan.milestone", { date: day(m.date), title: cell(m.title) })) });
        }
        return blocks;
      }
      case "resources": {
        const budgetDigits = present(plan.budgetVnd) ? parseMoney(plan.budgetVnd) : null;
        const budget = budgetDigits !== null
          ? t("documents.plan.budget", { amount: formatInteger(locale, BigInt(budgetDigits)) })
          : empty;
        const people = present(plan.people) && /^\d+$/.test(plan.people.trim()) ? t("proposal.people", { count: Number(plan.people.trim()) }) : empty;
        return [
          {
            kind: "list",
            items: [
              `${t("proposal.sections.budget")}: ${budget}`,
              `${t("proposal.sections.people")}: ${people}`,
              `${t("proposal.sections.equipment")}: ${present(plan.equipment) ? plan.equipment.trim() : empty}`,
            ],
          },
        ];
      }
      case "kpis": {
        const rows = (plan.kpis ?? []).filter((k) => [k.name, k.unit, k.baseline, k.target, k.method].some(present));
        if (!rows.length) return [{ kind: "note", text: t("documents.plan.none") }];
        return [
          {
            kind: "table",
            table: {
              caption: t("proposal.sections.kpis"),
              columns: [
                { label: t("documents.official.index"), align: "center", weight: 0.5 },
                { label: t("proposal.kpi.name"), align: "left", weight: 3 },
                { label: t("proposal.kpi.unit"), align: "center", weight: 1.2 },
                { label: t("proposal.kpi.baseline"), align: "right", weight: 1.2 },
                { label: t("proposal.kpi.target"), align: "right", weight: 1.2 },
                { label: t("proposal.kpi.method"), align: "left", weight: 2.8 },
              ],
              rows: rows.map((k, i) => [String(i + 1), cell(k.name), cell(k.unit), cell(k.baseline), cell(k.target), cell(k.method)]),
            },
          },
        ];
      }
      case "risks": {
        const rows = (plan.risks ?? []).filter((r) => [r.description, r.likelihood, r.impact, r.mitigation].some(present));
        if (!rows.length) return [{ kind: "note", text: t("documents.plan.none") }];
        const level = (v: string | undefined) => (present(v) ? t(`proposal.level.${v}`) : "—");
        return [
          {
            kind: "table",
            table: {
              caption: t("proposal.sections.risks"),
              columns: [
                { label: t("documents.official.index"), align: "center", weight: 0.5 },
                { label: t("proposal.risk.description"), align: "left", weight: 3.3 },
                { label: t("proposal.risk.likelihood"), align: "center", weight: 1.2 },
                { label: t("proposal.risk.impact"), align: "center", weight: 1.2 },
                { label: t("proposal.risk.mitigation"), align: "left", weight: 3.3 },
              ],
              rows: rows.map((r, i) => [String(i + 1), cell(r.description), level(r.likelihood), level(r.impact), cell(r.mitigation)]),
            },
          },
        ];
      }
    }
  };

  const groups: DocumentGroup[] = PLAN_SECTION_GROUPS.map((g, gi) => ({
    number: ROMAN[gi] ?? String(gi + 1),
    heading: t(`documents.plan.groups.${g.key}`),
    sections: g.sections.map((s, si) => ({ number: String(si + 1), heading: t(`proposal.sections.${s.key}`), blocks: sectionBlocks(s) })),
  }));

  const title = present(plan.title) ? plan.title.trim() : t("documents.plan.untitled");
  const author = src.author.title ? `${src.author.fullName}, ${src.author.title}` : src.author.fullName;
  const facts = [
    { label: t("documents.plan.facts.proposer"), value: author },
    ...(src.coAuthorNames.length ? [{ label: t("documents.plan.facts.coAuthors"), value: src.coAuthorNames.join(", ") }] : []),
    { label: t("documents.plan.facts.unit"), value: src.unitName },
    { label: t("documents.plan.facts.decidingUnit"), value: src.decidingUnitName },
    { label: t("documents.plan.facts.field"), value: plan.field ? t(`fields.${plan.field}`) : empty },
    { label: t("documents.plan.facts.bottleneckKind"), value: plan.bottleneckKind ? t(`proposal.bottleneckKind.${plan.bottleneckKind}`) : empty },
  ];

  return {
    lang: locale,
    header: officialHeader(lang, {
      superiorUnitName: src.superiorUnitName,
      unitName: src.unitName,
      place: src.place,
      dateOn: src.dateOn,
      year: src.year,
    }),
    title: t("documents.plan.title"),
    basis: t("documents.plan.basis"),
    subject: title,
    reference: [
      t("documents.plan.code", { code: src.code }),
      src.revision === null ? t("documents.plan.draft") : t("documents.plan.revision", { number: src.revision }),
    ],
    facts,
    groups,
    declaration: {
      heading: t("documents.plan.declaration.heading"),
      text: t("documents.plan.declaration.text"),
      note: plan.declaration === true ? null : t("documents.plan.declaration.notConfirmed"),
    },
    recipients: {
      heading: t("documents.official.recipients"),
      lines: [t("documents.plan.recipients.deciding", { unit: src.decidingUnitName }), t("documents.plan.recipients.file", { code: src.code })],
    },
    signature: { role: t("documents.plan.signature.role"), hint: t("documents.plan.signature.hint"), name: src.author.fullName },
    info: { code: src.code, revision: src.revision, title, author: src.author.fullName, fileName: documentFileName(src.code, src.revision) },
  };
}
