"use client";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { useToast } from "@/components/ui/Toast";
import { cx } from "@/components/ui/cx";
import { dateOptions } from "@/i18n/dates";

export type AttachmentItem = {
  id: string;
  fileName: string;
  sizeBytes: number;
  mimeType: string;
  createdAt?: Date | string;
};

export type AttachmentsProps = {
  proposalId: string;
  initial: AttachmentItem[];
  /** True when the actor may add and remove files (an author, while the plan is DRAFT or RETURNED). */
  editable: boolean;
  /** The server's limit (ATTACHMENT_MAX_BYTES), for the hint and an early check; the server checks again. */
  maxBytes?: number;
  /** What the files belong to: the plan (default) or the result report (Art. 18). */
  purpose?: "plan" | "result";
};

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
const ACCEPTED_EXTENSIONS = ["pdf", "docx", "xlsx", "png", "jpg", "jpeg"];
const ACCEPT = [
  ...ACCEPTED_EXTENSIONS.map((e) => `.${e}`),
  "application/pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  "image/png",
  "image/jpeg",
].join(",");

type ErrorBody = { error?: string; message?: string };

/** POST with upload progress (fetch cannot report it). Status 0 means the network failed. */
function postWithProgress(url: string, body: FormData, onProgress: (percent: number) => void) {
  return new Promise<{ status: number; body: unknown }>((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", url);
    xhr.responseType = "json";
    xhr.setRequestHeader("Accept", "application/json");
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.response });
    xhr.onerror = () => resolve({ status: 0, body: null });
    xhr.send(body);
  });
}

