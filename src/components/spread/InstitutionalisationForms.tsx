"use client";
/** KL 14 §2.5: recommend institutionalising a completed model, then follow it to the issued document. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/FormError";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { INSTITUTIONALISATION_NEXT, type InstitutionalisationStatusValue } from "@/domain/spread";

type Act = (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;

export function RecommendForm({ proposalId, today, recommend }: { proposalId: string; today: string; recommend: Act }) {
  const t = useTranslations("spread");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [v, setV] = useState({ authority: "", targetDocument: "", content: "", recommendedOn: today });
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  const id = (k: string) => `recommend-${k}`;
  const aria = (k: string) => describedBy(id(k), { error: fieldErrors[k] });
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => recommend(proposalId, { proposalId, ...v }), t("recommended")).then((r) => {
          if (r) setV({ authority: "", targetDocument: "", content: "", recommendedOn: today });
        });
      }}
    >
      <FormError error={error} />
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id={id("authority")} label={t("authority")} error={fieldErrors.authority} required>
          <Input id={id("authority")} value={v.authority} onChange={set("authority")} invalid={!!fieldErrors.authority} aria-describedby={aria("authority")} />
        </Field>
        <Field id={id("recommendedOn")} label={t("recommendedOn")} error={fieldErrors.recommendedOn} required>
          <Input id={id("recommendedOn")} type="date" max={today} value={v.recommendedOn} onChange={set("recommendedOn")} invalid={!!fieldErrors.recommendedOn} aria-describedby={aria("recommendedOn")} />
        </Field>
      </div>
      <Field id={id("targetDocument")} label={t("targetDocument")} error={fieldErrors.targetDocument} required>
        <Input id={id("targetDocument")} value={v.targetDocument} onChange={set("targetDocument")} invalid={!!fieldErrors.targetDocument} aria-describedby={aria("targetDocument")} />
      </Field>
      <Field id={id("content")} label={t("content")} error={fieldErrors.content} required>
        <Textarea id={id("content")} rows={3} value={v.content} onChange={set("content")} invalid={!!fieldErrors.content} aria-describedby={aria("content")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("recommend")}
      </Button>
    </form>
  );
}

export function InstitutionalisationStatusForm({
  proposalId,
  row,
  today,
  update,
}: {
  proposalId: string;
  row: { id: string; version: number; status: InstitutionalisationStatusValue };
  today: string;
  update: Act;
}) {
  const t = useTranslations("spread");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const options = INSTITUTIONALISATION_NEXT[row.status];
  const [status, setStatus] = useState<InstitutionalisationStatusValue>(options[0] ?? row.status);
  const [issuedNumber, setIssuedNumber] = useState("");
  const [issuedOn, setIssuedOn] = useState(today);
  const [note, setNote] = useState("");
  if (!options.length) return null;
  const id = (k: string) => `inst-${row.id}-${k}`;
  return (
    <form
      className="mt-2 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(
          () => update(proposalId, { id: row.id, version: row.version, status, note: note || undefined, ...(status === "ISSUED" ? { issuedNumber, issuedOn } : {}) }),
          t("updated"),
        );
      }}
    >
      <FormError error={error} />
      <div className="grid gap-2 sm:grid-cols-3">
        <Field id={id("status")} label={t("status")} error={fieldErrors.status}>
          <Select id={id("status")} value={status} onChange={(e) => setStatus(e.target.value as InstitutionalisationStatusValue)}>
            {options.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </Select>
        </Field>
        {status === "ISSUED" ? (
          <>
            <Field id={id("issuedNumber")} label={t("issuedNumber")} error={fieldErrors.issuedNumber} required>
              <Input id={id("issuedNumber")} value={issuedNumber} onChange={(e) => setIssuedNumber(e.target.value)} invalid={!!fieldErrors.issuedNumber} aria-describedby={describedBy(id("issuedNumber"), { error: fieldErrors.issuedNumber })} />
            </Field>
            <Field id={id("issuedOn")} label={t("issuedOn")} error={fieldErrors.issuedOn} required>
              <Input id={id("issuedOn")} type="date" max={today} value={issuedOn} onChange={(e) => setIssuedOn(e.target.value)} invalid={!!fieldErrors.issuedOn} aria-describedby={describedBy(id("issuedOn"), { error: fieldErrors.issuedOn })} />
            </Field>
          </>
        ) : null}
      </div>
      <Field id={id("note")} label={t("note")} error={fieldErrors.note}>
        <Input id={id("note")} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <Button type="submit" size="sm" variant="secondary" disabled={pending}>
        {t("updateStatus")}
      </Button>
    </form>
  );
}
