/**
 * What a report is about — root unit, period, field, detail — read from raw parameters (URL or job
 * data) and checked against the actor's rights. The root must be a unit the actor may report on
 * (`report.read`, or `report.export` for exports); anything else — unknown or foreign — is a 404,
 * so a report never reveals which units exist outside the actor's subtree.
 */
import { toVietnamDate, type IsoDay } from "@/domain/calendar";
import { NotFoundError } from "@/domain/errors";
import { can, readScope, type Action, type Actor } from "@/domain/permissions";
import { FIELDS } from "@/domain/plan";
import {
  customPeriod,
  DEFAULT_DETAIL,
  defaultPreset,
  isDetailLevel,
  presetOf,
  presetPeriod,
  type DetailLevel,
  type Period,
  type PeriodPreset,
} from "@/domain/reports";
import { db } from "../db";
import type { ReportSqlFilter } from "./sql";

export type ReportUnit = { id: string; name: string; path: string; depth: number };

export type ReportParams = {
  unit?: string | null;
  preset?: string | null;
  from?: string | null;
  to?: string | null;
  field?: string | null;
  detail?: string | number | null;
};

export type ReportContext = {
  root: ReportUnit;
  period: Period;
  preset: PeriodPreset;
  field: string | null;
  detail: DetailLevel;
  today: IsoDay;
  filter: ReportSqlFilter;
};

const unitSelect = { id: true, name: true, path: true, depth: true } as const;

/** Units the actor's own memberships let them report on (the roots of their report subtrees). */
export function reportRootIds(actor: Actor, action: Action = "report.read"): string[] {
  return [
    ...new Set(
      actor.memberships
        .filter((m) => can(actor, action, { kind: "unit", unitId: m.unitId, unitPath: m.unitPath }))
        .map((m) => m.unitId),
    ),
  ];
}

export function mayReportOn(actor: Actor, unit: { id: string; path: string }, action: Action = "report.read"): boolean {
  return can(actor, action, { kind: "unit", unitId: unit.id, unitPath: unit.path });
}

/** The units offered in the report's unit select: the actor's roots and the units right below them. */
export async function reportableUnits(actor: Actor): Promise<ReportUnit[]> {
  const roots = await db.unit.findMany({ where: { id: { in: reportRootIds(actor) } }, select: unitSelect, orderBy: { depth: "asc" } });
  if (roots.length === 0) return [];
  const children = await db.unit.findMany({ where: { parentId: { in: roots.map((r) => r.id) } }, select: unitSelect });
  const collator = new Intl.Collator("vi");
  const out: ReportUnit[] = [];
  for (const root of roots) {
    if (out.some((u) => u.id === root.id)) continue;
    out.push(root);
    out.push(...children.filter((c) => c.path.startsWith(root.path) && c.depth === root.depth + 1).sort((a, b) => collator.compare(a.name, b.name)));
  }
  return out;
}

/** A unit the actor may report on, by id, or a 404. */
export async function reportUnit(actor: Actor, unitId: string, action: Action = "report.read"): Promise<ReportUnit> {
  const unit = await db.unit.findUnique({ where: { id: unitId }, select: unitSelect });
  if (!unit || !mayReportOn(actor, unit, action)) throw new NotFoundError("Unit", unitId);
  return unit;
}

/** A unit the actor may report on, or null (for links back to a report; never an error). */
export async function reportUnitOrNull(actor: Actor, unitId: string | null | undefined): Promise<ReportUnit | null> {
  if (!unitId) return null;
  return reportUnit(actor, unitId).catch(() => null);
}

/** Period from the parameters: a preset, a valid custom range, else the default (this year). */
export function periodFrom(params: ReportParams, today: IsoDay): { period: Period; preset: PeriodPreset } {
  if (params.preset && params.preset !== "custom") {
    const period = presetPeriod(params.preset);
    if (period) return { period, preset: presetOf(period) };
  }
  const custom = customPeriod(params.from, params.to);
  if (custom) return { period: custom, preset: presetOf(custom) };
  const preset = defaultPreset(today);
  return { period: presetPeriod(preset)!, preset };
}

export async function resolveReport(
  actor: Actor,
  params: ReportParams,
  opts: { now?: Date; action?: Action } = {},
): Promise<ReportContext> {
  const action = opts.action ?? "report.read";
  const today = toVietnamDate(opts.now ?? new Date());
  let root: ReportUnit;
  if (params.unit) {
    root = await reportUnit(actor, params.unit, action);
  } else {
    const roots = await db.unit.findMany({ where: { id: { in: reportRootIds(actor, action) } }, select: unitSelect, orderBy: [{ depth: "asc" }, { name: "asc" }], take: 1 });
    if (roots.length === 0) throw new NotFoundError("Unit");
    root = roots[0];
  }
  const { period, preset } = periodFrom(params, today);
  const field = params.field && (FIELDS as readonly string[]).includes(params.field) ? params.field : null;
  const detailNumber = Number(params.detail);
  const detail = isDetailLevel(detailNumber) ? detailNumber : DEFAULT_DETAIL;
  const s = readScope(actor, "report.read");
  return {
    root,
    period,
    preset,
    field,
    detail,
    today,
    filter: { scope: { unitIds: s.unitIds, unitPathPrefixes: s.unitPathPrefixes }, rootPath: root.path, field, period, today },
  };
}

/** The query string of a report (links between the dashboard, the table, drill-downs and exports). */
export function reportQuery(ctx: Pick<ReportContext, "root" | "period" | "field" | "detail">, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    unit: ctx.root.id,
    from: ctx.period.from,
    to: ctx.period.to,
    ...(ctx.field ? { field: ctx.field } : {}),
    detail: String(ctx.detail),
    ...extra,
  }).toString();
}
