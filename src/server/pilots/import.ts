/**
 * CSV or XLSX upload of target values for several periods at once: a preview that writes nothing
 * and names what is wrong on each row, then the import, which checks the file again on the server
 * and saves every row or none (one transaction; a single bad row refuses the whole file).
 */
import ExcelJS from "exceljs";
import { toVietnamDate } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { importSchema, IMPORT_MAX_ROWS } from "@/domain/execution-input";
import { checkImport, parseCsv, type ImportCheck, type RawRow } from "@/domain/kpi-import";
import { assertCan } from "@/domain/permissions";
import type { Tx } from "../db";
import { dateToDay, dayToDate } from "../rules";
import { defineUseCase } from "../usecase";
import { loadPilot, resourceOf, type PilotRow } from "./load";

type Cell = string | number | Date | null;

function cellValue(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === "number" || typeof v === "string") return v;
  if (typeof v === "boolean") return String(v);
  if (typeof v === "object" && "result" in v) return cellValue((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if (typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  if (typeof v === "object" && "text" in v) return String(v.text);
  return null;
}

/** The first worksheet (XLSX) or the text (CSV, UTF-8) as rows of cells; null when unreadable. */
export async function readTable(fileName: string, bytes: Uint8Array): Promise<RawRow[] | null> {
  const isZip = bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(fileName)) {
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
      const ws = wb.worksheets[0];
      if (!ws) return [];
      const rows: RawRow[] = [];
      ws.eachRow({ includeEmpty: false }, (row, line) => {
        const cells: Cell[] = [];
        for (let c = 1; c <= Math.max(row.cellCount, 4); c += 1) cells.push(cellValue(row.getCell(c).value));
        rows.push({ line, cells });
      });
      return rows;
    } catch {
      return null;
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\u0000")) return null;
  return parseCsv(text);
}

async function check(tx: Tx, p: PilotRow, fileName: string, bytes: Uint8Array, now: Date): Promise<ImportCheck> {
  const table = await readTable(fileName, bytes);
  if (table === null) return { ok: false, rows: [], fileError: "FILE_UNREADABLE" };
  const [kpis, recorded] = await Promise.all([
    // In the order the decision lists them (created in that order): the template numbers them 1, 2, …
    tx.kpi.findMany({ where: { pilotId: p.id }, orderBy: { id: "asc" }, select: { id: true, name: true } }),
    tx.kpiMeasurement.findMany({ where: { kpi: { pilotId: p.id }, measuredOn: { not: null } }, select: { kpiId: true, measuredOn: true } }),
  ]);
  return checkImport(table, {
    kpis,
    startDay: dateToDay(p.startedOn ?? p.startDate),
    today: toVietnamDate(now),
    recorded: new Set(recorded.map((r) => `${r.kpiId}|${dateToDay(r.measuredOn!)}`)),
    maxRows: IMPORT_MAX_ROWS,
  });
}

export const previewKpiImport = defineUseCase({
  name: "pilot.report.preview",
  input: importSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.report", resourceOf(p)),
  execute: (ctx, p, input) => check(ctx.tx, p, input.fileName, input.bytes, ctx.now),
});

export const importKpiValues = defineUseCase({
  name: "pilot.report.import",
  input: importSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.report", resourceOf(p)),
  execute: async (ctx, p, input) => {
    const result = await check(ctx.tx, p, input.fileName, input.bytes, ctx.now);
    if (!result.ok) {
      throw new ValidationError(
        result.fileError
          ? [{ path: "file", code: result.fileError, message: result.fileError }]
          : result.rows.flatMap((r) => r.errors.map((code) => ({ path: `rows.${r.line}`, code, message: code }))),
      );
    }
    await ctx.tx.kpiMeasurement.createMany({
      data: result.rows.map((r) => ({
        pilotId: p.id,
        kpiId: r.kpiId!,
        measuredOn: dayToDate(r.day!),
        value: r.value!,
        note: r.note,
        source: "IMPORT" as const,
        recordedById: ctx.actor.userId,
        createdAt: ctx.now,
      })),
    });
    ctx.audit({
      action: "pilot.kpi.import",
      targetType: "Pilot",
      targetId: p.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.unitId,
      after: { fileName: input.fileName, rows: result.rows.length, values: result.rows.map((r) => ({ kpiId: r.kpiId, day: r.day, value: r.value })) },
    });
    return { imported: result.rows.length };
  },
});
