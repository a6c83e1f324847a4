/**
 * Read side of the reports. Counts, lists and exports all run `factsCte` (sql.ts), so a number
 * on the dashboard, its cell in the periodic table, its drill-down list and its export agree by
 * construction; the integration tests prove it on a hand-built fixture.
 */
import { NotFoundError } from "@/domain/errors";
import { buildReportRows, zeroCounts, type Counts, type ReportRow } from "@/domain/report-tree";
import { MEASURES, ruleOf, type Measure } from "@/domain/reports";
import { toVietnamDate, workingDaysBetween } from "@/domain/calendar";
import { dateToDay, dayToDate, loadCalendar } from "../rules";
import { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import type { ReportContext } from "./context";
import { countsByUnitSql, factsCte, measureColumn, mediansSql, REPORT_SESSION_SQL } from "./sql";

/** Runs one report statement with the report's session settings (sql.ts REPORT_SESSION_SQL). */
export async function reportSql<T>(sql: Prisma.Sql): Promise<T> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw(REPORT_SESSION_SQL);
    return tx.$queryRaw<T>(sql);
  });
}

type CountRow = { unitPath: string; COUNTED: number } & Record<Measure, number>;

/** Counts of every measure per proposer unit (keyed by unit path), and how many proposals count in at least one. */
export async function countsByUnit(ctx: ReportContext): Promise<{ byUnit: Map<string, Counts>; counted: number }> {
  const rows = await reportSql<CountRow[]>(
    // Below the top of the tree the scope is a fraction of the proposals: read only their events.
    countsByUnitSql(ctx.filter, { restrictEvents: ctx.root.depth > 0 }),
  );
  const byUnit = new Map<string, Counts>();
  let counted = 0;
  for (const r of rows) {
    const c = zeroCounts();
    for (const m of MEASURES) c[m] = Number(r[m] ?? 0);
    byUnit.set(r.unitPath, c);
    counted += Number(r.COUNTED);
  }
  return { byUnit, counted };
}

async function treeUnits(ctx: ReportContext, detail: number) {
  return db.unit.findMany({
    where: { path: { startsWith: ctx.root.path }, depth: { gt: ctx.root.depth, lte: ctx.root.depth + detail } },
    select: { id: true, name: true, path: true, depth: true },
  });
}

export type PeriodicReport = { rows: ReportRow[]; total: Counts; counted: number };

/** The periodic table: rows per unit down to ctx.detail levels, subtotals, grand total. */
export async function periodicReport(ctx: ReportContext, detail: number = ctx.detail): Promise<PeriodicReport> {
  const [{ byUnit, counted }, units] = await Promise.all([countsByUnit(ctx), treeUnits(ctx, detail)]);
  const rows = buildReportRows({ root: ctx.root, units, countsByUnitPath: byUnit, detail });
  return { rows, total: rows[rows.length - 1].counts, counted };
}

export type MedianCell = { median: number | null; n: number };
export type Medians = {
  decision: MedianCell;
  evaluation: MedianCell;
  /** Per unit one level below the root ("" = the root unit's own proposals). */
  byUnit: { unitId: string; decision: MedianCell; evaluation: MedianCell }[];
};

/** Median working days to decision and to evaluation (sql.ts mediansSql). */
export async function medians(ctx: ReportContext): Promise<Medians> {
  const rows = await reportSql<{ step: "DECISION" | "EVALUATION"; child: string | null; isTotal: number; median: number | null; n: number }[]>(
    mediansSql(ctx.filter, ctx.root.depth),
  );
  const empty = (): MedianCell => ({ median: null, n: 0 });
  const out: Medians = { decision: empty(), evaluation: empty(), byUnit: [] };
  const per = new Map<string, { decision: MedianCell; evaluation: MedianCell }>();
  for (const r of rows) {
    const cell = { median: r.median === null ? null : Number(r.median), n: Number(r.n) };
    const key = r.step === "DECISION" ? "decision" : "evaluation";
    if (Number(r.isTotal) === 1) out[key] = cell;
    else {
      const id = r.child || ctx.root.id;
      const entry = per.get(id) ?? { decision: empty(), evaluation: empty() };
      entry[key] = cell;
      per.set(id, entry);
    }
  }
  out.byUnit = [...per.entries()].map(([unitId, v]) => ({ unitId, ...v }));
  return out;
}

