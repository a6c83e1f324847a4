/**
 * Bulk entry of target (KPI) values for several periods at once (WHAT-USERS-ASK.md §3: "if the
 * status has to be updated by hand one by one, the feature will never be used"). The file is read
 * into raw rows elsewhere (CSV or XLSX); this module finds the columns, checks every row and says
 * what is wrong with each, so nothing is half-imported: either every row is valid, or none is saved.
 */
import { compareDays, isIsoDay, type IsoDay } from "./calendar";
import { parseDecimal } from "./execution-input";
import { foldVietnamese } from "./plan";

export const IMPORT_COLUMNS = ["day", "kpi", "value", "note"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

/** Header names accepted for each column, compared without diacritics or case. */
const HEADER_NAMES: Readonly<Record<ImportColumn, readonly string[]>> = {
  day: ["ngay", "ky", "ky bao cao", "ngay do", "thoi diem", "date", "period", "day"],
  kpi: ["chi tieu", "ten chi tieu", "kpi", "target", "indicator"],
  value: ["gia tri", "so lieu", "ket qua", "value"],
  note: ["ghi chu", "note", "notes"],
};

export type RawRow = { readonly line: number; readonly cells: readonly (string | number | Date | null)[] };

export type ImportErrorCode =
  | "DATE_INVALID"
  | "DATE_BEFORE_START"
  | "DATE_IN_FUTURE"
  | "KPI_UNKNOWN"
  | "VALUE_INVALID"
  | "DUPLICATE_ROW"
  | "ALREADY_RECORDED";
export type FileErrorCode = "FILE_UNREADABLE" | "FILE_EMPTY" | "MISSING_COLUMNS" | "TOO_MANY_ROWS";

export type CheckedRow = {
  readonly line: number;
  readonly day: IsoDay | null;
  readonly kpiId: string | null;
  readonly kpiName: string | null;
  readonly value: number | null;
  readonly note: string | null;
  readonly errors: readonly ImportErrorCode[];
};

export type ImportCheck =
  | { readonly ok: true; readonly rows: readonly CheckedRow[] }
  | { readonly ok: false; readonly rows: readonly CheckedRow[]; readonly fileError?: FileErrorCode; readonly missing?: readonly ImportColumn[] };

/** Column index of each known column in a header row; -1 when absent. */
export function findColumns(header: readonly (string | number | Date | null)[]): Record<ImportColumn, number> {
  const folded = header.map((h) => foldVietnamese(String(h ?? "")).replace(/[_\-.]+/g, " ").replace(/\s+/g, " ").trim());
  const out = {} as Record<ImportColumn, number>;
  for (const col of IMPORT_COLUMNS) out[col] = folded.findIndex((h) => HEADER_NAMES[col].includes(h));
  return out;
}

/** 31/01/2027, 31-01-2027, 2027-01-31, or a spreadsheet date cell. */
export function parseImportDay(cell: string | number | Date | null): IsoDay | null {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? null : cell.toISOString().slice(0, 10);
  const s = String(cell ?? "").trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  const iso = m ? `${m[3]}-${m[2].padStart(2, "0")}-${m[1].padStart(2, "0")}` : (m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s)) ? s : null;
  if (!iso || !isIsoDay(iso)) return null;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

export type ImportContext = {
  readonly kpis: readonly { readonly id: string; readonly name: string }[];
  /** Values before the actual start cannot belong to this execution. */
  readonly startDay: IsoDay;
  readonly today: IsoDay;
  /** "kpiId|day" of values already recorded. */
  readonly recorded: ReadonlySet<string>;
  readonly maxRows: number;
};

/** Checks every row of the file (header first); valid only when no row has an error. */
export function checkImport(table: readonly RawRow[], ctx: ImportContext): ImportCheck {
  const nonEmpty = table.filter((r) => r.cells.some((c) => c !== null && String(c).trim() !== ""));
  if (nonEmpty.length === 0) return { ok: false, rows: [], fileError: "FILE_EMPTY" };
  const [header, ...body] = nonEmpty;
  const cols = findColumns(header.cells);
  const missing = (["day", "kpi", "value"] as const).filter((c) => cols[c] < 0);
  if (missing.length) return { ok: false, rows: [], fileError: "MISSING_COLUMNS", missing };
  if (body.length === 0) return { ok: false, rows: [], fileError: "FILE_EMPTY" };
  if (body.length > ctx.maxRows) return { ok: false, rows: [], fileError: "TOO_MANY_ROWS" };

  const byName = new Map(ctx.kpis.map((k) => [foldVietnamese(k.name).trim(), k]));
  const seen = new Set<string>();
  const rows = body.map((r): CheckedRow => {
    const errors: ImportErrorCode[] = [];
    const cell = (c: ImportColumn) => (cols[c] >= 0 ? r.cells[cols[c]] ?? null : null);
    const day = parseImportDay(cell("day"));
    if (day === null) errors.push("DATE_INVALID");
    else if (compareDays(day, ctx.startDay) < 0) errors.push("DATE_BEFORE_START");
    else if (compareDays(day, ctx.today) > 0) errors.push("DATE_IN_FUTURE");
    const kpiCell = String(cell("kpi") ?? "").trim();
    // A target by its name, or by its number in the decision (1, 2, …).
    const kpi = /^\d{1,3}$/.test(kpiCell) ? ctx.kpis[Number(kpiCell) - 1] : byName.get(foldVietnamese(kpiCell));
    if (!kpi) errors.push("KPI_UNKNOWN");
    const rawValue = cell("value");
    const value = typeof rawValue === "number" ? rawValue : parseDecimal(String(rawValue ?? ""));
    if (value === null || !Number.isFinite(value)) errors.push("VALUE_INVALID");
    if (kpi && day) {
      const key = `${kpi.id}|${day}`;
      if (seen.has(key)) errors.push("DUPLICATE_ROW");
      else if (ctx.recorded.has(key)) errors.push("ALREADY_RECORDED");
      seen.add(key);
    }
    const note = String(cell("note") ?? "").trim().slice(0, 1000) || null;
    return { line: r.line, day, kpiId: kpi?.id ?? null, kpiName: kpi?.name ?? null, value, note, errors };
  });
  return rows.some((r) => r.errors.length) ? { ok: false, rows } : { ok: true, rows };
}

/** Splits CSV text (comma or semicolon, as Excel writes it in Vietnamese locales; quoted fields). */
export function parseCsv(text: string): RawRow[] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const sep = (firstLine.match(/;/g) ?? []).length > (firstLine.match(/,/g) ?? []).length ? ";" : ",";
  const rows: RawRow[] = [];
  let cells: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i];
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line += 1;
        field += ch;
      }
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      cells.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") i += 1;
      cells.push(field);
      rows.push({ line: rowLine, cells });
      cells = [];
      field = "";
      line += 1;
      rowLine = line;
    } else field += ch;
  }
  if (field !== "" || cells.length) {
    cells.push(field);
    rows.push({ line: rowLine, cells });
  }
  return rows;
}
