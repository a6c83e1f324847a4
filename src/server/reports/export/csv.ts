/**
 * The periodic table as CSV: UTF-8 with a byte-order mark (without it Excel reads the file as the
 * Windows code page and garbles Vietnamese), RFC 4180 quoting, CRLF line ends, comma separator.
 * One header row (group – measure), then the rows in the table's order with their kind and level.
 */
import type { ReportRow } from "@/domain/report-tree";
import { PERIODIC_COLUMN_GROUPS } from "@/domain/reports";
import { columnHeaders, exportLanguage, rowKindLabel, rowLabel } from "./model";

export const BOM = "\uFEFF";

function cell(value: string | number): string {
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function periodicCsv(rows: readonly ReportRow[]): Buffer {
  const { t } = exportLanguage();
  const headers = columnHeaders();
  const groupOf = PERIODIC_COLUMN_GROUPS.flatMap((g) => g.measures.map(() => t(`columnGroups.${g.group}`)));
  const head = [t("numberColumn"), t("unitColumn"), t("rowKindColumn"), t("levelColumn"), ...headers.measures.map((m, i) => `${groupOf[i]} – ${m}`)];
  const lines = [head.map(cell).join(",")];
  for (const row of rows) {
    lines.push([row.number, rowLabel(row), rowKindLabel(row), row.level, ...headers.measureKeys.map((m) => row.counts[m])].map(cell).join(","));
  }
  return Buffer.from(BOM + lines.join("\r\n") + "\r\n", "utf8");
}