export type Dashboard = {
  total: Counts;
  counted: number;
  /** One row per unit right below the root (and the root's own proposals), as the table at detail 1. */
  perUnit: ReportRow[];
  medians: Medians;
  unitNames: Map<string, string>;
};

/** Everything the dashboard shows: two SQL statements (counts, medians) plus the unit list. */
export async function dashboard(ctx: ReportContext): Promise<Dashboard> {
  const [report, m] = await Promise.all([periodicReport(ctx, 1), medians(ctx)]);
  const perUnit = report.rows.filter((r) => r.kind !== "total");
  const unitNames = new Map(perUnit.map((r) => [r.unitId, r.name]));
  unitNames.set(ctx.root.id, ctx.root.name);
  return { total: report.total, counted: report.counted, perUnit, medians: m, unitNames };
}

export const DRILL_PAGE_SIZE = 50;

const drillSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  field: true,
  submittedAt: true,
  unit: { select: { name: true } },
  author: { select: { fullName: true } },
  // Every drill-down shows the outcome and the conclusion, with links to read them (Art. 11).
  evaluations: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, category: true, conclusion: true } },
} satisfies Prisma.ProposalSelect;
export type DrillItem = Prisma.ProposalGetPayload<{ select: typeof drillSelect }>;

export type DrillTarget = { unitId: string; own: boolean };

/**
 * The proposals one number counts, newest code first, keyset-paginated on the code. Same facts,
 * same measure column as the count; `unit` narrows like a table row (subtree, or own proposals).
 */
export async function drillDown(
  ctx: ReportContext,
  measure: Measure,
  target: DrillTarget | null,
  opts: { cursor?: string | null; limit?: number } = {},
): Promise<{ items: DrillItem[]; nextCursor: string | null; unit: { id: string; name: string } }> {
  const limit = opts.limit ?? DRILL_PAGE_SIZE;
  const narrowed = await narrowTo(ctx, target);
  const rows = await reportSql<{ id: string; code: string }[]>(Prisma.sql`${factsCte(narrowed.filter, Prisma.empty, { restrictEvents: narrowed.narrow })}
    select facts.id, facts.code from facts
    where ${measureColumn(measure)} ${opts.cursor ? Prisma.sql`and facts.code < ${opts.cursor}` : Prisma.empty}
    order by facts.code desc limit ${limit + 1}`);
  const page = rows.slice(0, limit);
  const found = await db.proposal.findMany({ where: { id: { in: page.map((r) => r.id) } }, select: drillSelect });
  const byId = new Map(found.map((p) => [p.id, p]));
  return {
    items: page.map((r) => byId.get(r.id)).filter((p): p is DrillItem => !!p),
    nextCursor: rows.length > limit ? page[page.length - 1].code : null,
    unit: { id: narrowed.unitId, name: narrowed.unitName },
  };
}

/** How many proposals one number counts (the drill-down's heading; equal to the table's cell). */
export async function drillCount(ctx: ReportContext, measure: Measure, target: DrillTarget | null): Promise<number> {
  const narrowed = await narrowTo(ctx, target);
  const rows = await reportSql<{ n: number }[]>(Prisma.sql`${factsCte(narrowed.filter, Prisma.empty, { restrictEvents: narrowed.narrow })}
    select (count(*))::int as n from facts where ${measureColumn(measure)}`);
  return Number(rows[0]?.n ?? 0);
}

/** All ids one number counts (tests and small exports; callers bound the size). */
export async function drillIds(ctx: ReportContext, measure: Measure, target: DrillTarget | null): Promise<string[]> {
  const narrowed = await narrowTo(ctx, target);
  const rows = await reportSql<{ id: string }[]>(Prisma.sql`${factsCte(narrowed.filter, Prisma.empty, { restrictEvents: narrowed.narrow })}
    select facts.id from facts where ${measureColumn(measure)} order by facts.code`);
  return rows.map((r) => r.id);
}