/** The plan's attached papers: download links for readers; upload and delete for its authors. */
export function Attachments({ proposalId, initial, editable, maxBytes = DEFAULT_MAX_BYTES, purpose = "plan" }: AttachmentsProps) {
  const t = useTranslations("attachments");
  const format = useFormatter();
  const locale = useLocale();
  const router = useRouter();
  const toast = useToast();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const [items, setItems] = useState(initial);
  const [selected, setSelected] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<AttachmentItem | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);

  const uploading = progress !== null;

  function sizeLabel(bytes: number) {
    if (bytes < 1024 * 1024) return `${format.number(Math.max(1, Math.ceil(bytes / 1024)))} KB`;
    return `${format.number(bytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`;
  }
  const maxLabel = sizeLabel(maxBytes);

  /** The message for a refusal: ours when we know the code, else the server's (already translated). */
  function messageFor(body: unknown, fallback: string) {
    const b = (body ?? {}) as ErrorBody;
    const code = b.error ?? fallback;
    // Quota refusals carry limits only the server knows: its translated message says them.
    if (code.startsWith("ATTACHMENT_QUOTA") && b.message) return b.message;
    if (t.has(`errors.${code}`)) return t(`errors.${code}`, { max: maxLabel });
    return b.message ?? t("errors.INTERNAL");
  }

  async function onUpload() {
    const file = selected;
    if (!file) return setError(t("errors.ATTACHMENT_MISSING"));
    // Early answers for the obvious cases; the server decides from the content.
    const dot = file.name.lastIndexOf(".");
    const ext = dot > 0 ? file.name.slice(dot + 1).toLowerCase() : "";
    if (!ACCEPTED_EXTENSIONS.includes(ext)) return setError(t("errors.ATTACHMENT_TYPE"));
    if (file.size > maxBytes) return setError(t("errors.ATTACHMENT_TOO_LARGE", { max: maxLabel }));
    if (file.size === 0) return setError(t("errors.ATTACHMENT_EMPTY"));

    setError(null);
    setProgress(0);
    const form = new FormData();
    form.append("file", file);
    const query = purpose === "plan" ? "" : `?purpose=${purpose}`;
    const res = await postWithProgress(`/api/proposals/${encodeURIComponent(proposalId)}/attachments${query}`, form, setProgress);
    setProgress(null);
    if (res.status === 201) {
      const created = res.body as AttachmentItem;
      setItems((list) => [...list, { ...created, createdAt: new Date().toISOString() }]);
      setSelected(null);
      if (inputRef.current) inputRef.current.value = "";
      toast(t("uploaded", { name: created.fileName }));
      router.refresh();
    } else {
      setError(res.status === 0 ? t("errors.NETWORK") : messageFor(res.body, "INTERNAL"));
      inputRef.current?.focus();
    }
  }

  async function onConfirmDelete() {
    const item = confirming;
    if (!item) return;
    setDeleting(true);
    setDeleteError(null);
    let message: string | null = null;
    try {
      const res = await fetch(`/api/attachments/${encodeURIComponent(item.id)}`, {
        method: "DELETE",
        headers: { Accept: "application/json" },
      });
      if (!res.ok) message = messageFor(await res.json().catch(() => null), "INTERNAL");
    } catch {
      message = t("errors.NETWORK");
    }
    setDeleting(false);
    setConfirming(null);
    if (message) {
      setDeleteError(message);
      return;
    }
    setItems((list) => list.filter((a) => a.id !== item.id));
    toast(t("deleted", { name: item.fileName }));
    // The button that opened the dialog is gone; give focus a stable place.
    listRef.current?.focus();
    router.refresh();
  }

  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;

  return (
    <div className="space-y-4">
      <div ref={listRef} tabIndex={-1} className="outline-none">
        {items.length ? (
          <ul aria-label={t("listLabel")} className="divide-y divide-slate-200 text-sm">
            {items.map((a) => (
              <li key={a.id} className="flex items-center justify-between gap-2 py-2">
                <div className="min-w-0">
                  <a
                    href={`/api/attachments/${encodeURIComponent(a.id)}`}
                    download={a.fileName}
                    aria-label={t("download", { name: a.fileName })}
                    className="break-words font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800"
                  >
                    {a.fileName}
                  </a>
                  <p className="text-xs text-slate-600">
                    {sizeLabel(a.sizeBytes)}
                    {a.createdAt ? ` · ${format.dateTime(new Date(a.createdAt), dateOptions(locale))}` : ""}
                  </p>
                </div>
                {editable ? (
                  <Button
                    variant="ghost"
                    size="sm"
                    aria-label={t("deleteLabel", { name: a.fileName })}
                    onClick={() => {
                      setDeleteError(null);
                      setConfirming(a);
                    }}
                  >
                    {t("delete")}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-600">{t("empty")}</p>
        )}
        {deleteError ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {deleteError}
          </p>
        ) : null}
      </div>

      {editable ? (
        // Not a <form>: this block also sits inside the plan form (step 7), and a form inside a form
        // is invalid HTML — the browser drops the inner one and "Tải lên" submitted the plan form.
        <div role="group" aria-labelledby={`${inputId}-label`} className="space-y-2 border-t border-slate-200 pt-4">
          <label id={`${inputId}-label`} htmlFor={inputId} className="block text-sm font-medium text-slate-800">
            {t("chooseFile")}
          </label>
          <input
            ref={inputRef}
            id={inputId}
            name="file"
            type="file"
            accept={ACCEPT}
            disabled={uploading}
            aria-describedby={error ? `${hintId} ${errorId}` : hintId}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              setSelected(e.target.files?.[0] ?? null);
              setError(null);
            }}
            className={cx(
              "block w-full rounded-md border bg-white text-sm text-slate-900 file:mr-3 file:min-h-10 file:cursor-pointer file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:font-medium file:text-slate-800 hover:file:bg-slate-200 focus:outline-none focus:ring-2 focus:ring-blue-600/30",
              error ? "border-red-600" : "border-slate-300",
            )}
          />
          <p id={hintId} className="text-xs text-slate-600">
            {t("hint", { max: maxLabel })}
          </p>
          {error ? (
            <p id={errorId} role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap items-center gap-3">
            <Button type="button" variant="secondary" size="sm" disabled={uploading || !selected} onClick={() => void onUpload()}>
              {uploading ? t("uploading") : t("upload")}
            </Button>
            {uploading ? (
              <div className="flex flex-1 items-center gap-2">
                <progress max={100} value={progress} aria-label={t("progressLabel")} className="h-2 w-full min-w-24 flex-1" />
                <span aria-live="polite" className="text-xs text-slate-600">
                  {t("progress", { percent: progress })}
                </span>
              </div>
            ) : null}
          </div>
        </div>
      ) : null}

      <Dialog
        open={confirming !== null}
        onClose={() => setConfirming(null)}
        title={t("confirmTitle")}
        closeLabel={t("close")}
      >
        <p className="text-sm text-slate-800">{confirming ? t("confirmBody", { name: confirming.fileName }) : null}</p>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setConfirming(null)} disabled={deleting}>
            {t("cancel")}
          </Button>
          <Button variant="danger" onClick={onConfirmDelete} disabled={deleting}>
            {deleting ? t("deleting") : t("confirmDelete")}
          </Button>
        </div>
      </Dialog>
    </div>
  );
}
