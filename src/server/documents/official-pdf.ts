/**
 * What every official document's PDF shares, built on the server with pdfmake (no browser): A4,
 * margins, type sizes and page numbers of Nghị định 30/2020/NĐ-CP, DejaVu Serif embedded; the
 * header block, content blocks and the sign-off drawn from the shared document model
 * (components/documents/official-document-model.ts). plan-pdf.ts and decision-pdf.ts compose their
 * documents from these pieces.
 */
import * as pdfMakeModule from "pdfmake";
import type { Content, CustomTableLayout, TDocumentDefinitions, TDocumentInformation } from "pdfmake/interfaces";
import type {
  DocumentBlock,
  DocumentTable,
  OfficialHeader,
  Recipients,
  SignatureBlock,
} from "@/components/documents/official-document-model";
import { DOCUMENT_FONT, documentFontFiles } from "./fonts";

// pdfmake's CommonJS entry exports an instance whose methods live on its prototype: use the
// module object itself, not a namespace copy of its own properties.
const pdfMake = (pdfMakeModule as unknown as { default?: typeof pdfMakeModule }).default ?? pdfMakeModule;

export type Margin = [number, number, number, number];

export const MM = 72 / 25.4;
const PAGE = { width: 595.28, height: 841.89 };
/** Decree 30, Annex I: top 20–25 mm, bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGIN = { top: 20 * MM, right: 15 * MM, bottom: 20 * MM, left: 30 * MM };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const HEADER_LEFT_WIDTH = 0.42 * CONTENT_WIDTH;
const HEADER_GAP = 8;
export const INDENT = 10 * MM;
export const SIZE = { body: 12.5, header: 12, motto: 12.5, title: 14, table: 11, small: 11 };

/** A centred horizontal rule `length` long inside a box `width` wide. */
export function rule(width: number, length: number, margin: Margin = [0, 2, 0, 0]): Content {
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

/** Paragraphs (first line indented, justified), dash lists, italic notes and ruled tables. */
export function pdfBlock(b: DocumentBlock): Content[] {
  switch (b.kind) {
    case "paragraphs":
      return b.paragraphs.map((p, i) => ({
        text: p,
        alignment: "justify" as const,
        leadingIndent: INDENT,
        margin: [0, 0, 0, 4] as Margin,
        // A lead-in ("5. Chỉ tiêu:") moves to the next page with what it introduces.
        ...(b.keepWithNext && i === b.paragraphs.length - 1 ? { headlineLevel: 3 } : {}),
      }));
    case "list":
      return b.items.map((item) => ({ text: `- ${item}`, alignment: "justify" as const, leadingIndent: INDENT, margin: [0, 0, 0, 3] as Margin }));
    case "note":
      return [{ text: b.text, italics: true, leadingIndent: INDENT, margin: [0, 0, 0, 4] }];
    case "table":
      return [table(b.table)];
  }
}

/** The header block: issuing body (and số, ký hiệu) on the left, national name, motto, place and date on the right. */
export function pdfHeader(h: OfficialHeader): Content {
  const headerRight = CONTENT_WIDTH - HEADER_LEFT_WIDTH - HEADER_GAP;
  return {
    columns: [
      {
        width: HEADER_LEFT_WIDTH,
        stack: [
          ...(h.superiorUnit ? [{ text: h.superiorUnit, fontSize: SIZE.header, alignment: "center" as const }] : []),
          { text: h.unit, bold: true, fontSize: SIZE.header, alignment: "center" },
          rule(HEADER_LEFT_WIDTH, HEADER_LEFT_WIDTH / 3),
          ...(h.number !== undefined ? [{ text: h.number, alignment: "center" as const, margin: [0, 6, 0, 0] as Margin }] : []),
        ],
      },
      {
        width: headerRight,
        stack: [
          { text: h.nation, bold: true, fontSize: SIZE.header, alignment: "center" },
          underlinedCentred(h.motto, { bold: true, fontSize: SIZE.motto }),
          { text: h.placeDate, italics: true, alignment: "center", margin: [0, 10, 0, 0] },
        ],
      },
    ],
    columnGap: HEADER_GAP,
  };
}

/** "Nơi nhận" on the left, the signature block on the right, with room to sign (and seal). */
export function pdfSignOff(recipients: Recipients, signature: SignatureBlock): Content {
  return {
    columns: [
      {
        width: "45%",
        stack: [
          { text: recipients.heading, bold: true, italics: true, fontSize: SIZE.header },
          ...recipients.lines.map((l) => ({ text: l, fontSize: SIZE.small - 0.5 })),
        ],
      },
      {
        width: "*",
        stack: [
          { text: signature.role, bold: true, alignment: "center" },
          ...(signature.hint ? [{ text: signature.hint, italics: true, fontSize: SIZE.small, alignment: "center" as const }] : []),
          { text: signature.name, bold: true, alignment: "center", margin: [0, 60, 0, 0] },
        ],
      },
    ],
    margin: [0, 18, 0, 0],
  };
}

/** A whole document: A4, Decree 30 margins, page numbers from the second page, headings kept with what follows. */
export function officialPdfDefinition(opts: { lang: string; info: TDocumentInformation; content: Content[] }): TDocumentDefinitions {
  return {
    pageSize: "A4",
    pageMargins: [MARGIN.left, MARGIN.top, MARGIN.right, MARGIN.bottom],
    language: opts.lang,
    info: opts.info,
    defaultStyle: { font: DOCUMENT_FONT, fontSize: SIZE.body, lineHeight: 1.15 },
    // Decree 30: page numbers centred in the top margin, from the second page on.
    header: (currentPage) =>
      currentPage > 1 ? { text: String(currentPage), alignment: "center", fontSize: SIZE.small, margin: [MARGIN.left, MARGIN.top / 2, MARGIN.right, 0] } : null,
    // A heading never ends a page: it moves to the next one with its first lines.
    pageBreakBefore: (node, following) => !!node.headlineLevel && following.getFollowingNodesOnPage().length === 0,
    content: opts.content,
  };
}

/** The PDF bytes of a definition, with the document fonts and no file or URL access beyond them. */
export async function renderOfficialPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  const files = await documentFontFiles();
  const allowed = new Set(Object.values(files));
  // The definition names no file and no URL; refuse both, so no text of a document can make us read one.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((file) => allowed.has(file));
  // A fresh descriptor each time: pdfmake rewrites the one it is given while resolving it.
  pdfMake.setFonts({ [DOCUMENT_FONT]: { ...files } });
  return pdfMake.createPdf(definition).getBuffer();
}

/** The response headers of a PDF download (the file name is ASCII by construction). */
export function pdfDownloadHeaders(fileName: string, length: number): Record<string, string> {
  return {
    "Cache-Control": "private, no-store",
    "Content-Type": "application/pdf",
    "Content-Disposition": `attachment; filename="${fileName}"`,
    "Content-Length": String(length),
    "X-Content-Type-Options": "nosniff",
  };
}
