"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, describedBy } from "@/components/ui/Field";
import { ROLES } from "@/domain/roles";
import { FormError } from "./FormError";
import { RoleWarnings, type RoleWarningView } from "./RoleWarnings";
import { TemporaryPassword } from "./TemporaryPassword";
import { useAdminForm } from "./useAdminForm";

type Created = { id: string; temporaryPassword: string; warnings: RoleWarningView[] };
const EMPTY = { username: "", email: "", fullName: "", title: "", unitId: "", role: "PROPOSER" };

/** Adds a person with a role in a unit; the temporary password is shown once below the form. */
export function PersonCreateForm({ units, defaultUnitId, create }: { units: { id: string; label: string }[]; defaultUnitId: string; create: (input: unknown) => Promise<ActionResult<Created>> }) {
  const t = useTranslations("admin.people.form");
  const tr = useTranslations("roles");
  const form = useAdminForm();
  const [v, setV] = useState({ ...EMPTY, unitId: defaultUnitId });
  const [created, setCreated] = useState<(Created & { who: string }) | null>(null);
  const set = (patch: Partial<typeof v>) => setV((x) => ({ ...x, ...patch }));
  const err = form.fieldErrors;
  const text = (name: "username" | "email" | "fullName" | "title", opts: { required?: boolean; type?: string; hint?: string } = {}) => (
    <Field id={`person-${name}`} label={t(name)} error={err[name]} hint={opts.hint} required={opts.required}>
      <Input
        id={`person-${name}`}
        type={opts.type ?? "text"}
        autoComplete="off"
        value={v[name]}
        maxLength={200}
        onChange={(e) => set({ [name]: e.target.value })}
        invalid={!!err[name]}
        aria-describedby={describedBy(`person-${name}`, { hint: opts.hint, error: err[name] })}
      />
    </Field>
  );
  return (
    <div className="space-y-4">
      <form
        noValidate
        className="space-y-4"
        onSubmit={async (e) => {
          e.preventDefault();
          const r = await form.submit(() => create(v), t("created"));
          if (r) {
            setCreated({ ...r, who: v.fullName });
            setV({ ...EMPTY, unitId: v.unitId });
          }
        }}
      >
        <FormError error={form.error} />
        <div className="grid gap-4 sm:grid-cols-2">
          {text("fullName", { required: true })}
          {text("username", { required: true, hint: t("usernameHint") })}
          {text("email", { required: true, type: "email" })}
          {text("title")}
          <Field id="person-unitId" label={t("unit")} error={err.unitId} required>
            <Select id="person-unitId" value={v.unitId} onChange={(e) => set({ unitId: e.target.value })}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="person-role" label={t("role")} error={err.role} required>
            <Select id="person-role" value={v.role} onChange={(e) => set({ role: e.target.value })}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" disabled={form.pending}>
          {t("create")}
        </Button>
      </form>
      {created ? (
        <div className="space-y-2">
          <TemporaryPassword password={created.temporaryPassword} who={created.who} />
          <RoleWarnings warnings={created.warnings} />
          <Link className="text-sm text-brand-800 underline" href={`/admin/people/${created.id}`}>
            {t("open", { who: created.who })}
          </Link>
        </div>
      ) : null}
    </div>
  );
}
