"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Dialog } from "@/components/ui/Dialog";
import { Field, Textarea } from "@/components/ui/Field";
import { useToast } from "@/components/ui/Toast";

type Result = { ok: true } | { ok: false; code: string };

export function WithdrawButton({ proposalId, version, withdraw }: { proposalId: string; version: number; withdraw: (id: string, version: number, reason: string) => Promise<Result> }) {
  const t = useTranslations("form");
  const tc = useTranslations("common");
  const te = useTranslations("errors");
  const router = useRouter();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
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
              setPending(true);
              const r = await withdraw(proposalId, version, reason).catch(() => ({ ok: false as const, code: "INTERNAL" }));
              setPending(false);
              if (r.ok) {
                setOpen(false);
                toast(t("withdrawn"));
                router.refresh();
              } else {
                setError(te(r.code === "UNAUTHENTICATED" ? "FORBIDDEN" : r.code in { FORBIDDEN: 1, NOT_FOUND: 1, CONFLICT: 1, INVALID_TRANSITION: 1 } ? r.code : "INTERNAL"));
              }
            }}
          >
            {t("withdraw")}
          </Button>
        </div>
      </Dialog>
    </>
  );
}
