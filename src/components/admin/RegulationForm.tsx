"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, describedBy } from "@/components/ui/Field";
import { EDITABLE_PROFILE_FIELDS, LAW_FLOORS, type EditableProfileField } from "@/domain/regulation-floors";
import { FormError } from "./FormError";
import { useAdminForm } from "./useAdminForm";

/** Edits the numbers of the profile in force; the law's ceilings are shown beside each deadline. */
export function RegulationForm({
  version,
  values,
  save,
}: {
  version: number;
  values: Record<EditableProfileField, number>;
  save: (input: unknown) => Promise<ActionResult<{ version: number }>>;
}) {
  const t = useTranslations("admin.regulation");
  const form = useAdminForm();
  const [v, setV] = useState(() => Object.fromEntries(EDITABLE_PROFILE_FIELDS.map((k) => [k, String(values[k])])) as Record<EditableProfileField, string>);
  const err = form.fieldErrors;
  const hint = (k: EditableProfileField) => (k in LAW_FLOORS ? t("edit.atMost", { days: LAW_FLOORS[k as keyof typeof LAW_FLOORS] }) : k === "progressReportEveryDays" ? t("edit.calendarDays") : t("edit.workingDaysHint"));
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const numbers = Object.fromEntries(EDITABLE_PROFILE_FIELDS.map((k) => [k, v[k].trim() === "" ? Number.NaN : Number(v[k])]));
        void form.submit(() => save({ version, ...numbers }), t("edit.saved"));
      }}
    >
      <FormError error={form.error} />
      <div className="grid gap-4 sm:grid-cols-3">
        {EDITABLE_PROFILE_FIELDS.map((k) => (
          <Field key={k} id={`reg-${k}`} label={t(`rules.${k}`)} hint={hint(k)} error={err[k]} required>
            <Input
              id={`reg-${k}`}
              inputMode="numeric"
              value={v[k]}
              onChange={(e) => setV((x) => ({ ...x, [k]: e.target.value }))}
              invalid={!!err[k]}
              aria-describedby={describedBy(`reg-${k}`, { hint: true, error: err[k] })}
            />
          </Field>
        ))}
      </div>
      <Button type="submit" disabled={form.pending}>
        {t("edit.save")}
      </Button>
    </form>
  );
}
