import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ExportButtons } from "@/components/reports/ExportButtons";
import { drillHref, reportHref } from "@/components/reports/links";
import { MeasureDefinitions } from "@/components/reports/MeasureDefinitions";
import { PeriodicTable } from "@/components/reports/PeriodicTable";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { measureMessageKeys, PERIODIC_COLUMNS } from "@/domain/reports";
import { mayReportOn } from "@/server/reports/context";
import { periodicReport } from "@/server/reports/queries";
import { ReportChrome } from "../report-chrome";
import { dayLabel, loadReportPage, type Search } from "../report-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("periodicTitle") };
}

/** /reports/periodic — one row per unit, subtotals per level, grand total; every number a link. */
export default async function PeriodicReportPage({ searchParams }: { searchParams: Search }) {
  const page = await loadReportPage(searchParams);
  const { ctx, base, actor } = page;
  const [t, report] = await Promise.all([getTranslations("reports"), periodicReport(ctx)]);
  const period = t("periodLabel", { from: dayLabel(ctx.period.from, page.locale), to: dayLabel(ctx.period.to, page.locale) });
  const mayExport = mayReportOn(actor, ctx.root, "report.export");
  return (
    <>
      <ReportChrome page={page} tab="periodic" title={t("periodicTitle")} />
      <Card
        title={t("periodicTitle")}
        actions={
          mayExport ? (
            <ExportButtons
              params={{ unit: ctx.root.id, from: ctx.period.from, to: ctx.period.to, detail: String(ctx.detail), ...(ctx.field ? { field: ctx.field } : {}) }}
              labels={{ title: t("export.title"), xlsx: t("export.xlsx"), csv: t("export.csv"), pdf: t("export.pdf"), hint: t("export.hint") }}
            />
          ) : null
        }
      >
        <p className="mb-2 text-sm text-slate-600">{t("periodicSubtitle")}</p>
        <MeasureDefinitions
          summary={t("definitions")}
          hint={t("definitionsHint")}
          items={PERIODIC_COLUMNS.map((m) => ({ key: m, label: t(measureMessageKeys(m).label), definition: t(measureMessageKeys(m).definition) }))}
        />
        <div className="mt-4">
          {report.counted === 0 ? <EmptyState title={t("emptyTitle")}>{t("emptyHint")}</EmptyState> : null}
          <PeriodicTable
            rows={report.rows}
            caption={`${t("periodicTitle")} — ${ctx.root.name}, ${period}`}
            hrefFor={(m, row) => drillHref(base, m, { id: row.unitId, own: row.own })}
            unitHref={(row) => (row.kind === "total" ? null : reportHref("/reports/periodic", base, { root: row.unitId }))}
          />
        </div>
      </Card>
    </>
  );
}
