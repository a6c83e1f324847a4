/**
 * Benchmark cases of the Organisation Commission's reports, for `npm run bench` (scripts/bench.ts
 * wires them in). Budgets from the issue: the national dashboard ≤ 300 ms on the server, the
 * periodic report table ≤ 500 ms, the full XLSX export ≤ 10 s — on the volume data
 * (`npm run seed:volume`).
 *
 * Inputs (`BenchReportsContext`):
 *  - `commission`: an actor loaded with `loadActor` holding COMMISSION at the root unit (the
 *    national Commission, e.g. `bantochuc`) — the budgets are for this whole-tree scope;
 *  - `provinceCommission` (optional): a COMMISSION actor of one province (e.g. the volume
 *    province "VOL-TH"), for the same pages on a subtree (informational, same budgets);
 *  - `now` (optional): the instant the reports are computed at (default: the real clock).
 * The database is the one `src/server/db` uses (DATABASE_URL / globalThis.__db, as bench.ts sets).
 *
 * Returns cases shaped like bench.ts' `Case` ({ name, budgetMs, gate?, note?, run }), plus `runs`:
 * the XLSX export takes seconds, so it asks for 3 timed runs (and 1 warm-up) instead of the
 * default 30 — bench.ts should honour `runs`/`warmup` when present (or run it alone with --only).
 */
import { toVietnamDate } from "@/domain/calendar";
import type { SessionActor } from "@/server/actor";
import { resolveReport } from "@/server/reports/context";
import { buildExport } from "@/server/reports/export/runner";
import { dashboard, drillDown, periodicReport } from "@/server/reports/queries";

export type BenchReportsContext = {
  commission: SessionActor;
  provinceCommission?: SessionActor | null;
  now?: Date;
};

export type BenchReportCase = {
  name: string;
  budgetMs: number;
  gate?: boolean;
  note?: string;
  /** Timed runs / warm-up runs when the default (30 / 3) would take too long. */
  runs?: number;
  warmup?: number;
  run: () => Promise<unknown>;
};

export async function benchReports(ctx: BenchReportsContext): Promise<BenchReportCase[]> {
  const now = ctx.now ?? new Date();
  const year = Number(toVietnamDate(now).slice(0, 4));
  // The default report (this calendar year) and the full range of the volume data (3 years back).
  const national = await resolveReport(ctx.commission, {}, { now });
  const nationalExport = await resolveReport(ctx.commission, { from: `${year - 3}-01-01`, to: `${year}-12-31` }, { now, action: "report.export" });
  const cases: BenchReportCase[] = [
    {
      name: "Reports — national dashboard (this year)",
      budgetMs: 300,
      note: "issue budget: counts of every measure (one SQL) + medians (one SQL), in parallel",
      run: () => dashboard(national),
    },
    {
      name: "Reports — national periodic table (2 levels)",
      budgetMs: 500,
      note: "issue budget: one row per unit, subtotals per level, grand total",
      run: () => periodicReport(national),
    },
    {
      name: "Reports — drill-down, first page (national, received)",
      budgetMs: 500,
      gate: false,
      run: () => drillDown(national, "RECEIVED", null),
    },
    {
      name: `Reports — full XLSX export (national, ${year - 3}–${year})`,
      budgetMs: 10_000,
      note: "issue budget: summary + every counted proposal + definitions, streamed through a cursor",
      runs: 3,
      warmup: 1,
      run: () => buildExport(nationalExport, ctx.commission, "xlsx", { now }),
    },
  ];
  if (ctx.provinceCommission) {
    const province = await resolveReport(ctx.provinceCommission, {}, { now });
    cases.push(
      { name: "Reports — province dashboard (this year)", budgetMs: 300, gate: false, run: () => dashboard(province) },
      { name: "Reports — province periodic table (2 levels)", budgetMs: 500, gate: false, run: () => periodicReport(province) },
    );
  }
  return cases;
}
