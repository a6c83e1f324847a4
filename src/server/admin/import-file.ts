/**
 * Reads an uploaded CSV or XLSX file into a header and rows of strings. CSV through csv-parse
 * (quotes, a UTF-8 byte-order mark as Excel writes it, comma or semicolon as Excel writes it in
 * locales with a decimal comma); XLSX through exceljs (first worksheet, cells as displayed text).
 */
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { ValidationError } from "@/domain/errors";

export type ImportTable = { header: string[]; rows: string[][] };

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

function isXlsx(fileName: string, bytes: Uint8Array): boolean {
  // An XLSX file is a ZIP archive: "PK\x03\x04".
  return /\.xlsx$/i.test(fileName) || (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04);
}

function fail(message: string): never {
  throw new ValidationError([{ path: "file", message }]);
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.length === 0) fail("fileEmpty");
  if (bytes.length > MAX_IMPORT_BYTES) fail("fileTooLarge");
  const table = isXlsx(fileName, bytes) ? await readXlsx(bytes) : readCsv(bytes);
  if (table.header.every((h) => !h)) fail("fileEmpty");
  return table;
}

function readCsv(bytes: Uint8Array): ImportTable {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
  if (text.includes("\uFFFD")) fail("fileEncoding");
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: string[][];
  try {
    records = parse(text, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, trim: true });
  } catch {
    fail("fileUnreadable");
  }
  const [header = [], ...rows] = records;
  return { header, rows };
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  } catch {
    fail("fileUnreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) fail("fileEmpty");
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) cells.push(row.getCell(c).text.trim());
    out.push(cells);
  });
  const [header = [], ...rows] = out;
  return { header, rows };
}

/** The template a person downloads: the columns and two example rows. */
export const TEMPLATES = {
  units: {
    header: ["ma_don_vi", "ten_don_vi", "ten_viet_tat", "loai", "ma_don_vi_cap_tren", "co_quan_chu_quan", "dia_danh"],
    example: [
      ["SO-VD", "Sở Ví dụ", "SVD", "DEPARTMENT", "MA-DON-VI-CAP-TREN", "UBND TỈNH VÍ DỤ", "Ví Dụ"],
      ["SO-VD-P1", "Phòng Một", "", "OFFICE", "SO-VD", "SỞ VÍ DỤ", "Ví Dụ"],
    ],
  },
  people: {
    header: ["ten_dang_nhap", "email", "ho_ten", "chuc_vu", "ma_don_vi", "vai_tro"],
    example: [
      ["nguyenvana", "nguyenvana@example.gov.vn", "Nguyễn Văn A", "Chuyên viên", "SO-VD", "PROPOSER"],
      ["tranthib", "tranthib@example.gov.vn", "Trần Thị B", "Giám đốc", "SO-VD", "HEAD; PARTY_COMMITTEE"],
    ],
  },
} as const;

function csvCell(v: string): string {
  return /[",\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

export function templateCsv(kind: keyof typeof TEMPLATES): string {
  const t = TEMPLATES[kind];
  return `\uFEFF${[t.header, ...t.example].map((r) => r.map(csvCell).join(",")).join("\r\n")}\r\n`;
}

export async function templateXlsx(kind: keyof typeof TEMPLATES): Promise<Uint8Array> {
  const t = TEMPLATES[kind];
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(kind === "units" ? "Don vi" : "Nguoi dung");
  sheet.addRow([...t.header]).font = { bold: true };
  for (const r of t.example) sheet.addRow([...r]);
  sheet.columns.forEach((c) => (c.width = 24));
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
