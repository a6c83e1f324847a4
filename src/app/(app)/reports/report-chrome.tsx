import { getTranslations } from "next-intl/server";
import { reportHref } from "@/components/reports/links";
import { ReportFilters } from "@/components/reports/ReportFilters";
import { ReportNav } from "@/components/reports/ReportNav";
import { PageHeader } from "@/components/ui/PageHeader";
import { dayLabel, type loadReportPage } from "./report-page";

type ReportPage = Awaited<ReturnType<typeof loadReportPage>>;

/** Title, tabs and filters shared by the dashboard and the periodic table. */
export async function ReportChrome({ page, tab, title }: { page: ReportPage; tab: "dashboard" | "periodic"; title: string }) {
  const t = await getTranslations("reports");
  const { ctx, base } = page;
  const period = t("periodLabel", { from: dayLabel(ctx.period.from, page.locale), to: dayLabel(ctx.period.to, page.locale) });
  const action = tab === "dashboard" ? "/reports" : "/reports/periodic";
  return (
    <>
      <PageHeader title={title} subtitle={t("scopeLine", { unit: ctx.root.name, period, field: page.fieldLabel ?? "all" })} />
      <ReportNav
        label={t("tabs.label")}
        items={[
          { href: reportHref("/reports", base), label: t("tabs.dashboard"), current: tab === "dashboard" },
          { href: reportHref("/reports/periodic", base), label: t("tabs.periodic"), current: tab === "periodic" },
          { href: "/reports/exports", label: t("tabs.exports"), current: false },
        ]}
      />
      <ReportFilters
        action={action}
        presets={page.presets}
        preset={ctx.preset}
        from={ctx.period.from}
        to={ctx.period.to}
        units={page.unitOptions}
        unit={ctx.root.id}
        fields={page.fields}
        field={ctx.field ?? ""}
        {...(tab === "periodic" ? { details: page.details, detail: String(ctx.detail) } : {})}
        rangeRefused={page.rangeRefused}
        labels={page.filterLabels}
      />
    </>
  );
}
