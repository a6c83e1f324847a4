"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { useToast } from "@/components/ui/Toast";
import type { ActionResult } from "@/components/forms/useActionForm";

/**
 * "Xoá bản nháp trống": an abandoned "+ Đề xuất mới" leaves an empty, unnumbered draft that its
 * proposer may delete. The server refuses when the draft has content (or was ever submitted).
 */
export function DeleteDraftButton({
  proposalId,
  getVersion,
  deleteDraft,
  onDeleted,
}: {
  proposalId: string;
  getVersion: () => number;
  deleteDraft: (proposalId: string, version: number) => Promise<ActionResult<unknown>>;
  onDeleted?: () => void;
}) {
  const t = useTranslations("form");
  const te = useTranslations("errors");
  const tc = useTranslations("common");
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setPending(true);
    setError(null);
    try {
      const r = await deleteDraft(proposalId, getVersion());
      if (r.ok) {
        onDeleted?.();
        toast(t("draftDeleted"));
        router.push("/proposals");
        router.refresh();
        return;
      }
      setError(r.code === "INVALID_TRANSITION" ? t("draftNotEmpty") : te(["FORBIDDEN", "NOT_FOUND", "CONFLICT"].includes(r.code) ? r.code : "INTERNAL"));
    } catch {
      setError(te("INTERNAL"));
    } finally {
      setPending(false);
    }
  }

  return (
    <>
      <Button type="button" variant="ghost" size="sm" onClick={() => setOpen(true)}>
        {t("deleteDraft")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("deleteDraft")} closeLabel={tc("close")}>
        <p className="text-sm text-slate-800">{t("deleteDraftConfirm")}</p>
        {error ? (
          <p role="alert" className="mt-2 text-sm text-red-700">
            {error}
          </p>
        ) : null}
        <div className="mt-4 flex justify-end gap-2">
          <Button type="button" variant="secondary" onClick={() => setOpen(false)} disabled={pending}>
            {tc("cancel")}
          </Button>
          <Button type="button" variant="danger" onClick={() => void confirm()} disabled={pending}>
            {t("deleteDraft")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
