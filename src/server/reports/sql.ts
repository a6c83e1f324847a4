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
import { EVER_APPROVED_STATES as EVER_APPROVED } from "@/domain/workflow";
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
  const scope = scopeTerms.length ? Prisma.join(scopeTerms, " or ") : Prisma.sql`false`;
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

/** Inside an event table's `bool_or(…)`: does this row make the proposal count for the measure? */
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

/** The boolean column of one measure in `facts`, from `p` and the folded event tables. */
function measureExpression(measure: Measure, f: ReportSqlFilter, t: ReturnType<typeof instants>, snapshotEnd: string): Prisma.Sql {
  const rule = ruleOf(measure);
  const received = Prisma.sql`(p."submittedAt" >= ${t.from}::timestamp and p."submittedAt" < ${t.to}::timestamp)`;
  switch (rule.kind) {
    case "received":
      return received;
    case "cohort":
      return Prisma.sql`(${received} and p.status in (${enumList(rule.states)}))`;
    case "inExecution":
      // Approved by the end of the snapshot day, execution (finish or stop) not ended by then.
      return Prisma.sql`(p."decidedAt" < ${snapshotEnd}::timestamp
        and p.status in (${enumList(EVER_APPROVED)})
        and (p."finishedAt" is null or p."finishedAt" >= ${snapshotEnd}::timestamp))`;
    default: {
      const table = eventTableOf(rule)!;
      return Prisma.sql`coalesce(${Prisma.raw(table)}.${ident(measure)}, false)`;
    }
  }
}

/**
 * `with p as (…), dec as (…), …, facts as (…)`: append a `select … from facts` to use it.
 * facts: id, code, "unitId", "unitPath", one boolean column per measure, and "COUNTED" (any measure).
 */
export function factsCte(f: ReportSqlFilter, pExtra: Prisma.Sql = Prisma.empty): Prisma.Sql {
  const t = instants(f.period);
  const snapshotEnd = instants({ from: f.period.from, to: snapshotDay(f.period, f.today) }).to;
  const byTable = new Map<EventTable, Measure[]>();
  for (const m of MEASURES) {
    const table = eventTableOf(ruleOf(m));
    if (table) byTable.set(table, [...(byTable.get(table) ?? []), m]);
  }
  const folds = (table: EventTable) =>
    Prisma.join(
      (byTable.get(table) ?? []).map((m) => Prisma.sql`bool_or(${eventCondition(ruleOf(m))}) as ${ident(m)}`),
      ", ",
    );
  const inP = (column: string) => Prisma.sql`${Prisma.raw(column)} in (select id from p)`;

  const columns = Prisma.join(
    MEASURES.map((m) => Prisma.sql`${measureExpression(m, f, t, snapshotEnd)} as ${ident(m)}`),
    ",\n      ",
  );
  return Prisma.sql`
  with p as materialized (${scopedProposals(f, pExtra)}),
  dec as (
    select d."proposalId" as id, ${folds("dec")}
    from "Decision" d
    where ${inP(`d."proposalId"`)} and ${DECISION_DAY} between ${f.period.from}::date and ${f.period.to}::date
    group by d."proposalId"),
  dir as (
    select pi."proposalId" as id, ${folds("dir")}
    from "Directive" di join "Pilot" pi on pi.id = di."pilotId"
    where ${inP(`pi."proposalId"`)} and di."issuedAt" >= ${t.from}::timestamp and di."issuedAt" < ${t.to}::timestamp
    group by pi."proposalId"),
  ev as (
    select e."proposalId" as id, ${folds("ev")}
    from "Evaluation" e
    where ${inP(`e."proposalId"`)} and e."decidedOn" between ${f.period.from}::date and ${f.period.to}::date
    group by e."proposalId"),
  rec as (
    select r."proposalId" as id, ${folds("rec")}
    from "Recognition" r
    where ${inP(`r."proposalId"`)} and r."decidedOn" between ${f.period.from}::date and ${f.period.to}::date
    group by r."proposalId"),
  rep as (
    select x."sourceProposalId" as id, ${folds("rep")}
    from "Replication" x
    where ${inP(`x."sourceProposalId"`)} and x."adoptedOn" between ${f.period.from}::date and ${f.period.to}::date
    group by x."sourceProposalId"),
  inst as (
    select i."proposalId" as id, ${folds("inst")}
    from "Institutionalisation" i
    where ${inP(`i."proposalId"`)} and i."recommendedOn" between ${f.period.from}::date and ${f.period.to}::date
    group by i."proposalId"),
  dl as (
    select dd."proposalId" as id, ${folds("dl")}
    from "Deadline" dd
    where ${inP(`dd."proposalId"`)}
      and dd."dueOn" < ${f.period.to}::date
      and (
        (dd.status = 'OPEN' and dd."dueOn" < ${f.today}::date and ${f.today}::date >= ${f.period.from}::date)
        or (dd.status = 'MISSED' and ${vnDay(Prisma.sql`dd."settledAt"`)} >= ${f.period.from}::date)
      )
    group by dd."proposalId"),
  facts0 as (
    select p.id, p.code, p."unitId", p."unitPath",
      ${columns}
    from p
      left join dec on dec.id = p.id
      left join dir on dir.id = p.id
      left join ev on ev.id = p.id
      left join rec on rec.id = p.id
      left join rep on rep.id = p.id
      left join inst on inst.id = p.id
      left join dl on dl.id = p.id),
  facts as (
    select facts0.*, (${Prisma.join(MEASURES.map((m) => Prisma.sql`facts0.${ident(m)}`), " or ")}) as "COUNTED"
    from facts0)`;
}

