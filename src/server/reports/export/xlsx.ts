/**
 * The report as an Excel workbook, written with exceljs' streaming writer (rows are flushed as they
 * are added, so a national export never holds the whole sheet in memory):
 *  1. "Tổng hợp": header block, two-row Vietnamese header (frozen with the unit column), one row
 *     per unit, bold subtotals per level, the grand total;
 *  2. "Danh sách đề xuất": one row per proposal counted, a 1 in each measure it counts in, and a
 *     total row (SUM formulas with their values) equal to the summary's grand total;
 *  3. "Định nghĩa": how each measure is counted.
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { toVietnamDate } from "@/domain/calendar";
import type { ReportRow } from "@/domain/report-tree";
import { columnHeaders, definitions, exportLanguage, rowLabel, type ExportMeta, type ProposalExportRow } from "./model";

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FF94A3B8" } },
  left: { style: "thin", color: { argb: "FF94A3B8" } },
  bottom: { style: "thin", color: { argb: "FF94A3B8" } },
  right: { style: "thin", color: { argb: "FF94A3B8" } },
};
const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2E8F0" } };
const SUBTOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF1F5F9" } };
const TOTAL_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFDE68A" } };
const FONT = "Times New Roman";

function colName(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export type XlsxInput = {
  meta: ExportMeta;
  rows: readonly ReportRow[];
  /** Hands the counted proposals to a callback, batch by batch (model.eachProposalBatch). */
  proposals: (each: (rows: ProposalExportRow[]) => Promise<void>) => Promise<void>;
  /** Called after each batch with the number of proposal rows written so far. */
  onProgress?: (written: number) => Promise<void> | void;
};

