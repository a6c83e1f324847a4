"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Textarea } from "@/components/ui/Field";
import type { Act } from "./act";
import { FormError } from "./FormError";

/** The end of execution; it opens the result-report deadline (Art. 18, days from the profile). */
export function FinishForm({ pilotId, version, resultDays, finish }: { pilotId: string; version: number; resultDays: number; finish: Act }) {
  const t = useTranslations("pilots.finish");
  const { pending, error, submit } = useActionForm();
  const [note, setNote] = useState("");
  const [sure, setSure] = useState(false);
  return (
    <form
      id="finish"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => finish(pilotId, { pilotId, version, note: note || undefined }), t("done"));
      }}
    >
      <p className="text-sm text-slate-700">{t("hint", { days: resultDays })}</p>
      <FormError error={error} />
      <Field id="finish-note" label={t("note")}>
        <Textarea id="finish-note" rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" checked={sure} onChange={(e) => setSure(e.target.checked)} />
        {t("confirm")}
      </label>
      <Button type="submit" disabled={pending || !sure}>
        {t("submit")}
      </Button>
    </form>
  );
}
