import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ProposalTable } from "@/components/proposals/ProposalTable";
import { reportHref } from "@/components/reports/links";
import { MeasureDefinitions } from "@/components/reports/MeasureDefinitions";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { NotFoundError } from "@/domain/errors";
import { isMeasure, measureMessageKeys, ruleOf, type Measure } from "@/domain/reports";
import { requireActor } from "@/server/auth";
import { reportUnitOrNull, resolveReport } from "@/server/reports/context";
import { drillCount, drillDetails, drillDown } from "@/server/reports/queries";
import { dateToDay } from "@/server/rules";
import { dayLabel, one, type Search } from "../report-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("drill.title") };
}

/**
 * /reports/proposals?measure=…&unit=…[&own=1]&from=…&to=…[&field=…] — exactly the proposals one
 * number of a report counts (same SQL, same where-clause), keyset-paginated. A unit outside the
 * actor's report scope, or an unknown measure, is a 404.
 */
export default async function ReportProposalsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const measure = one(sp.measure);
  const unitId = one(sp.unit);
  // Without `unit=` the list covers the officer's own report scope (issue 12.17), like the dashboard.
  if (!isMeasure(measure)) notFound();
  const own = one(sp.own) === "1" && !!unitId;
  let data;
  try {
    const ctx = await resolveReport(actor, { unit: unitId || null, from: one(sp.from) || null, to: one(sp.to) || null, field: one(sp.field) || null, detail: one(sp.detail) || null, preset: "custom" });
    const target = own ? { unitId, own: true } : null;
    const cursor = one(sp.cursor) || null;
    const [count, page] = await Promise.all([drillCount(ctx, measure, target), drillDown(ctx, measure, target, { cursor })]);
    const details = await drillDetails(ctx, measure, page.items.map((p) => p.id));
    data = { ctx, count, page, cursor, details };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const { ctx, count, page, cursor, details } = data;
  const [t, tc, tr, locale] = await Promise.all([getTranslations("reports"), getTranslations("common"), getTranslations(), getLocale()]);
  // "Back" returns to the report the number came from, when the actor may see that one.
  const backRoot = await reportUnitOrNull(actor, one(sp.root));
  const back = reportHref("/reports/periodic", {
    root: backRoot?.id ?? ctx.root.id,
    from: ctx.period.from,
    to: ctx.period.to,
    field: ctx.field,
    detail: ctx.detail,
  });
  const period = t("periodLabel", { from: dayLabel(ctx.period.from, locale), to: dayLabel(ctx.period.to, locale) });
  const day = (d: Date | null) => (d ? dayLabel(dateToDay(d), locale) : "");
  // The column that matters for this measure (which step, how late, who; the outcome; the decision).
  const detailText = (id: string): string | null => {
    const d = details.get(id);
    if (!d) return null;
    if (d.kind === "overdue")
      return d.steps
        .map((s) =>
          t("drill.overdueStep", {
            step: tr(`deadline.kind.${s.step}`),
            days: s.workingDaysLate,
            due: day(s.dueOn),
            answered: s.answered ? "true" : "false",
            who: s.responsible ? `${s.responsible} (${s.unitName})` : s.unitName,
          }),
        )
        .join("; ");
    if (d.kind === "evaluation")
      return t("drill.evaluationDetail", {
        category: t(measureMessageKeys(`OUTCOME_${d.category}` as Measure).short),
        conclusion: d.conclusion ? t(measureMessageKeys((d.conclusion === "ABUSE" ? "ABUSE" : `CONCLUSION_${d.conclusion}`) as Measure).short) : "—",
        date: day(d.decidedOn),
      });
    return t("drill.decisionDetail", { kind: tr(`proposal.decisionKind.${d.decisionKind}`), number: d.number ?? "—", date: day(d.signedOn) });
  };
  const detailHeader = ruleOf(measure).kind === "overdue" ? t("drill.overdueColumn") : ruleOf(measure).kind === "evaluation" ? t("drill.evaluationColumn") : ruleOf(measure).kind === "decision" ? t("drill.decisionColumn") : null;
  const keys = measureMessageKeys(measure);
  const self = (extra: Record<string, string>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(sp)) {
      const value = one(v);
      if (value && k !== "cursor") q.set(k, value);
    }
    for (const [k, v] of Object.entries(extra)) q.set(k, v);
    return `/reports/proposals?${q.toString()}`;
  };
  return (
    <>
      <PageHeader
        title={`${t(keys.label)}: ${t("drill.count", { count })}`}
        subtitle={t("drill.subtitle", { measure: t(keys.label), unit: ctx.root.name, own: own ? "true" : "false", period })}
        actions={
          <Link href={back} className="text-sm text-blue-800 underline">
            ← {t("drill.back")}
          </Link>
        }
      />
      <MeasureDefinitions summary={t("definitions")} items={[{ key: measure, label: t(keys.label), definition: t(keys.definition) }]} open />
      <div className="mt-4">
        {page.items.length ? (
          <ProposalTable
            caption={t("drill.title")}
            show={{ unit: true, author: true, outcome: true }}
            detail={detailHeader ? { header: detailHeader } : undefined}
            rows={page.items.map((p) => ({ id: p.id, code: p.code, title: p.title, status: p.status, unitName: p.unit.name, authorName: p.author.fullName, detail: detailText(p.id), outcome: p.evaluations[0] ?? null }))}
          />
        ) : (
          <EmptyState title={t("drill.empty")} />
        )}
      </div>
      <Pagination
        firstHref={cursor ? self({}) : null}
        nextHref={page.nextCursor ? self({ cursor: page.nextCursor }) : null}
        labels={{ first: tc("firstPage"), next: tc("nextPage"), nav: tc("pagination") }}
      />
    </>
  );
}
