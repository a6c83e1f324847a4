"use client";
import { useEffect, useState } from "react";
import { buttonClass } from "@/components/ui/Button";

export type ExportState = { status: "QUEUED" | "RUNNING" | "DONE" | "FAILED"; progress: number };

/**
 * Progress of a background export: polls the status route every second until the file is ready,
 * then offers the download. The bar is a native <progress> (announced by screen readers); the
 * status line is a polite live region.
 */
export function ExportProgress({
  jobId,
  initial,
  labels,
}: {
  jobId: string;
  initial: ExportState;
  labels: { progress: string; download: string; failed: string; queuedHint: string; ready: string; status: Record<ExportState["status"], string> };
}) {
  const [state, setState] = useState<ExportState>(initial);
  const finished = state.status === "DONE" || state.status === "FAILED";
  useEffect(() => {
    if (finished) return;
    let stop = false;
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`/api/reports/exports/${jobId}`, { cache: "no-store" });
        if (!res.ok || stop) return;
        const body = (await res.json()) as ExportState;
        setState({ status: body.status, progress: body.progress });
      } catch {
        // A dropped request is retried on the next tick.
      }
    }, 1000);
    return () => {
      stop = true;
      clearInterval(timer);
    };
  }, [jobId, finished]);

  return (
    <div className="space-y-3">
      <div>
        <label htmlFor={`export-progress-${jobId}`} className="block text-sm font-medium text-slate-800">
          {labels.progress}
        </label>
        <progress id={`export-progress-${jobId}`} className="mt-1 h-3 w-full max-w-md accent-brand-700" max={100} value={state.progress}>
          {state.progress}%
        </progress>
        <p role="status" aria-live="polite" className="mt-1 text-sm text-slate-700">
          {labels.status[state.status]} · {state.progress}%
          {state.status === "QUEUED" ? ` — ${labels.queuedHint}` : ""}
          {state.status === "DONE" ? ` — ${labels.ready}` : ""}
        </p>
      </div>
      {state.status === "DONE" ? (
        <a href={`/api/reports/exports/${jobId}/file`} className={buttonClass("primary", "sm")}>
          {labels.download}
        </a>
      ) : null}
      {state.status === "FAILED" ? (
        <p role="alert" className="text-sm text-red-700">
          {labels.failed}
        </p>
      ) : null}
    </div>
  );
}
