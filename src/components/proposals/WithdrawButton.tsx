"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, Textarea } from "@/components/ui/Field";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";

export function WithdrawButton({ proposalId, version, withdraw }: { proposalId: string; version: number; withdraw: (id: string, version: number, reason: string) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("form");
  const tc = useTranslations("common");
  const { pending, error, submit } = useActionForm();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {t("withdraw")}
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={t("withdraw")} closeLabel={tc("close")}>
        <p className="mb-3 text-sm">{t("withdrawConfirm")}</p>
        <Field id="withdraw-reason" label={t("withdrawReason")} error={error ?? undefined}>
          <Textarea id="withdraw-reason" value={reason} onChange={(e) => setReason(e.target.value)} rows={3} maxLength={2000} />
        </Field>
        <div className="mt-4 flex justify-end gap-2">
          <Button variant="secondary" onClick={() => setOpen(false)}>
            {tc("cancel")}
          </Button>
          <Button
            variant="danger"
            disabled={pending}
            onClick={async () => {
              const done = await submit(() => withdraw(proposalId, version, reason), t("withdrawn"));
              if (done !== null) setOpen(false);
            }}
          >
            {t("withdraw")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
