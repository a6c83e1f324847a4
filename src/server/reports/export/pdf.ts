/**
 * The periodic table as a PDF: A4 landscape, DejaVu Serif embedded (every Vietnamese letter and tone
 * mark, on any machine), the header block with the period, scope, field, who produced it and when,
 * the two-row header repeated on every page, bold subtotals and the grand total.
 */
import * as pdfMakeModule from "pdfmake";
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces";
import type { ReportRow } from "@/domain/report-tree";
import { DOCUMENT_FONT, documentFontFiles } from "../../documents/fonts";
import { columnHeaders, exportLanguage, rowLabel, type ExportMeta } from "./model";

// pdfmake's CommonJS entry exports an instance whose methods live on its prototype.
const pdfMake = (pdfMakeModule as unknown as { default?: typeof pdfMakeModule }).default ?? pdfMakeModule;

export function periodicPdfDefinition(meta: ExportMeta, rows: readonly ReportRow[]): TDocumentDefinitions {
  const { t } = exportLanguage();
  const headers = columnHeaders();
  const groupRow: TableCell[] = [];
  const measureRow: TableCell[] = [];
  let at = 0;
  for (const g of headers.groups.slice(2)) {
    const cell = { bold: true, alignment: "center" as const, fillColor: "#e2e8f0" };
    if (g.span === 1) {
      // A group of one measure: the measure's name spans both header rows.
      groupRow.push({ text: headers.measures[at], rowSpan: 2, ...cell });
      measureRow.push({ text: "" });
    } else {
      groupRow.push({ text: g.label, colSpan: g.span, ...cell });
      for (let i = 1; i < g.span; i++) groupRow.push({ text: "" });
      for (let i = 0; i < g.span; i++) measureRow.push({ text: headers.measures[at + i], ...cell });
    }
    at += g.span;
  }
  const head: TableCell[][] = [
    [
      { text: t("numberColumn"), rowSpan: 2, bold: true, alignment: "center", fillColor: "#e2e8f0" },
      { text: t("unitColumn"), rowSpan: 2, bold: true, alignment: "center", fillColor: "#e2e8f0" },
      ...groupRow,
    ],
    [{ text: "" }, { text: "" }, ...measureRow],
  ];
  const body: TableCell[][] = rows.map((row) => {
    const fill = row.kind === "total" ? "#fde68a" : row.kind === "subtotal" ? "#f1f5f9" : undefined;
    const style = { bold: row.kind === "total" || row.kind === "subtotal", italics: row.kind === "own", fillColor: fill };
    return [
      { text: row.number, ...style },
      { text: rowLabel(row), margin: [Math.max(0, row.level - 1) * 6, 0, 0, 0], ...style },
      ...headers.measureKeys.map((m): TableCell => ({ text: row.counts[m].toLocaleString("vi-VN"), alignment: "right", ...style })),
    ];
  });
  const content: Content[] = [
    { text: meta.title, bold: true, fontSize: 12, alignment: "center", margin: [0, 0, 0, 2] },
    { text: meta.basis, italics: true, fontSize: 9, alignment: "center", margin: [0, 0, 0, 6] },
    ...meta.lines.map((line): Content => ({ text: line, fontSize: 9, margin: [0, 0, 0, 1] })),
    {
      margin: [0, 6, 0, 0],
      fontSize: 7.5,
      table: { headerRows: 2, dontBreakRows: true, widths: [22, 150, ...headers.measures.map(() => "*")], body: [...head, ...body] },
      layout: { hLineWidth: () => 0.4, vLineWidth: () => 0.4, hLineColor: () => "#94a3b8", vLineColor: () => "#94a3b8", paddingLeft: () => 2, paddingRight: () => 2, paddingTop: () => 1.5, paddingBottom: () => 1.5 },
    },
  ];
  return {
    pageSize: "A4",
    pageOrientation: "landscape",
    pageMargins: [28, 28, 28, 32],
    defaultStyle: { font: DOCUMENT_FONT, fontSize: 9 },
    info: { title: meta.title, author: meta.producer, creationDate: meta.producedAt },
    content,
    footer: (page: number, pages: number) => ({ text: t("export.page", { page, pages }), alignment: "right", fontSize: 8, margin: [0, 8, 28, 0] }),
  };
}

export async function periodicPdf(meta: ExportMeta, rows: readonly ReportRow[]): Promise<Buffer> {
  const files = await documentFontFiles();
  const allowed = new Set(Object.values(files));
  // The definition names no file and no URL; refuse both, so no unit name can make us read one.
  pdfMake.setUrlAccessPolicy(() => false);
  pdfMake.setLocalAccessPolicy((file) => allowed.has(file));
  pdfMake.setFonts({ [DOCUMENT_FONT]: { ...files } });
  return pdfMake.createPdf(periodicPdfDefinition(meta, rows)).getBuffer();
}
