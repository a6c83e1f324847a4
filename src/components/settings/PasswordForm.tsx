"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/admin/FormError";
import { useAdminForm } from "@/components/admin/useAdminForm";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, describedBy } from "@/components/ui/Field";

/** Change one's own password: the current one, then the new one twice (same rule as an administrator's). */
export function PasswordForm({ change }: { change: (input: unknown) => Promise<ActionResult<{ ok: boolean }>> }) {
  const t = useTranslations("settings.password");
  const form = useAdminForm();
  const [v, setV] = useState({ current: "", next: "", confirm: "" });
  const err = form.fieldErrors;
  const field = (name: keyof typeof v, autoComplete: string, hint?: string) => (
    <Field id={`pw-${name}`} label={t(name)} hint={hint} error={err[name]} required>
      <Input
        id={`pw-${name}`}
        type="password"
        autoComplete={autoComplete}
        value={v[name]}
        onChange={(e) => setV((x) => ({ ...x, [name]: e.target.value }))}
        invalid={!!err[name]}
        aria-describedby={describedBy(`pw-${name}`, { hint, error: err[name] })}
      />
    </Field>
  );
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await form.submit(() => change(v), t("changed"));
        if (r) setV({ current: "", next: "", confirm: "" });
      }}
    >
      <FormError error={form.error} />
      <div className="grid gap-4 sm:grid-cols-3">
        {field("current", "current-password")}
        {field("next", "new-password", t("rule"))}
        {field("confirm", "new-password")}
      </div>
      <Button type="submit" disabled={form.pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
