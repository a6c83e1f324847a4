"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, describedBy } from "@/components/ui/Field";
import { UNIT_KINDS } from "@/domain/unit-admin";
import { FormError } from "./FormError";
import { useAdminForm } from "./useAdminForm";

export type UnitValues = { code: string; name: string; shortName: string; kind: string; governingBodyName: string; addressLine: string };
type Option = { id: string; label: string };

/** Create a unit under a parent, or edit one (code, name, kind and the names printed on documents). */
export function UnitForm({
  mode,
  initial,
  parents,
  unit,
  save,
}: {
  mode: "create" | "edit";
  initial: UnitValues & { parentId?: string };
  parents?: Option[];
  unit?: { id: string; version: number };
  save: (input: unknown) => Promise<ActionResult<{ id: string }>>;
}) {
  const t = useTranslations("admin.units.form");
  const tk = useTranslations("admin.units.kinds");
  const router = useRouter();
  const form = useAdminForm();
  const [v, setV] = useState(initial);
  const set = (patch: Partial<typeof v>) => setV((x) => ({ ...x, ...patch }));
  const id = (n: string) => `unit-${mode}-${n}`;
  const err = form.fieldErrors;

  const text = (name: keyof UnitValues, opts: { required?: boolean; hint?: string; max?: number } = {}) => (
    <Field id={id(name)} label={t(name)} hint={opts.hint} error={err[name]} required={opts.required}>
      <Input
        id={id(name)}
        value={v[name]}
        required={opts.required}
        maxLength={opts.max ?? 300}
        onChange={(e) => set({ [name]: e.target.value })}
        invalid={!!err[name]}
        aria-describedby={describedBy(id(name), { hint: opts.hint, error: err[name] })}
      />
    </Field>
  );

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={async (e) => {
        e.preventDefault();
        const payload = mode === "create" ? { ...v } : { ...v, id: unit?.id, version: unit?.version };
        const r = await form.submit(() => save(payload), mode === "create" ? t("created") : t("saved"));
        if (r && mode === "create") router.push(`/admin/units/${r.id}`);
      }}
    >
      <FormError error={form.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        {mode === "create" && parents ? (
          <Field id={id("parentId")} label={t("parent")} error={err.parentId} required>
            <Select id={id("parentId")} value={v.parentId} onChange={(e) => set({ parentId: e.target.value })} invalid={!!err.parentId}>
              {parents.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {text("name", { required: true })}
        {text("code", { required: true, hint: t("codeHint"), max: 40 })}
        {text("shortName", { max: 100 })}
        <Field id={id("kind")} label={t("kind")} error={err.kind} required>
          <Select id={id("kind")} value={v.kind} onChange={(e) => set({ kind: e.target.value })} invalid={!!err.kind}>
            {UNIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {tk(k)}
              </option>
            ))}
          </Select>
        </Field>
        {text("governingBodyName", { hint: t("governingBodyHint") })}
        {text("addressLine", { hint: t("addressLineHint"), max: 200 })}
      </div>
      <Button type="submit" disabled={form.pending}>
        {mode === "create" ? t("create") : t("save")}
      </Button>
    </form>
  );
}
