import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ProposalTable } from "@/components/proposals/ProposalTable";
import { reportHref } from "@/components/reports/links";
import { MeasureDefinitions } from "@/components/reports/MeasureDefinitions";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { NotFoundError } from "@/domain/errors";
import { isMeasure, measureMessageKeys } from "@/domain/reports";
import { requireActor } from "@/server/auth";
import { reportUnitOrNull, resolveReport } from "@/server/reports/context";
import { drillCount, drillDown } from "@/server/reports/queries";
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
  if (!isMeasure(measure) || !unitId) notFound();
  const own = one(sp.own) === "1";
  let data;
  try {
    const ctx = await resolveReport(actor, { unit: unitId, from: one(sp.from) || null, to: one(sp.to) || null, field: one(sp.field) || null, detail: one(sp.detail) || null, preset: "custom" });
    const target = own ? { unitId, own: true } : null;
    const cursor = one(sp.cursor) || null;
    const [count, page] = await Promise.all([drillCount(ctx, measure, target), drillDown(ctx, measure, target, { cursor })]);
    data = { ctx, count, page, cursor };
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
  const { ctx, count, page, cursor } = data;
  const [t, tc] = await Promise.all([getTranslations("reports"), getTranslations("common")]);
  // "Back" returns to the report the number came from, when the actor may see that one.
  const backRoot = await reportUnitOrNull(actor, one(sp.root));
  const back = reportHref("/reports/periodic", {
    root: backRoot?.id ?? ctx.root.id,
    from: ctx.period.from,
    to: ctx.period.to,
    field: ctx.field,
    detail: ctx.detail,
  });
  const period = t("periodLabel", { from: dayLabel(ctx.period.from), to: dayLabel(ctx.period.to) });
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
            rows={page.items.map((p) => ({ id: p.id, code: p.code, title: p.title, status: p.status, unitName: p.unit.name, authorName: p.author.fullName, outcome: p.evaluations[0] ?? null }))}
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
