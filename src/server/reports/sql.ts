/**
 * The one SQL rendering of the report measures (src/domain/reports.ts). Every number of the
 * dashboard, the periodic table, the drill-down lists and the exports comes from `factsCte`: one
 * row per proposal of the report's scope with one boolean column per measure. Counting is
 * `count(*) filter (where "<MEASURE>")`, listing is `where "<MEASURE>"` — the same where-clause.
 *
 * Aggregation happens in PostgreSQL: the proposals of the scope are read once (materialised CTE
 * `p`), each event table is filtered to the period and folded to one row per proposal
 * (`bool_or`), then left-joined. Parameters are bound; the only raw fragments are enum literals
 * and measure names from the domain's constant lists, checked against a strict pattern.
 */
import { addCalendarDays, startOfVietnamDay, type IsoDay } from "@/domain/calendar";
import { MEASURES, ruleOf, snapshotDay, type Measure, type MeasureRule, type Period } from "@/domain/reports";
import { EVER_APPROVED_STATES as EVER_APPROVED, STATES, type State } from "@/domain/workflow";
import { Prisma } from "@/generated/prisma/client";

export type ReportSqlFilter = {
  /** readScope(actor, "report.read") rendered: the proposals the actor may count. */
  readonly scope: { readonly unitIds: readonly string[]; readonly unitPathPrefixes: readonly string[] };
  /** The report's root unit (inside the scope). */
  readonly rootPath: string;
  readonly field: string | null;
  readonly period: Period;
  /** Vietnamese local date of "now". */
  readonly today: IsoDay;
  /** Narrow to one unit: its whole subtree, or its own proposals only (drill-down, row links). */
  readonly unit?: { readonly id: string; readonly path: string; readonly own: boolean } | null;
};

const IDENT = /^[A-Z][A-Z_]*$/;

function ident(name: string): Prisma.Sql {
  if (!IDENT.test(name)) throw new Error(`not a measure/enum name: ${name}`);
  return Prisma.raw(`"${name}"`);
}

/** A list of enum literals ('A', 'B') for `col in (…)`: constants of the domain, never user input. */
function enumList(values: readonly string[]): Prisma.Sql {
  if (values.length === 0) throw new Error("empty enum list");
  return Prisma.raw(
    values
      .map((v) => {
        if (!IDENT.test(v)) throw new Error(`not an enum literal: ${v}`);
        return `'${v}'`;
      })
      .join(", "),
  );
}

