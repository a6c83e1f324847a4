import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExportProgress } from "@/components/reports/ExportProgress";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { exportJobStatus } from "@/server/reports/export/runner";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports"))("jobs.jobTitle") };
}

/** /reports/exports/:id — progress of one background export, then its download link (own jobs only). */
export default async function ReportExportJobPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const job = await exportJobStatus(actor, (await params).id);
  if (!job) notFound();
  const t = await getTranslations("reports");
  return (
    <>
      <PageHeader
        title={t("jobs.jobTitle")}
        subtitle={job.totalRows !== null ? t("jobs.rows", { count: job.totalRows }) : undefined}
        actions={
          <Link href="/reports/exports" className="text-sm text-blue-800 underline">
            {t("jobs.title")}
          </Link>
        }
      />
      <Card>
        <ExportProgress
          jobId={job.id}
          initial={{ status: job.status, progress: job.progress }}
          labels={{
            progress: t("jobs.progress"),
            download: t("jobs.download"),
            failed: t("jobs.failed"),
            queuedHint: t("jobs.queuedHint"),
            ready: t("jobs.ready"),
            status: { QUEUED: t("jobs.status.QUEUED"), RUNNING: t("jobs.status.RUNNING"), DONE: t("jobs.status.DONE"), FAILED: t("jobs.status.FAILED") },
          }}
        />
      </Card>
    </>
  );
}
