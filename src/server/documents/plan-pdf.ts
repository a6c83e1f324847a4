/**
 * The plan as a PDF, built on the server from the same model as the printable page (no browser):
 * A4, margins and type sizes of Nghị định 30/2020/NĐ-CP, DejaVu Serif embedded.
 */
import * as pdfMakeModule from "pdfmake";
import type { Content, CustomTableLayout, TDocumentDefinitions } from "pdfmake/interfaces";
import type { DocumentBlock, DocumentTable, PlanDocumentModel } from "@/components/documents/plan-document-model";
import { DOCUMENT_FONT, documentFontFiles } from "./fonts";

// pdfmake's CommonJS entry exports an instance whose methods live on its prototype: use the
// module object itself, not a namespace copy of its own properties.
const pdfMake = (pdfMakeModule as unknown as { default?: typeof pdfMakeModule }).default ?? pdfMakeModule;

const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
/** Decree 30, Annex I: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
const MARGIN = { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const HEADER_LEFT_WIDTH = 0.42 * CONTENT_WIDTH;
const HEADER_GAP = 8;
const INDENT = 10 * MM;
const SIZE = { body: 12.5, header: 12, motto: 12.5, title: 14, table: 11, small: 11 };

/** A centred horizontal rule `length` long inside a box `width` wide. */
function rule(width: number, length: number, margin: [number, number, number, number] = [0, 2, 0, 0]): Content {
  const x1 = (width - length) / 2;
  return { canvas: [{ type: "line", x1, y1: 0, x2: x1 + length, y2: 0, lineWidth: 0.7 }], margin };
}

/** Text with a rule exactly as long as the text below it (the motto, Decree 30). */
function underlinedCentred(text: string, style: { bold?: boolean; fontSize: number }): Content {
  const layout: CustomTableLayout = {
    hLineWidth: (i, node) => (i === node.table.body.length ? 0.7 : 0),
    vLineWidth: () => 0,
    paddingLeft: () => 0,
    paddingRight: () => 0,
    paddingTop: () => 0,
    paddingBottom: () => 1,
  };
  return {
    columns: [
      { width: "*", text: "" },
      { width: "auto", table: { body: [[{ text, ...style }]] }, layout },
      { width: "*", text: "" },
    ],
  };
}

const tableLayout: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

function table(t: DocumentTable): Content {
  const total = t.columns.reduce((s, c) => s + c.weight, 0);
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: t.columns.map((c) => `${((c.weight / total) * 100).toFixed(2)}%`),
      body: [
        t.columns.map((c) => ({ text: c.label, bold: true, alignment: "center" as const })),
        ...t.rows.map((row) => row.map((v, i) => ({ text: v, alignment: t.columns[i]?.align ?? "left" }))),
      ],
    },
    layout: tableLayout,
    fontSize: SIZE.table,
    margin: [0, 2, 0, 6],
  };
}

function block(b: DocumentBlock): Content[] {
  switch (b.kind) {
    case "paragraphs":
      return b.paragraphs.map((p) => ({ text: p, alignment: "justify" as const, leadingIndent: INDENT, margin: [0, 0, 0, 4] as [number, number, number, number] }));
    case "list":
      return b.items.map((item) => ({ text: `- ${item}`, alignment: "justify" as const, leadingIndent: INDENT, margin: [0, 0, 0, 3] as [number, number, number, number] }));
    case "note":
      return [{ text: b.text, italics: true, leadingIndent: INDENT, margin: [0, 0, 0, 4] }];
    case "table":
      return [table(b.table)];
  }
}

/** The pdfmake definition: pure, so tests can read every string the PDF will show. */
export function planPdfDefinition(m: PlanDocumentModel): TDocumentDefinitions {
  const headerRight = CONTENT_WIDTH - HEADER_LEFT_WIDTH - HEADER_GAP;
  const header: Content = {
    columns: [
      {
        width: HEADER_LEFT_WIDTH,
        stack: [
          ...(m.header.superiorUnit ? [{ text: m.header.superiorUnit, fontSize: SIZE.header, alignment: "center" as const }] : []),
          { text: m.header.unit, bold: true, fontSize: SIZE.header, alignment: "center" },
          rule(HEADER_LEFT_WIDTH, HEADER_LEFT_WIDTH / 3),
        ],
      },
      {
        width: headerRight,
        stack: [
          { text: m.header.nation, bold: true, fontSize: SIZE.header, alignment: "center" },
          underlinedCentred(m.header.motto, { bold: true, fontSize: SIZE.motto }),
          { text: m.header.placeDate, italics: true, alignment: "center", margin: [0, 10, 0, 0] },
        ],
      },
    ],
    columnGap: HEADER_GAP,
  };

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
      ...s.blocks.flatMap(block),
    ]),
  ]);

  // The declaration and the signature stay on one page: a signature never stands alone.
  const closing: Content = {
    stack: [
      { text: m.declaration.heading, bold: true, margin: [0, 12, 0, 4] },
      { text: m.declaration.text, alignment: "justify", leadingIndent: INDENT },
      ...(m.declaration.note ? [{ text: m.declaration.note, italics: true, leadingIndent: INDENT, margin: [0, 2, 0, 0] as [number, number, number, number] }] : []),
      {
        columns: [
          {
            width: "45%",
            stack: [
              { text: m.recipients.heading, bold: true, italics: true, fontSize: SIZE.header },
              ...m.recipients.lines.map((l) => ({ text: l, fontSize: SIZE.small - 0.5 })),
            ],
          },
          {
            width: "*",
            stack: [
              { text: m.signature.role, bold: true, alignment: "center" },
              { text: m.signature.hint, italics: true, fontSize: SIZE.small, alignment: "center" },
              { text: m.signature.name, bold: true, alignment: "center", margin: [0, 60, 0, 0] },
            ],
          },
        ],
        margin: [0, 18, 0, 0],
      },
    ],
    unbreakable: true,
  };

  return {
    pageSize: "A4",
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    language: m.lang,
    info: { title: `${m.info.code} – ${m.info.title}`, author: m.info.author, subject: m.title, keywords: m.info.code },
    defaultStyle: { font: DOCUMENT_FONT, fontSize: SIZE.body, lineHeight: 1.15 },
    // Decree 30: page numbers centred in the top margin, from the second page on.
    header: (currentPage) =>
      currentPage > 1 ? { text: String(currentPage), alignment: "center", fontSize: SIZE.small, margin: [MARGIN.left, MARGIN.top / 2, MARGIN.right, 0] } : null,
    // A heading never ends a page: it moves to the next one with its first lines.
    pageBreakBefore: (node, following) => !!node.headlineLevel && following.getFollowingNodesOnPage().length === 0,
    content: [header, ...heading, ...body, closing],
  };
}

export async function renderPlanPdf(m: PlanDocumentModel): Promise<Buffer> {
  const files = await documentFontFiles();
  const allowed = new Set(Object.values(files));
  // The definition names no file and no URL; refuse both, so no text of a plan can make us read one.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((file) => allowed.has(file));
  // A fresh descriptor each time: pdfmake rewrites the one it is given while resolving it.
  pdfMake.setFonts({ [DOCUMENT_FONT]: { ...files } });
  return pdfMake.createPdf(planPdfDefinition(m)).getBuffer();
}
