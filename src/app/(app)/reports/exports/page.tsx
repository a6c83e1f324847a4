import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ReportNav } from "@/components/reports/ReportNav";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td, Th } from "@/components/ui/Table";
import { requireActor } from "@/server/auth";
import { listExportJobs } from "@/server/reports/export/runner";
import { dateOptions, formatIsoDay } from "@/i18n/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("jobs.title") };
}

const TONE = { QUEUED: "neutral", RUNNING: "info", DONE: "success", FAILED: "danger" } as const;

/** /reports/exports — the user's download area for report files prepared in the background. */
export default async function ReportExportsPage() {
  const actor = await requireActor();
  const [t, format, jobs, locale] = await Promise.all([getTranslations("reports"), getFormatter(), listExportJobs(actor), getLocale()]);
  return (
    <>
      <PageHeader title={t("jobs.title")} subtitle={t("jobs.subtitle")} />
      <ReportNav
        label={t("tabs.label")}
        items={[
          { href: "/reports", label: t("tabs.dashboard"), current: false },
          { href: "/reports/periodic", label: t("tabs.periodic"), current: false },
          { href: "/reports/exports", label: t("tabs.exports"), current: true },
        ]}
      />
      {jobs.length === 0 ? (
        <EmptyState title={t("jobs.empty")} />
      ) : (
        <Table caption={t("jobs.title")}>
          <thead>
            <tr>
              <Th>{t("jobs.created")}</Th>
              <Th>{t("jobs.format")}</Th>
              <Th>{t("filters.period")}</Th>
              <Th>{t("jobs.progress")}</Th>
              <Th>
                <span className="sr-only">{t("jobs.download")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {jobs.map((j) => {
              const p = j.params as { format?: string; from?: string; to?: string };
              return (
                <tr key={j.id}>
                  <Td className="whitespace-nowrap">{format.dateTime(j.createdAt, dateOptions(locale, "dayTime"))}</Td>
                  <Td className="uppercase">{p.format ?? ""}</Td>
                  <Td className="whitespace-nowrap">{p.from && p.to ? `${formatIsoDay(locale, p.from)} – ${formatIsoDay(locale, p.to)}` : ""}</Td>
                  <Td>
                    <Badge tone={TONE[j.status]}>{t(`jobs.status.${j.status}`)}</Badge>{" "}
                    <span className="tabular-nums text-slate-700">{t("jobs.progressValue", { percent: j.progress })}</span>
                    {j.totalRows !== null ? <span className="block text-xs text-slate-600">{t("jobs.rows", { count: j.totalRows })}</span> : null}
                  </Td>
                  <Td>
                    {j.status === "DONE" ? (
                      <a className="text-blue-800 underline" href={`/api/reports/exports/${j.id}/file`}>
                        {t("jobs.download")}
                      </a>
                    ) : (
                      <Link className="text-blue-800 underline" href={`/reports/exports/${j.id}`}>
                        {t("jobs.progress")}
                      </Link>
                    )}
                  </Td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
    </>
  );
}
