/**
 * The plan as a PDF, built on the server from the same model as the printable page (no browser):
 * A4, margins and type sizes of Nghị định 30/2020/NĐ-CP, DejaVu Serif embedded (official-pdf.ts).
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { PlanDocumentModel } from "@/components/documents/plan-document-model";
import {
  CONTENT_WIDTH,
  INDENT,
  officialPdfDefinition,
  pdfBlock,
  pdfHeader,
  pdfSignOff,
  renderOfficialPdf,
  rule,
  SIZE,
  type Margin,
} from "./official-pdf";

/** The pdfmake definition: pure, so tests can read every string the PDF will show. */
export function planPdfDefinition(m: PlanDocumentModel): TDocumentDefinitions {
  const heading: Content[] = [
    { text: m.title, bold: true, fontSize: SIZE.title, alignment: "center", margin: [0, 24, 0, 2] },
    { text: m.subject, bold: true, alignment: "center" },
    rule(CONTENT_WIDTH, CONTENT_WIDTH / 4, [0, 5, 0, 6]),
    { text: m.basis, italics: true, fontSize: SIZE.small, alignment: "center" },
    { text: m.reference.join("     "), italics: true, alignment: "center", margin: [0, 2, 0, 12] },
    ...m.facts.map((f): Content => ({ text: [{ text: `${f.label}: `, bold: true }, f.value], margin: [0, 0, 0, 2] })),
  ];

  const body: Content[] = m.groups.flatMap((g): Content[] => [
    { text: `${g.number}. ${g.heading}`, bold: true, margin: [0, 12, 0, 4], headlineLevel: 1 },
    ...g.sections.flatMap((s): Content[] => [
      { text: `${s.number}. ${s.heading}`, bold: true, margin: [0, 4, 0, 3], headlineLevel: 2 },
      ...s.blocks.flatMap(pdfBlock),
    ]),
  ]);

  // The declaration and the signature stay on one page: a signature never stands alone.
  const closing: Content = {
    stack: [
      { text: m.declaration.heading, bold: true, margin: [0, 12, 0, 4] },
      { text: m.declaration.text, alignment: "justify", leadingIndent: INDENT },
      ...(m.declaration.note ? [{ text: m.declaration.note, italics: true, leadingIndent: INDENT, margin: [0, 2, 0, 0] as Margin }] : []),
      pdfSignOff(m.recipients, m.signature),
    ],
    unbreakable: true,
  };

  return officialPdfDefinition({
    lang: m.lang,
    info: { title: `${m.info.code} – ${m.info.title}`, author: m.info.author, subject: m.title, keywords: m.info.code },
    content: [pdfHeader(m.header), ...heading, ...body, closing],
  });
}

export async function renderPlanPdf(m: PlanDocumentModel): Promise<Buffer> {
  return renderOfficialPdf(planPdfDefinition(m));
}