/** The report narrowed to a unit inside its root (404 when the unit is outside it). */
async function narrowTo(ctx: ReportContext, target: DrillTarget | null) {
  if (!target) return { filter: ctx.filter, unitId: ctx.root.id, unitName: ctx.root.name, narrow: false };
  const unit = await db.unit.findUnique({ where: { id: target.unitId }, select: { id: true, name: true, path: true } });
  if (!unit || !unit.path.startsWith(ctx.root.path)) throw new NotFoundError("Unit", target.unitId);
  return {
    filter: { ...ctx.filter, unit: { id: unit.id, path: unit.path, own: target.own } },
    unitId: unit.id,
    unitName: unit.name,
    // A unit below the root is a smaller set: read only its proposals' events.
    narrow: unit.id !== ctx.root.id,
  };
}

/** What a drill-down row shows beyond the proposal, for the measure it was counted under. */
export type DrillDetail =
  | { kind: "overdue"; steps: { step: string; dueOn: Date; workingDaysLate: number; answered: boolean; unitName: string; responsible: string | null }[] }
  | { kind: "evaluation"; category: string; conclusion: string | null; decidedOn: Date }
  | { kind: "decision"; decisionKind: string; number: string | null; signedOn: Date | null };

/**
 * The measure-specific columns of a drill-down page (issue 12.17): for OVERDUE which step was
 * overdue, by how many working days and who must act; for evaluations the outcome and conclusion;
 * for decisions which decision and when. Read for the page's proposals only (≤ DRILL_PAGE_SIZE).
 */
export async function drillDetails(ctx: ReportContext, measure: Measure, ids: string[]): Promise<Map<string, DrillDetail>> {
  const out = new Map<string, DrillDetail>();
  if (ids.length === 0) return out;
  const rule = ruleOf(measure);
  const { from, to } = ctx.filter.period;
  if (rule.kind === "overdue") {
    const today = ctx.today;
    const rows = await db.deadline.findMany({
      where: {
        proposalId: { in: ids },
        dueOn: { lt: dayToDate(to) },
        OR: [{ status: "OPEN", dueOn: { lt: dayToDate(today) } }, { status: "MISSED" }],
      },
      orderBy: { dueOn: "asc" },
      select: { proposalId: true, kind: true, dueOn: true, status: true, settledAt: true, unit: { select: { name: true } }, assignee: { select: { fullName: true } } },
    });
    const calendar = await loadCalendar(db, Number(today.slice(0, 4)));
    for (const d of rows) {
      const answered = d.status === "MISSED";
      const end = answered && d.settledAt ? toVietnamDate(d.settledAt) : today;
      if (answered && end < from) continue;
      const entry = out.get(d.proposalId);
      const step = { step: d.kind, dueOn: d.dueOn, workingDaysLate: Math.max(1, workingDaysBetween(dateToDay(d.dueOn), end, calendar)), answered, unitName: d.unit.name, responsible: d.assignee?.fullName ?? null };
      if (entry?.kind === "overdue") entry.steps.push(step);
      else out.set(d.proposalId, { kind: "overdue", steps: [step] });
    }
  } else if (rule.kind === "evaluation") {
    const rows = await db.evaluation.findMany({
      where: { proposalId: { in: ids }, decidedOn: { gte: dayToDate(from), lte: dayToDate(to) } },
      orderBy: { decidedOn: "desc" },
      select: { proposalId: true, category: true, conclusion: true, decidedOn: true },
    });
    for (const e of rows) if (!out.has(e.proposalId)) out.set(e.proposalId, { kind: "evaluation", category: e.category, conclusion: e.conclusion, decidedOn: e.decidedOn });
  } else if (rule.kind === "decision") {
    const rows = await db.decision.findMany({
      where: { proposalId: { in: ids }, kind: { in: [...rule.decisionKinds] } },
      orderBy: { createdAt: "desc" },
      select: { proposalId: true, kind: true, number: true, signedOn: true },
    });
    for (const d of rows) if (!out.has(d.proposalId)) out.set(d.proposalId, { kind: "decision", decisionKind: d.kind, number: d.number, signedOn: d.signedOn });
  }
  return out;
}
