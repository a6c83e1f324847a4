"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, describedBy } from "@/components/ui/Field";
import { REGISTER_KINDS } from "@/domain/registers";
import { FormError } from "./FormError";
import { useAdminForm } from "./useAdminForm";

/** Opens a unit's register for a year and kind; numbers then read "<n>/<suffix>". */
export function RegisterForm({ units, year, create }: { units: { id: string; label: string; code: string }[]; year: number; create: (input: unknown) => Promise<ActionResult<{ id: string }>> }) {
  const t = useTranslations("admin.registers");
  const form = useAdminForm();
  const [v, setV] = useState({ unitId: units[0]?.id ?? "", year: String(year), kind: "DECISION", suffix: units[0] ? `QĐ-${units[0].code}` : "" });
  const err = form.fieldErrors;
  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(() => create({ ...v, year: Number(v.year) }), t("created"));
      }}
    >
      <FormError error={form.error} />
      <div className="grid gap-4 sm:grid-cols-4">
        <Field id="reg-unit" label={t("unit")} error={err.unitId} required>
          <Select
            id="reg-unit"
            value={v.unitId}
            onChange={(e) => {
              const u = units.find((x) => x.id === e.target.value);
              setV((x) => ({ ...x, unitId: e.target.value, suffix: u ? `${x.kind === "DECISION" ? "QĐ" : "KL"}-${u.code}` : x.suffix }));
            }}
          >
            {units.map((u) => (
              <option key={u.id} value={u.id}>
                {u.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="reg-year" label={t("year")} error={err.year} required>
          <Input id="reg-year" inputMode="numeric" value={v.year} onChange={(e) => setV((x) => ({ ...x, year: e.target.value }))} invalid={!!err.year} aria-describedby={describedBy("reg-year", { error: err.year })} />
        </Field>
        <Field id="reg-kind" label={t("kind")} required>
          <Select id="reg-kind" value={v.kind} onChange={(e) => setV((x) => ({ ...x, kind: e.target.value }))}>
            {REGISTER_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="reg-suffix" label={t("suffix")} hint={t("suffixHint")} error={err.suffix} required>
          <Input id="reg-suffix" value={v.suffix} maxLength={40} onChange={(e) => setV((x) => ({ ...x, suffix: e.target.value }))} invalid={!!err.suffix} aria-describedby={describedBy("reg-suffix", { hint: true, error: err.suffix })} />
        </Field>
      </div>
      <Button type="submit" disabled={form.pending}>
        {t("create")}
      </Button>
    </form>
  );
}
