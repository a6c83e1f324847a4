/**
 * Report exports (WHAT-USERS-ASK §2: exports that survive volume). A request whose report counts at
 * most EXPORT_SYNC_MAX_ROWS proposals (default 2,000) is built at once and streamed back; a larger
 * one becomes an ExportJob run by the job worker (src/server/jobs/worker.ts calls
 * `runReportExport`), which records its progress and stores the file for the user's download area.
 * A job belongs to the user who asked for it: anyone else gets a 404. The worker checks the rights
 * again when it runs (a role revoked meanwhile stops the export).
 */
import { NotFoundError } from "@/domain/errors";
import type { Prisma } from "@/generated/prisma/client";
import { loadActor, type SessionActor } from "../../actor";
import { auditHead } from "../../audit";
import { db } from "../../db";
import { enqueue, QUEUES } from "../../jobs/queue";
import { resolveReport, type ReportContext, type ReportParams } from "../context";
import { periodicReport, type PeriodicReport } from "../queries";
import { periodicCsv } from "./csv";
import { eachProposalBatch, exportMeta, isExportFormat, MIME, type ExportFormat } from "./model";
import { periodicPdf } from "./pdf";
import { reportXlsx } from "./xlsx";

export const EXPORT_JOB_KIND = "report";

/** Finished files are kept this many days (EXPORT_KEEP_DAYS, default 7): a download area, not an archive. */
export function keepDays(): number {
  const n = Number(process.env.EXPORT_KEEP_DAYS);
  return Number.isInteger(n) && n > 0 ? n : 7;
}

export function syncMaxRows(): number {
  const n = Number(process.env.EXPORT_SYNC_MAX_ROWS);
  return Number.isInteger(n) && n >= 0 ? n : 2_000;
}

export type ExportFile = { fileName: string; mimeType: string; data: Buffer; rows: number };

/** Builds the file for a resolved report; `onProgress` gets 0–100. */
export async function buildExport(
  ctx: ReportContext,
  producer: { fullName: string },
  format: ExportFormat,
  opts: { now?: Date; report?: PeriodicReport; onProgress?: (percent: number) => Promise<void> | void } = {},
): Promise<ExportFile> {
  const now = opts.now ?? new Date();
  const report = opts.report ?? (await periodicReport(ctx));
  const meta = exportMeta(ctx, producer, now, await auditHead());
  const fileName = `${meta.fileStem}.${format}`;
  let data: Buffer;
  if (format === "csv") data = periodicCsv(report.rows);
  else if (format === "pdf") data = await periodicPdf(meta, report.rows);
  else {
    const total = Math.max(1, report.counted);
    data = await reportXlsx({
      meta,
      rows: report.rows,
      proposals: (each) => eachProposalBatch(ctx, each),
      onProgress: (written) => opts.onProgress?.(Math.min(99, Math.floor((written / total) * 100))),
    });
  }
  await opts.onProgress?.(100);
  return { fileName, mimeType: MIME[format], data, rows: report.counted };
}

/** Normalised parameters stored with a job (the resolved root and period, not the raw input). */
function jobParams(ctx: ReportContext, format: ExportFormat): Prisma.InputJsonValue {
  return { format, unit: ctx.root.id, from: ctx.period.from, to: ctx.period.to, field: ctx.field, detail: ctx.detail };
}

export type ExportRequestResult = { kind: "file"; file: ExportFile } | { kind: "job"; jobId: string };

/**
 * An export request from the UI: `report.export` on the root unit (a foreign or unknown unit is a
 * 404), then a file now, or a background job when the report is large.
 */
export async function requestExport(
  actor: SessionActor,
  params: ReportParams,
  format: string,
  opts: { now?: Date; enqueue?: (data: { jobId: string }) => Promise<unknown> } = {},
): Promise<ExportRequestResult> {
  const now = opts.now ?? new Date();
  if (!isExportFormat(format)) throw new NotFoundError("ExportFormat", format);
  const ctx = await resolveReport(actor, params, { now, action: "report.export" });
  const report = await periodicReport(ctx);
  const counted = report.counted;
  if (counted <= syncMaxRows()) {
    const file = await buildExport(ctx, actor, format, { now, report });
    // Small exports are recorded too (issue 12.15): the download area lists every export, and the
    // file stays downloadable for EXPORT_KEEP_DAYS like a background one.
    await db.exportJob.create({
      data: {
        userId: actor.userId,
        kind: EXPORT_JOB_KIND,
        params: jobParams(ctx, format),
        status: "DONE",
        progress: 100,
        totalRows: file.rows,
        fileName: file.fileName,
        mimeType: file.mimeType,
        data: new Uint8Array(file.data),
        startedAt: now,
        finishedAt: new Date(),
      },
    });
    return { kind: "file", file };
  }
  const job = await db.exportJob.create({
    data: { userId: actor.userId, kind: EXPORT_JOB_KIND, params: jobParams(ctx, format), status: "QUEUED", totalRows: counted },
    select: { id: true },
  });
  await (opts.enqueue ?? ((data) => enqueue(QUEUES.reportExport, data)))({ jobId: job.id });
  return { kind: "job", jobId: job.id };
}

