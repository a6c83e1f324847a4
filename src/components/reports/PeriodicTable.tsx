import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";
import type { ReportRow } from "@/domain/report-tree";
import { measureMessageKeys, PERIODIC_COLUMN_GROUPS, type Measure } from "@/domain/reports";

/**
 * The periodic report (KL 14 §3.2): one row per unit, subtotals per level of the tree (bold, above
 * the units they add up), the grand total last. Every number links to the proposals it counts.
 * The unit column stays in view while the table scrolls sideways.
 */
export function PeriodicTable({
  rows,
  caption,
  hrefFor,
  unitHref,
}: {
  rows: ReportRow[];
  caption: string;
  hrefFor: (measure: Measure, row: ReportRow) => string;
  /** The report scoped to a row's unit (drill into the tree). */
  unitHref: (row: ReportRow) => string | null;
}) {
  const t = useTranslations("reports");
  const format = useFormatter();
  const label = (row: ReportRow) => (row.kind === "total" ? t("totalRow") : row.kind === "own" ? t("ownRow", { unit: row.name }) : row.name);
  return (
    // data-layout="wide": the page may use the whole window (globals.css), so all 19 columns fit at 1366 px.
    <div data-layout="wide" className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-slate-800">
          <tr>
            <th scope="col" rowSpan={2} className="border-b border-r border-slate-200 px-2 py-2 text-left font-semibold">
              {t("numberColumn")}
            </th>
            <th scope="col" rowSpan={2} className="sticky left-0 z-10 min-w-48 border-b border-r border-slate-200 bg-slate-50 px-3 py-2 text-left font-semibold">
              {t("unitColumn")}
            </th>
            {PERIODIC_COLUMN_GROUPS.map((g) =>
              g.measures.length === 1 ? (
                <th key={g.group} scope="col" rowSpan={2} className="border-b border-r border-slate-200 px-2 py-1.5 text-center text-xs font-semibold leading-tight">
                  {t(measureMessageKeys(g.measures[0]).short)}
                </th>
              ) : (
                <th key={g.group} scope="colgroup" colSpan={g.measures.length} className="border-b border-r border-slate-200 px-2 py-1.5 text-center font-semibold">
                  {t(`columnGroups.${g.group}`)}
                </th>
              ),
            )}
          </tr>
          <tr>
            {PERIODIC_COLUMN_GROUPS.filter((g) => g.measures.length > 1).flatMap((g) =>
              g.measures.map((m) => (
                <th key={m} scope="col" className="border-b border-r border-slate-200 px-2 py-1.5 text-center text-xs font-semibold leading-tight">
                  {t(measureMessageKeys(m).short)}
                </th>
              )),
            )}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const strong = row.kind === "subtotal" || row.kind === "total";
            const href = unitHref(row);
            return (
              <tr
                key={`${row.kind}-${row.unitId}`}
                className={cx(
                  "border-b border-slate-100",
                  row.kind === "subtotal" && "bg-slate-50 font-semibold",
                  row.kind === "total" && "border-t-2 border-t-slate-400 bg-amber-50 font-semibold",
                  row.kind === "own" && "italic text-slate-700",
                )}
              >
                <td className="whitespace-nowrap border-r border-slate-100 px-2 py-1.5 text-slate-600">{row.number}</td>
                <th
                  scope="row"
                  className={cx("sticky left-0 z-10 border-r border-slate-200 px-3 py-1.5 text-left font-normal", strong && "font-semibold", row.kind === "total" ? "bg-amber-50" : row.kind === "subtotal" ? "bg-slate-50" : "bg-white")}
                  style={{ paddingLeft: `${0.75 + Math.max(0, row.level - 1) * 1}rem` }}
                >
                  {href && row.kind !== "own" ? (
                    <Link href={href} prefetch={false} className="text-slate-900 underline-offset-2 hover:underline">
                      {label(row)}
                    </Link>
                  ) : (
                    label(row)
                  )}
                </th>
                {PERIODIC_COLUMN_GROUPS.flatMap((g) =>
                  g.measures.map((m) => (
                    <td key={m} className="border-r border-slate-100 px-2 py-1.5 text-right tabular-nums">
                      <Link
                        href={hrefFor(m, row)}
                        // Hundreds of numbers: prefetching each list fired a request per cell (issue 12.14).
                        prefetch={false}
                        className={cx("underline-offset-2 hover:underline", row.counts[m] === 0 ? "text-slate-500" : "text-blue-800")}
                        aria-label={t("drill.linkLabel", { measure: t(measureMessageKeys(m).label), unit: label(row), count: format.number(row.counts[m]) })}
                      >
                        {format.number(row.counts[m])}
                      </Link>
                    </td>
                  )),
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
