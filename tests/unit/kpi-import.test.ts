import { describe, expect, it } from "vitest";
import { checkImport, findColumns, parseCsv, parseImportDay, type ImportContext } from "@/domain/kpi-import";

const ctx: ImportContext = {
  kpis: [
    { id: "k1", name: "Thời gian xử lý hồ sơ" },
    { id: "k2", name: "Tỷ lệ hồ sơ trực tuyến" },
  ],
  startDay: "2026-01-05",
  today: "2026-06-30",
  recorded: new Set(["k1|2026-02-28"]),
  maxRows: 10,
};

describe("KPI import: reading the file", () => {
  it("splits CSV with quotes, semicolons, CRLF and a BOM", () => {
    expect(parseCsv('\uFEFFNgày;Chỉ tiêu;Giá trị\r\n31/01/2026;"Tỷ lệ; có dấu chấm phẩy";"12,5"\r\n')).toEqual([
      { line: 1, cells: ["Ngày", "Chỉ tiêu", "Giá trị"] },
      { line: 2, cells: ["31/01/2026", "Tỷ lệ; có dấu chấm phẩy", "12,5"] },
    ]);
  });
  it("finds columns by Vietnamese or English names, with or without diacritics", () => {
    expect(findColumns(["Ghi chú", "GIÁ TRỊ", "chi_tieu", "Ngay"])).toEqual({ day: 3, kpi: 2, value: 1, note: 0 });
    expect(findColumns(["Date", "KPI", "Value"])).toMatchObject({ day: 0, kpi: 1, value: 2, note: -1 });
  });
  it("reads days written dd/mm/yyyy, yyyy-mm-dd or as spreadsheet dates, and refuses impossible ones", () => {
    expect(parseImportDay("5/2/2026")).toBe("2026-02-05");
    expect(parseImportDay("2026-02-05")).toBe("2026-02-05");
    expect(parseImportDay(new Date("2026-02-05T00:00:00Z"))).toBe("2026-02-05");
    expect(parseImportDay("31/02/2026")).toBeNull();
    expect(parseImportDay("tháng 2")).toBeNull();
  });
});

describe("KPI import: every row checked, nothing half-imported", () => {
  const table = (rows: (string | number)[][]) => [{ line: 1, cells: ["Ngày", "Chỉ tiêu", "Giá trị", "Ghi chú"] }, ...rows.map((cells, i) => ({ line: i + 2, cells }))];

  it("valid rows name the target by name (any case, no diacritics) or by number", () => {
    const r = checkImport(table([["31/01/2026", "thoi gian xu ly ho so", "12,5"], ["31/03/2026", 2, 40]]), ctx);
    expect(r.ok).toBe(true);
    expect(r.rows.map((x) => [x.kpiId, x.day, x.value])).toEqual([
      ["k1", "2026-01-31", 12.5],
      ["k2", "2026-03-31", 40],
    ]);
  });

  it("names each row's problems", () => {
    const r = checkImport(
      table([
        ["01/01/2026", "1", "3"],
        ["01/08/2026", "1", "3"],
        ["31/01/2026", "Không có", "x"],
        ["28/02/2026", "1", "5"],
        ["31/03/2026", "2", "5"],
        ["31/03/2026", "2", "6"],
      ]),
      ctx,
    );
    expect(r.ok).toBe(false);
    expect(r.rows.map((x) => [x.line, x.errors])).toEqual([
      [2, ["DATE_BEFORE_START"]],
      [3, ["DATE_IN_FUTURE"]],
      [4, ["KPI_UNKNOWN", "VALUE_INVALID"]],
      [5, ["ALREADY_RECORDED"]],
      [6, []],
      [7, ["DUPLICATE_ROW"]],
    ]);
  });

  it("refuses a file without the required columns, an empty one, or one too long", () => {
    expect(checkImport([{ line: 1, cells: ["Ngày", "Giá trị"] }, { line: 2, cells: ["31/01/2026", "1"] }], ctx)).toMatchObject({ ok: false, fileError: "MISSING_COLUMNS", missing: ["kpi"] });
    expect(checkImport([], ctx)).toMatchObject({ ok: false, fileError: "FILE_EMPTY" });
    expect(checkImport(table([]), ctx)).toMatchObject({ ok: false, fileError: "FILE_EMPTY" });
    expect(checkImport(table(Array.from({ length: 11 }, () => ["31/01/2026", "1", "1"])), ctx)).toMatchObject({ ok: false, fileError: "TOO_MANY_ROWS" });
  });
});
