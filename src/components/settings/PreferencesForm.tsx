"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/admin/FormError";
import { useAdminForm } from "@/components/admin/useAdminForm";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Select } from "@/components/ui/Field";
import { OPTIONAL_NOTIFICATION_KINDS } from "@/domain/settings";

/** Language and the courtesy notifications a person may turn off (duty notices always arrive). */
export function PreferencesForm({ locale, muted, save }: { locale: string; muted: string[]; save: (input: unknown) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("settings.preferences");
  const form = useAdminForm();
  const [v, setV] = useState({ locale, muted });
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(() => save(v), t("saved"));
      }}
    >
      <FormError error={form.error} />
      <div className="max-w-xs">
        <Field id="pref-locale" label={t("language")}>
          <Select id="pref-locale" value={v.locale} onChange={(e) => setV((x) => ({ ...x, locale: e.target.value }))}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </Select>
        </Field>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("notifications")}</legend>
        {OPTIONAL_NOTIFICATION_KINDS.map((k) => (
          <label key={k} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              className="mt-1 size-4"
              checked={!v.muted.includes(k)}
              onChange={(e) => setV((x) => ({ ...x, muted: e.target.checked ? x.muted.filter((m) => m !== k) : [...x.muted, k] }))}
            />
            <span>{t(`kinds.${k.replace(".", "_")}`)}</span>
          </label>
        ))}
        <p className="text-xs text-slate-600">{t("dutyNote")}</p>
      </fieldset>
      <Button type="submit" disabled={form.pending}>
        {t("save")}
      </Button>
    </form>
  );
}