/**
 * The worker's entry point for QUEUES.reportExport: `data` is `{ jobId }`. Idempotent (a job
 * already DONE is left alone); a failure marks the job FAILED and is rethrown for pg-boss' retries.
 */
export async function runReportExport(data: Record<string, unknown>, opts: { onProgress?: (percent: number) => void } = {}): Promise<void> {
  const jobId = typeof data.jobId === "string" ? data.jobId : null;
  if (!jobId) throw new Error("report export job without jobId");
  const job = await db.exportJob.findUnique({ where: { id: jobId } });
  if (!job || job.status === "DONE") return;
  await db.exportJob.update({ where: { id: jobId }, data: { status: "RUNNING", startedAt: new Date(), progress: 0, error: null } });
  try {
    const actor = await loadActor(job.userId);
    if (!actor) throw new NotFoundError("User", job.userId);
    const p = job.params as Record<string, unknown>;
    const format = p.format;
    if (!isExportFormat(format)) throw new Error(`unknown export format ${String(format)}`);
    const str = (v: unknown) => (typeof v === "string" ? v : null);
    const ctx = await resolveReport(
      actor,
      { unit: str(p.unit), from: str(p.from), to: str(p.to), field: str(p.field), detail: typeof p.detail === "number" ? p.detail : null, preset: "custom" },
      { action: "report.export" },
    );
    let last = -1;
    const file = await buildExport(ctx, actor, format, {
      onProgress: async (percent) => {
        if (percent === last) return;
        last = percent;
        opts.onProgress?.(percent);
        await db.exportJob.update({ where: { id: jobId }, data: { progress: percent } });
      },
    });
    await db.exportJob.update({
      where: { id: jobId },
      data: {
        status: "DONE",
        progress: 100,
        totalRows: file.rows,
        fileName: file.fileName,
        mimeType: file.mimeType,
        data: new Uint8Array(file.data),
        finishedAt: new Date(),
      },
    });
    // Each finished job clears the expired ones, so old files never pile up in the database.
    await db.exportJob.deleteMany({ where: { kind: EXPORT_JOB_KIND, createdAt: { lt: new Date(Date.now() - keepDays() * 86_400_000) } } });
  } catch (e) {
    await db.exportJob.update({
      where: { id: jobId },
      data: { status: "FAILED", error: e instanceof Error ? e.message.slice(0, 2_000) : String(e), finishedAt: new Date() },
    });
    throw e;
  }
}

const statusSelect = {
  id: true,
  status: true,
  progress: true,
  totalRows: true,
  fileName: true,
  params: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.ExportJobSelect;
export type ExportJobStatus = Prisma.ExportJobGetPayload<{ select: typeof statusSelect }>;

/** The user's own job, or null (→ 404) for anyone else's or an unknown id. */
export async function exportJobStatus(actor: { userId: string }, jobId: string): Promise<ExportJobStatus | null> {
  return db.exportJob.findFirst({ where: { id: jobId, userId: actor.userId, kind: EXPORT_JOB_KIND }, select: statusSelect });
}

export async function exportJobFile(actor: { userId: string }, jobId: string): Promise<{ fileName: string; mimeType: string; data: Uint8Array } | null> {
  const job = await db.exportJob.findFirst({
    where: { id: jobId, userId: actor.userId, kind: EXPORT_JOB_KIND, status: "DONE" },
    select: { fileName: true, mimeType: true, data: true },
  });
  if (!job?.data || !job.fileName || !job.mimeType) return null;
  return { fileName: job.fileName, mimeType: job.mimeType, data: job.data };
}

/** The user's download area: their latest report exports. */
export async function listExportJobs(actor: { userId: string }, limit = 20): Promise<ExportJobStatus[]> {
  return db.exportJob.findMany({
    where: { userId: actor.userId, kind: EXPORT_JOB_KIND },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: statusSelect,
  });
}
