/**
 * What every report page resolves first: the actor, the report (root, period, field, detail —
 * a unit outside the actor's sight is a 404), the filter options, and the link base.
 */
import { notFound } from "next/navigation";
import { formatIsoDay } from "@/i18n/dates";
import { getLocale, getTranslations } from "next-intl/server";
import type { FilterOption } from "@/components/reports/ReportFilters";
import type { ReportLinkBase } from "@/components/reports/links";
import { NotFoundError } from "@/domain/errors";
import { FIELDS } from "@/domain/plan";
import { DETAIL_LEVELS, periodPresets } from "@/domain/reports";
import { requireActor } from "@/server/auth";
import { reportableUnits, resolveReport, type ReportContext } from "@/server/reports/context";

export type Search = Promise<Record<string, string | string[] | undefined>>;
export const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export async function loadReportPage(searchParams: Search) {
  const actor = await requireActor();
  const sp = await searchParams;
  let ctx: ReportContext;
  try {
    ctx = await resolveReport(actor, {
      unit: one(sp.unit) || null,
      preset: one(sp.preset) || null,
      from: one(sp.from) || null,
      to: one(sp.to) || null,
      field: one(sp.field) || null,
      detail: one(sp.detail) || null,
    });
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const [t, tf, units, locale] = await Promise.all([getTranslations("reports"), getTranslations("fields"), reportableUnits(actor), getLocale()]);
  const presetLabel = (p: string) => {
    const [kind, year] = p.split("-");
    return t(`filters.${kind as "h1" | "h2" | "y"}`, { year: Number(year) });
  };
  const presets: FilterOption[] = [
    ...periodPresets(ctx.today).map((p) => ({ value: p, label: presetLabel(p) })),
    { value: "custom", label: t("filters.custom") },
  ];
  // A preset of an older year reached by a link stays selectable.
  if (ctx.preset !== "custom" && !presets.some((p) => p.value === ctx.preset)) presets.splice(presets.length - 1, 0, { value: ctx.preset, label: presetLabel(ctx.preset) });
  const minDepth = Math.min(...units.map((u) => u.depth), ctx.root.depth);
  const unitOptions: FilterOption[] = units.map((u) => ({ value: u.id, label: `${"— ".repeat(Math.max(0, u.depth - minDepth))}${u.name}` }));
  if (!units.some((u) => u.id === ctx.root.id)) unitOptions.push({ value: ctx.root.id, label: ctx.root.name });
  const fields: FilterOption[] = FIELDS.map((f) => ({ value: f, label: tf(f) }));
  const details: FilterOption[] = DETAIL_LEVELS.map((d) => ({ value: String(d), label: t("filters.detailLevel", { level: d }) }));
  const base: ReportLinkBase = { root: ctx.root.id, from: ctx.period.from, to: ctx.period.to, field: ctx.field, detail: ctx.detail };
  const filterLabels = {
    legend: t("filters.legend"),
    period: t("filters.period"),
    from: t("filters.from"),
    to: t("filters.to"),
    unit: t("filters.unit"),
    field: t("filters.field"),
    allFields: t("filters.allFields"),
    detail: t("filters.detail"),
    apply: t("filters.apply"),
    customHint: t("filters.customHint"),
    invalidRange: t("filters.invalidRange"),
  };
  // A custom range that was refused (not real days, reversed, too long) falls back to the default
  // period; say so next to the filter instead of silently showing another period.
  const askedFrom = one(sp.from);
  const askedTo = one(sp.to);
  const rangeRefused = one(sp.preset) === "custom" && (askedFrom !== ctx.period.from || askedTo !== ctx.period.to);
  return { actor, ctx, locale, presets, rangeRefused, unitOptions, fields, details, base, filterLabels, fieldLabel: ctx.field ? tf(ctx.field) : null };
}

/** A day "yyyy-mm-dd" in the reader's language: "31/12/2026", "31 Dec 2026" (i18n/dates.ts). */
export function dayLabel(day: string, locale: string): string {
  return formatIsoDay(locale, day);
}