export async function reportXlsx(input: XlsxInput): Promise<Buffer> {
  const { t, root } = exportLanguage();
  const headers = columnHeaders();
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = input.meta.producer;
  wb.created = input.meta.producedAt;

  // ── 1. Summary
  const nMeasures = headers.measures.length;
  const lastCol = 2 + nMeasures;
  const headRow = 7;
  const ws = wb.addWorksheet(t("export.sheetSummary"), {
    views: [{ state: "frozen", xSplit: 2, ySplit: headRow }],
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${headRow - 1}:${headRow}` },
  });
  ws.columns = [{ width: 7 }, { width: 48 }, ...headers.measures.map(() => ({ width: 11 }))];
  const title = ws.addRow([input.meta.title]);
  title.font = { name: FONT, bold: true, size: 13 };
  title.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  title.height = 36;
  ws.mergeCells(1, 1, 1, lastCol);
  const basis = ws.addRow([input.meta.basis]);
  basis.font = { name: FONT, italic: true, size: 11 };
  basis.alignment = { horizontal: "center" };
  ws.mergeCells(2, 1, 2, lastCol);
  title.commit();
  basis.commit();
  input.meta.lines.slice(0, 3).forEach((line, i) => {
    const r = ws.addRow([line]);
    r.font = { name: FONT, size: 11 };
    ws.mergeCells(3 + i, 1, 3 + i, lastCol);
    r.commit();
  });
  // Row 6: groups; row 7: measures.
  const groupValues: string[] = [];
  for (const g of headers.groups) {
    groupValues.push(g.label);
    for (let i = 1; i < g.span; i++) groupValues.push("");
  }
  const g1 = ws.addRow(groupValues);
  const g2 = ws.addRow(["", "", ...headers.measures]);
  let col = 1;
  for (const g of headers.groups) {
    if (g.span > 1) ws.mergeCells(headRow - 1, col, headRow - 1, col + g.span - 1);
    else if (col > 2) {
      // A group of one measure: the measure's name spans both header rows.
      g1.getCell(col).value = headers.measures[col - 3];
      ws.mergeCells(headRow - 1, col, headRow, col);
    }
    col += g.span;
  }
  for (const c of [1, 2]) ws.mergeCells(headRow - 1, c, headRow, c);
  for (const r of [g1, g2]) {
    r.font = { name: FONT, bold: true, size: 10 };
    r.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    for (let c = 1; c <= lastCol; c++) {
      r.getCell(c).fill = HEADER_FILL;
      r.getCell(c).border = BORDER;
    }
  }
  g2.height = 42;
  g1.commit();
  g2.commit();
  for (const row of input.rows) {
    const r = ws.addRow([row.number || null, rowLabel(row), ...headers.measureKeys.map((m) => row.counts[m])]);
    const bold = row.kind === "subtotal" || row.kind === "total";
    r.font = { name: FONT, size: 10, bold, italic: row.kind === "own" };
    r.getCell(2).alignment = { indent: Math.max(0, row.level - 1), wrapText: true };
    for (let c = 1; c <= lastCol; c++) {
      const cell = r.getCell(c);
      cell.border = BORDER;
      if (c > 2) cell.numFmt = "#,##0";
      if (row.kind === "subtotal") cell.fill = SUBTOTAL_FILL;
      if (row.kind === "total") cell.fill = TOTAL_FILL;
    }
    r.commit();
  }
  const foot = ws.addRow([]);
  foot.commit();
  const producer = ws.addRow([input.meta.producer]);
  producer.font = { name: FONT, italic: true, size: 10 };
  producer.commit();
  // The audit checkpoint, as on the PDF: where an official verifies the report later.
  if (input.meta.checkpoint) {
    const checkpoint = ws.addRow([input.meta.checkpoint]);
    checkpoint.font = { name: FONT, italic: true, size: 10 };
    checkpoint.commit();
  }
  await ws.commit();

  // ── 2. Proposals
  const pcols = [t("export.code"), t("export.proposalTitle"), t("export.unit"), t("export.field"), t("export.status"), t("export.submittedAt")];
  const ps = wb.addWorksheet(t("export.sheetProposals"), { views: [{ state: "frozen", xSplit: 1, ySplit: 1 }] });
  ps.columns = [
    { width: 17 },
    { width: 60 },
    { width: 40 },
    { width: 24 },
    { width: 22 },
    { width: 13, style: { numFmt: "dd/mm/yyyy" } },
    ...headers.measures.map(() => ({ width: 10 })),
  ];
  const ph = ps.addRow([...pcols, ...headers.measures]);
  ph.font = { name: FONT, bold: true, size: 10 };
  ph.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ph.height = 42;
  for (let c = 1; c <= pcols.length + nMeasures; c++) ph.getCell(c).fill = HEADER_FILL;
  ph.commit();
  const totals = new Array<number>(nMeasures).fill(0);
  let written = 0;
  const fieldLabel = new Map<string, string>();
  const statusLabel = new Map<string, string>();
  await input.proposals(async (batch) => {
    for (const p of batch) {
      if (!fieldLabel.has(p.field)) fieldLabel.set(p.field, safe(() => root(`fields.${p.field}`), p.field));
      if (!statusLabel.has(p.status)) statusLabel.set(p.status, safe(() => root(`status.${p.status}`), p.status));
      p.flags.forEach((f, i) => (totals[i] += f ? 1 : 0));
      const submitted = p.submittedAt ? new Date(`${toVietnamDate(p.submittedAt)}T00:00:00.000Z`) : null;
      ps.addRow([p.code, p.title, p.unitName, fieldLabel.get(p.field), statusLabel.get(p.status), submitted, ...p.flags.map((f) => (f ? 1 : null))]).commit();
      written += 1;
    }
    await input.onProgress?.(written);
  });
  const firstData = 2;
  const lastData = written + 1;
  const totalRow = ps.addRow([
    t("totalRow"),
    null,
    null,
    null,
    null,
    null,
    ...totals.map((v, i) => {
      const c = colName(pcols.length + i + 1);
      return { formula: `SUM(${c}${firstData}:${c}${Math.max(firstData, lastData)})`, result: v };
    }),
  ]);
  totalRow.font = { name: FONT, bold: true, size: 10 };
  for (let c = 1; c <= pcols.length + nMeasures; c++) totalRow.getCell(c).fill = TOTAL_FILL;
  totalRow.commit();
  const note = ps.addRow([t("export.proposalsNote")]);
  note.font = { name: FONT, italic: true, size: 9 };
  note.commit();
  await ps.commit();

  // ── 3. Definitions
  const ds = wb.addWorksheet(t("export.sheetDefinitions"), { views: [{ state: "frozen", ySplit: 1 }] });
  ds.columns = [{ width: 48 }, { width: 110 }];
  const dh = ds.addRow([t("export.measure"), t("export.definition")]);
  dh.font = { name: FONT, bold: true };
  dh.commit();
  for (const d of definitions()) {
    const r = ds.addRow([d.label, d.definition]);
    r.alignment = { wrapText: true, vertical: "top" };
    r.commit();
  }
  await ds.commit();

  await wb.commit();
  await done;
  return Buffer.concat(chunks);
}

function safe(f: () => string, fallback: string): string {
  try {
    return f();
  } catch {
    return fallback;
  }
}