/** `count(*) filter (where "M")::int as "M"` for every measure, plus "COUNTED". */
export function countColumns(alias = "facts"): Prisma.Sql {
  return Prisma.join(
    [...MEASURES, "COUNTED"].map((m) => Prisma.sql`(count(*) filter (where ${Prisma.raw(alias)}.${ident(m)}))::int as ${ident(m)}`),
    ", ",
  );
}

export function measureColumn(measure: Measure, alias = "facts"): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(alias)}.${ident(measure)}`;
}

/**
 * Working days in (a, b] (the day of the event not counted, BLDS Art. 147.2, like calendar.ts):
 * Monday–Friday counted in closed form from a Monday epoch, then the CalendarDay table's holidays
 * falling on weekdays subtracted and make-up Saturdays/Sundays added (a small indexed range read).
 * Equal to domain/calendar.workingDaysBetween for a ≤ b (an integration test checks it).
 */
export function workingDaysSql(a: Prisma.Sql, b: Prisma.Sql): Prisma.Sql {
  const weekdaysBefore = (d: Prisma.Sql) =>
    Prisma.sql`(5 * ((${d} + 1 - date '1970-01-05') / 7) + least((${d} + 1 - date '1970-01-05') % 7, 5))`;
  return Prisma.sql`(${weekdaysBefore(b)} - ${weekdaysBefore(a)} + (
    select coalesce(sum(case
      when c.kind = 'HOLIDAY' and extract(isodow from c.date) < 6 then -1
      when c.kind = 'MAKEUP_WORKDAY' and extract(isodow from c.date) >= 6 then 1
      else 0 end), 0)::int
    from "CalendarDay" c where c.date > ${a} and c.date <= ${b}))`;
}

/**
 * Working days from receipt to decision (approve or reject, signed in the period; a return is not
 * a decision on the plan) and from the result report to the evaluation (decided in the period,
 * Art. 11), with `percentile_cont(0.5)`, per unit one level below the root and in total
 * (ROLLUP). The counts equal the DECIDED and EVALUATED measures.
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
  days as (select step, child, ${workingDaysSql(Prisma.sql`a`, Prisma.sql`b`)} as wd from spans)
  select step, child, grouping(child) as "isTotal",
    percentile_cont(0.5) within group (order by wd) as median, count(*)::int as n
  from days
  group by step, rollup(child)`;
}
