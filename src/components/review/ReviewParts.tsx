"use client";
/**
 * Small pieces of the review page: the non-working-day hint under a date, the rule a tally applied
 * (khoản 1 Điều 8), every reviewer's findings on the conditions (Art. 4, 5.1) and the KPI rows of
 * the decision with visible labels.
 */
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { Badge } from "@/components/ui/Badge";
import { Field, Input } from "@/components/ui/Field";
import { formatDay } from "@/components/documents/official-document-model";
import { isIsoDay, isWorkingDay, type WorkCalendar } from "@/domain/calendar";
import { CONDITIONS } from "@/domain/review";
import type { VoteRuleSummary, VoteTally } from "@/domain/vote";

export type CalendarDays = { holidays: string[]; makeUpWorkdays: string[] };

export function useWorkCalendar(days: CalendarDays): WorkCalendar {
  return useMemo(() => ({ holidays: new Set(days.holidays), makeUpWorkdays: new Set(days.makeUpWorkdays) }), [days]);
}

/** "dd/mm/yyyy" in Vietnamese, the locale's day otherwise. */
export function useDay() {
  const locale = useLocale();
  // English in the unambiguous day-first order, like the Vietnamese.
  return (day: string) => formatDay(locale === "en" ? "en-GB" : locale, day) ?? day;
}

/** A meeting or a signing on a day off is allowed, but said (LEGAL.md "Dates are checked"). */
export function NonWorkingDayHint({ id, day, calendar }: { id: string; day: string; calendar: WorkCalendar }) {
  const t = useTranslations("review");
  const fmt = useDay();
  if (!isIsoDay(day) || isWorkingDay(day, calendar)) return null;
  return (
    <p id={id} className="text-xs text-amber-800">
      {t("nonWorkingDay", { date: fmt(day) })}
    </p>
  );
}

/** The base and the threshold a tally applied, with the article, so a reader can check it. */
export function VoteBase({ tally, rule }: { tally: VoteTally; rule: VoteRuleSummary }) {
  const t = useTranslations("review.meeting");
  const values = { percent: rule.percent, needed: rule.needed, eligible: rule.eligible };
  const threshold = t(rule.strictlyGreater ? "thresholdStrict" : "thresholdAtLeast", values);
  return (
    <div className="mt-2 space-y-1 border-t border-current/20 pt-2 text-xs">
      <p>{t("base", { eligible: tally.eligible, threshold })}</p>
      {rule.tieToHeadSide ? <p>{t("tieRule", { percent: rule.percent })}</p> : null}
      <p className="font-medium">{t("article")}</p>
    </div>
  );
}

export type ReviewerFindings = { reviewer: string; mine: boolean; findings: { condition: string; finding: string; note: string | null }[] };

/** Every reviewer's findings on this revision, one row per condition, shared with the leadership. */
export function FindingsSummary({ reviews }: { reviews: ReviewerFindings[] }) {
  const t = useTranslations("review.checklist");
  if (reviews.length === 0) return <p className="text-sm text-slate-600">{t("noneYet")}</p>;
  const tone = (f: string) => (f === "MET" ? "success" : f === "NOT_MET" ? "danger" : "warning");
  return (
    <ul className="space-y-3">
      {CONDITIONS.map((c) => {
        const rows = reviews.flatMap((r) => r.findings.filter((f) => f.condition === c).map((f) => ({ ...f, reviewer: r.reviewer, mine: r.mine })));
        if (rows.length === 0) return null;
        return (
          <li key={c} className="rounded-md border border-slate-200 p-3 text-sm">
            <p className="font-medium">{t(`conditions.${c}`)}</p>
            <ul className="mt-1 space-y-1">
              {rows.map((f, i) => (
                <li key={i} className="flex flex-wrap items-baseline gap-2">
                  <Badge tone={tone(f.finding)}>{t(`findings.${f.finding}`)}</Badge>
                  <span className="text-slate-700">{f.mine ? t("you", { name: f.reviewer }) : f.reviewer}</span>
                  {f.note ? <span className="text-slate-600">— {f.note}</span> : null}
                </li>
              ))}
            </ul>
          </li>
        );
      })}
    </ul>
  );
}

export type Target = { name: string; unit: string; baseline: string; target: string; method: string };
const TARGET_FIELDS = ["name", "unit", "baseline", "target", "method"] as const;

/** The decision's measurable targets: every input with a visible label (and the method editable). */
export function TargetRows({
  targets,
  onChange,
  errors,
}: {
  targets: Target[];
  onChange: (targets: Target[]) => void;
  errors: Record<string, string>;
}) {
  const t = useTranslations("review.decision");
  return (
    <>
      {targets.map((k, i) => (
        <fieldset key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-3">
          <legend className="px-1 text-sm font-medium">{t("targetN", { n: i + 1 })}</legend>
          {TARGET_FIELDS.map((col) => {
            const id = `target-${i}-${col}`;
            const error = errors[`targets.${i}.${col}`];
            const wide = col === "name" || col === "method";
            return (
              <div key={col} className={wide ? "sm:col-span-3" : undefined}>
                <Field id={id} label={t(`targetFields.${col}`)} error={error} required={col !== "method"}>
                  <Input
                    id={id}
                    value={k[col]}
                    inputMode={col === "baseline" || col === "target" ? "decimal" : undefined}
                    invalid={!!error}
                    onChange={(e) => onChange(targets.map((x, j) => (j === i ? { ...x, [col]: e.target.value } : x)))}
                  />
                </Field>
              </div>
            );
          })}
        </fieldset>
      ))}
    </>
  );
}