/** `prefix%` for LIKE, with LIKE's wildcards escaped (paths are ids and slashes, but be exact). */
export function likePrefix(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** [start, end) instants of the period's Vietnamese days, as `timestamp` literals (columns hold UTC). */
function instants(period: Period) {
  const iso = (d: Date) => d.toISOString().replace("Z", "");
  return { from: iso(startOfVietnamDay(period.from)), to: iso(startOfVietnamDay(addCalendarDays(period.to, 1))) };
}

/** The Vietnamese local day of a UTC timestamp column (UTC+7 all year). */
const vnDay = (column: Prisma.Sql) => Prisma.sql`((${column}) + interval '7 hours')::date`;
/** The legal day of a decision: the day it was signed (the day it was recorded, when missing). */
const DECISION_DAY = Prisma.sql`coalesce(d."signedOn", ${vnDay(Prisma.sql`d."createdAt"`)})`;

/** The proposals of the scope, root, field and unit filters: the only place they are applied. */
export function scopedProposals(f: ReportSqlFilter, extra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const scopeTerms: Prisma.Sql[] = [
    ...(f.scope.unitIds.length ? [Prisma.sql`p."unitId" in (${Prisma.join([...f.scope.unitIds])})`] : []),
    ...f.scope.unitPathPrefixes.map((prefix) => Prisma.sql`p."unitPath" like ${likePrefix(prefix)}`),
  ];
  // The root is always inside the actor's scope (context.ts checks it); when a scope prefix covers
  // it, the root's own prefix test implies the scope and the duplicate test is left out.
  const covered = f.scope.unitPathPrefixes.some((prefix) => f.rootPath.startsWith(prefix));
  const scope = covered ? Prisma.sql`true` : scopeTerms.length ? Prisma.join(scopeTerms, " or ") : Prisma.sql`false`;
  const unit = f.unit
    ? f.unit.own
      ? Prisma.sql`and p."unitId" = ${f.unit.id}`
      : Prisma.sql`and p."unitPath" like ${likePrefix(f.unit.path)}`
    : Prisma.empty;
  return Prisma.sql`
    select p.id, p.code, p."unitId", p."unitPath", p.status, p."submittedAt", p."decidedAt", p."finishedAt"
    from "Proposal" p
    where p.status <> 'DRAFT'
      and (${scope})
      and p."unitPath" like ${likePrefix(f.rootPath)}
      ${f.field ? Prisma.sql`and p.field = ${f.field}` : Prisma.empty}
      ${unit}
      ${extra}`;
}

type EventTable = "dec" | "dir" | "ev" | "rec" | "rep" | "inst" | "dl";

function eventTableOf(rule: MeasureRule): EventTable | null {
  switch (rule.kind) {
    case "received":
    case "cohort":
    case "inExecution":
      return null;
    case "decision":
      return "dec";
    case "directive":
      return "dir";
    case "evaluation":
      return "ev";
    case "recognition":
      return "rec";
    case "replication":
      return "rep";
    case "institutionalisation":
      return "inst";
    case "overdue":
      return "dl";
  }
}

/** For one event row: does it make its proposal count for the measure (its bit in the row's mask)? */
function eventCondition(rule: MeasureRule): Prisma.Sql {
  switch (rule.kind) {
    case "decision":
      return Prisma.sql`(d.kind in (${enumList(rule.decisionKinds)})${rule.basis ? Prisma.sql` and d.basis = ${Prisma.raw(`'${rule.basis}'`)}` : Prisma.empty})`;
    case "directive":
      return Prisma.sql`(di.kind = ${enumList([rule.directiveKind])})`;
    case "evaluation": {
      const terms = [
        ...(rule.categories ? [Prisma.sql`e.category in (${enumList(rule.categories)})`] : []),
        ...(rule.conclusions ? [Prisma.sql`e.conclusion in (${enumList(rule.conclusions)})`] : []),
      ];
      return terms.length ? Prisma.sql`(${Prisma.join(terms, " and ")})` : Prisma.sql`true`;
    }
    case "recognition":
      return rule.recognitionKinds ? Prisma.sql`(r.kind in (${enumList(rule.recognitionKinds)}))` : Prisma.sql`true`;
    default:
      return Prisma.sql`true`;
  }
}

/** The condition of a proposal-only measure, on the scoped proposal `p`. */
function measureExpression(measure: Measure, f: ReportSqlFilter, t: ReturnType<typeof instants>, snapshotEnd: string): Prisma.Sql {
  const rule = ruleOf(measure);
  const received = Prisma.sql`(p."submittedAt" >= ${t.from}::timestamp and p."submittedAt" < ${t.to}::timestamp)`;
  switch (rule.kind) {
    case "received":
      return received;
    case "inExecution":
      // Approved by the end of the snapshot day, execution (finish or stop) not ended by then.
      return Prisma.sql`(p."decidedAt" < ${snapshotEnd}::timestamp
        and p.status in (${enumList(EVER_APPROVED)})
        and (p."finishedAt" is null or p."finishedAt" >= ${snapshotEnd}::timestamp))`;
    default:
      // Cohorts are bits of the receipt CASE (factsCte); the others are event measures.
      throw new Error(`${measure} has no proposal-only condition`);
  }
}

/** Event tables: which alias each event rule reads, and the rows (filtered to the period) it folds. */
const EVENT_TABLES: readonly EventTable[] = ["dec", "dir", "ev", "rec", "rep", "inst", "dl"];

function eventRows(table: EventTable, f: ReportSqlFilter, t: ReturnType<typeof instants>): { id: Prisma.Sql; from: Prisma.Sql } {
  const between = (column: string) => Prisma.sql`${Prisma.raw(column)} between ${f.period.from}::date and ${f.period.to}::date`;
  switch (table) {
    case "dec":
      return { id: Prisma.sql`d."proposalId"`, from: Prisma.sql`"Decision" d where ${DECISION_DAY} between ${f.period.from}::date and ${f.period.to}::date` };
    case "dir":
      return {
        id: Prisma.sql`pi."proposalId"`,
        from: Prisma.sql`"Directive" di join "Pilot" pi on pi.id = di."pilotId" where di."issuedAt" >= ${t.from}::timestamp and di."issuedAt" < ${t.to}::timestamp`,
      };
    case "ev":
      return { id: Prisma.sql`e."proposalId"`, from: Prisma.sql`"Evaluation" e where ${between(`e."decidedOn"`)}` };
    case "rec":
      return { id: Prisma.sql`r."proposalId"`, from: Prisma.sql`"Recognition" r where ${between(`r."decidedOn"`)}` };
    case "rep":
      return { id: Prisma.sql`x."sourceProposalId"`, from: Prisma.sql`"Replication" x where ${between(`x."adoptedOn"`)}` };
    case "inst":
      return { id: Prisma.sql`i."proposalId"`, from: Prisma.sql`"Institutionalisation" i where ${between(`i."recommendedOn"`)}` };
    case "dl":
      // Overdue at some time during the period: due before its end, and either still open now and
      // due before today, or answered late (MISSED) on a day from the period's start on.
      return {
        id: Prisma.sql`dd."proposalId"`,
        from: Prisma.sql`"Deadline" dd where dd."dueOn" < ${f.period.to}::date and (
          (dd.status = 'OPEN' and dd."dueOn" < ${f.today}::date and ${f.today}::date >= ${f.period.from}::date)
          or (dd.status = 'MISSED' and ${vnDay(Prisma.sql`dd."settledAt"`)} >= ${f.period.from}::date))`,
      };
  }
}

/** Bit i of a measure mask is MEASURES[i] (46 measures fit a bigint). */
function bitOf(m: Measure): Prisma.Sql {
  const i = MEASURES.indexOf(m);
  if (i < 0 || i > 62) throw new Error(`no bit for ${m}`);
  return Prisma.raw(`${2n ** BigInt(i)}::bigint`);
}

/**
 * `with events as (…), folded as (…), facts as (…)`: append a `select … from facts` to use it.
 * facts: id, code, "unitId", "unitPath", `mask` (bit i set when the proposal counts in MEASURES[i]),
 * one boolean column per measure (read from the mask), and "COUNTED" (any measure).
 * The event rows of the period (every event table, one UNION ALL) each carry the bits of the event
 * measures they satisfy; one bit_or per proposal folds them (cheaper than a column per measure),
 * and one join to the scoped proposals adds the proposal-only measures and drops what is outside
 * the scope.
 */
export function factsCte(
  f: ReportSqlFilter,
  pExtra: Prisma.Sql = Prisma.empty,
  opts: {
    /**
     * Read only the events of the scoped proposals (an indexed look-up per proposal): for a small
     * set — an export batch, one unit's drill-down. The whole scope reads the period's events once.
     */
    restrictEvents?: boolean;
  } = {},
): Prisma.Sql {
  const t = instants(f.period);
  const snapshotEnd = instants({ from: f.period.from, to: snapshotDay(f.period, f.today) }).to;
  const branches = EVENT_TABLES.map((table) => {
    const rows = eventRows(table, f, t);
    const bits = MEASURES.filter((m) => eventTableOf(ruleOf(m)) === table).map(
      (m) => Prisma.sql`(case when ${eventCondition(ruleOf(m))} then ${bitOf(m)} else 0::bigint end)`,
    );
    const only = opts.restrictEvents ? Prisma.sql` and ${rows.id} in (select p.id from p)` : Prisma.empty;
    return Prisma.sql`select ${rows.id} as id, (${Prisma.join(bits, " | ")}) as mask from ${rows.from}${only}`;
  });
  // Proposal-only measures. "received" and the cohorts depend on (received in the period, status):
  // one CASE over the status gives all their bits at once (the bits of each state computed here),
  // instead of re-testing the period for every cohort measure.
  const receiptBits = (state: State) =>
    MEASURES.filter((m) => {
      const rule = ruleOf(m);
      return rule.kind === "received" || (rule.kind === "cohort" && rule.states.includes(state));
    }).reduce((mask, m) => mask | 2n ** BigInt(MEASURES.indexOf(m)), 0n);
  const byState = Prisma.join(
    STATES.map((state) => Prisma.sql`when ${Prisma.raw(`'${state}'`)} then ${Prisma.raw(`${receiptBits(state)}::bigint`)}`),
    " ",
  );
  const proposalBits = [
    Prisma.sql`(case when ${measureExpression("RECEIVED", f, t, snapshotEnd)} then (case p.status ${byState} else 0::bigint end) else 0::bigint end)`,
    ...MEASURES.filter((m) => ruleOf(m).kind === "inExecution").map(
      (m) => Prisma.sql`(case when ${measureExpression(m, f, t, snapshotEnd)} then ${bitOf(m)} else 0::bigint end)`,
    ),
  ];
  const columns = Prisma.join(
    MEASURES.map((m) => Prisma.sql`(facts0.mask & ${bitOf(m)}) <> 0 as ${ident(m)}`),
    ",\n      ",
  );
  return Prisma.sql`
  with p as ${opts.restrictEvents ? Prisma.sql`materialized` : Prisma.sql`not materialized`} (${scopedProposals(f, pExtra)}),
  events as (${Prisma.join(branches, "\n    union all ")}),
  folded as (select events.id, bit_or(events.mask) as mask from events group by events.id),
  facts0 as (
    select p.id, p.code, p."unitId", p."unitPath",
      (${Prisma.join(proposalBits, " | ")} | coalesce(folded.mask, 0::bigint)) as mask
    from p left join folded on folded.id = p.id),
  facts as (
    select facts0.id, facts0.code, facts0."unitId", facts0."unitPath", facts0.mask,
      ${columns},
      facts0.mask <> 0 as "COUNTED"
    from facts0)`;
}

/**
 * Counts per proposer unit: proposals are first grouped by (unit, mask) — few distinct masks per
 * unit — then each measure sums the groups whose mask has its bit.
 */
export function countsByUnitSql(f: ReportSqlFilter, opts: { restrictEvents?: boolean } = {}): Prisma.Sql {
  const sums = Prisma.join(
    MEASURES.map((m) => Prisma.sql`(coalesce(sum(g.n) filter (where (g.mask & ${bitOf(m)}) <> 0), 0))::int as ${ident(m)}`),
    ", ",
  );
  return Prisma.sql`${factsCte(f, Prisma.empty, opts)},
  g as (select facts."unitPath", facts.mask, count(*) as n from facts where facts.mask <> 0 group by facts."unitPath", facts.mask)
  select g."unitPath" as "unitPath", ${sums}, (sum(g.n))::int as "COUNTED" from g group by g."unitPath"`;
}

export function measureColumn(measure: Measure, alias = "facts"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.${ident(measure)}`;
}

/**
 * Working days in (a, b] (the event's own day not counted, BLDS Art. 147.2, like
 * domain/calendar.workingDaysBetween): a day table over the spans' range only — Monday–Friday,
 * minus CalendarDay holidays, plus make-up working days (the holiday wins when a day is both) —
 * numbered by a running count W, so wd(a, b) = W(b) − W(a) is two hash look-ups per span instead
 * of a calendar scan per row. An integration test checks it against the domain function.
 */
function workdayTable(spans: string): Prisma.Sql {
  return Prisma.sql`
  bounds as (select min(a) as lo, max(b) as hi from ${Prisma.raw(spans)}),
  workdays as (
    select g::date as day,
      sum(case
        when c.kind = 'HOLIDAY' then 0
        when c.kind = 'MAKEUP_WORKDAY' then 1
        when extract(isodow from g) < 6 then 1
        else 0 end) over (order by g) as w
    from bounds cross join generate_series(bounds.lo, bounds.hi, interval '1 day') g
      left join "CalendarDay" c on c.date = g::date)`;
}

/** Working days between pairs of days (a, b), for tests: `select wd from …`. */
export function workingDaysBetweenSql(pairs: readonly (readonly [string, string])[]): Prisma.Sql {
  const values = Prisma.join(pairs.map(([a, b], i) => Prisma.sql`(${i}::int, ${a}::date, ${b}::date)`), ", ");
  return Prisma.sql`
  with spans(i, a, b) as (values ${values}),
  ${workdayTable("spans")}
  select s.i, (wb.w - wa.w)::int as wd from spans s join workdays wa on wa.day = s.a join workdays wb on wb.day = s.b order by s.i`;
}

/**
 * Working days from receipt to decision (approve or reject, signed in the period; a return is not
 * a decision on the plan) and from the result report to the evaluation (decided in the period,
 * Art. 18), with percentile_cont(0.5), per unit one level below the root and in total (ROLLUP).
 * The counts equal the DECIDED and EVALUATED measures.
 */
export function mediansSql(f: ReportSqlFilter, rootDepth: number): Prisma.Sql {
  const child = Prisma.sql`split_part(p."unitPath", '/', ${rootDepth + 3})`;
  return Prisma.sql`
  with p as materialized (${scopedProposals(f)}),
  spans as (
    select 'DECISION' as step, ${child} as child, ${vnDay(Prisma.sql`p."submittedAt"`)} as a, ${DECISION_DAY} as b
    from "Decision" d join p on p.id = d."proposalId"
    where d.kind in ('IMPLEMENT', 'PILOT', 'NOT_APPROVED')
      and ${DECISION_DAY} between ${f.period.from}::date and ${f.period.to}::date
      and p."submittedAt" is not null
    union all
    select 'EVALUATION' as step, ${child} as child, ${vnDay(Prisma.sql`rr."submittedAt"`)} as a, e."decidedOn" as b
    from "Evaluation" e join p on p.id = e."proposalId" join "ResultReport" rr on rr.id = e."resultReportId"
    where e."decidedOn" between ${f.period.from}::date and ${f.period.to}::date),
  ${workdayTable("spans")},
  days as (
    select s.step, s.child, wb.w - wa.w as wd
    from spans s join workdays wa on wa.day = s.a join workdays wb on wb.day = s.b)
  select step, child, grouping(child) as "isTotal",
    percentile_cont(0.5) within group (order by wd) as median, count(*)::int as n
  from days
  group by step, rollup(child)`;
}

/**
 * Settings for one report statement (inside its own transaction, SET LOCAL): enough memory for
 * the hash tables of a national report (the default 4 MB spills to disk), and no parallel workers
 * — the planner cannot estimate the UNION of event tables, and its parallel sort plans were slower
 * than one hash aggregate; a report should not take every core from the other users either.
 */
export const REPORT_SESSION_SQL = Prisma.sql`select set_config('work_mem', '32MB', true), set_config('max_parallel_workers_per_gather', '0', true)`;
