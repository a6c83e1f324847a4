import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/reports/DashboardView";
import { drillHref, reportHref } from "@/components/reports/links";
import { ReportFilters } from "@/components/reports/ReportFilters";
import { ReportNav } from "@/components/reports/ReportNav";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { dashboard } from "@/server/reports/queries";
import { dayLabel, loadReportPage, type Search } from "./report-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** /reports — the Organisation Commission's dashboard (KL 14 §3.2). */
export default async function ReportsDashboardPage({ searchParams }: { searchParams: Search }) {
  const page = await loadReportPage(searchParams);
  const { ctx, base } = page;
  const [t, data] = await Promise.all([getTranslations("reports"), dashboard(ctx)]);
  const period = t("periodLabel", { from: dayLabel(ctx.period.from), to: dayLabel(ctx.period.to) });
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("scopeLine", { unit: ctx.root.name, period, field: page.fieldLabel ?? "all" })} />
      <ReportNav
        label={t("tabs.label")}
        items={[
          { href: reportHref("/reports", base), label: t("tabs.dashboard"), current: true },
          { href: reportHref("/reports/periodic", base), label: t("tabs.periodic"), current: false },
          { href: "/reports/exports", label: t("tabs.exports"), current: false },
        ]}
      />
      <ReportFilters
        action="/reports"
        presets={page.presets}
        preset={ctx.preset}
        from={ctx.period.from}
        to={ctx.period.to}
        units={page.unitOptions}
        unit={ctx.root.id}
        fields={page.fields}
        field={ctx.field ?? ""}
        rangeRefused={page.rangeRefused}
        labels={page.filterLabels}
      />
      {data.counted === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyHint")}</EmptyState>
      ) : (
        <DashboardView
          data={{ total: data.total, perUnit: data.perUnit, medians: data.medians, unitNames: Object.fromEntries(data.unitNames), rootId: ctx.root.id }}
          drill={(measure, unit) => drillHref(base, measure, unit ?? { id: ctx.root.id })}
        />
      )}
    </>
  );
}
