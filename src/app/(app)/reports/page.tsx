import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DashboardView } from "@/components/reports/DashboardView";
import { drillHref } from "@/components/reports/links";
import { EmptyState } from "@/components/ui/EmptyState";
import { dashboard } from "@/server/reports/queries";
import { ReportChrome } from "./report-chrome";
import { loadReportPage, type Search } from "./report-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("title") };
}

/** /reports — the Organisation Commission's dashboard (KL 14 §3.2). */
export default async function ReportsDashboardPage({ searchParams }: { searchParams: Search }) {
  const page = await loadReportPage(searchParams);
  const { ctx, base } = page;
  const [t, data] = await Promise.all([getTranslations("reports"), dashboard(ctx)]);
  return (
    <>
      <ReportChrome page={page} tab="dashboard" title={t("title")} />
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
