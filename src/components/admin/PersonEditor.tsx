"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, describedBy } from "@/components/ui/Field";
import { Table, Td, Th } from "@/components/ui/Table";
import { ROLES } from "@/domain/roles";
import { FormError } from "./FormError";
import { RoleWarnings, type RoleWarningView } from "./RoleWarnings";
import { TemporaryPassword } from "./TemporaryPassword";
import { useAdminForm } from "./useAdminForm";

type Call<T = { id: string }> = (input: unknown) => Promise<ActionResult<T>>;
export type PersonView = {
  id: string;
  version: number;
  username: string;
  email: string;
  fullName: string;
  title: string | null;
  active: boolean;
  memberships: { id: string; role: string; managed: boolean; unit: { id: string; name: string; code: string; active: boolean } }[];
};

/** One person: details, status and password, roles per unit (with the warnings a change raises). */
export function PersonEditor({
  person,
  units,
  isSelf,
  calls,
}: {
  person: PersonView;
  units: { id: string; label: string }[];
  isSelf: boolean;
  calls: {
    update: Call;
    setActive: Call;
    reset: Call<{ id: string; temporaryPassword: string }>;
    addMembership: Call<{ id: string; warnings: RoleWarningView[] }>;
    removeMembership: Call<{ id: string; warnings: RoleWarningView[] }>;
  };
}) {
  const t = useTranslations("admin.people");
  const tr = useTranslations("roles");
  const details = useAdminForm();
  const status = useAdminForm();
  const roles = useAdminForm();
  const [v, setV] = useState({ email: person.email, fullName: person.fullName, title: person.title ?? "" });
  const [temp, setTemp] = useState<string | null>(null);
  const [warnings, setWarnings] = useState<RoleWarningView[]>([]);
  const [add, setAdd] = useState({ unitId: units[0]?.id ?? "", role: "PROPOSER" });
  const base = { id: person.id, version: person.version };
  const err = details.fieldErrors;

  return (
    <div className="space-y-6">
      <section aria-labelledby="person-details" className="space-y-3">
        <h2 id="person-details" className="text-lg font-semibold">
          {t("detailsTitle")}
        </h2>
        <form
          noValidate
          className="space-y-4"
          onSubmit={(e) => {
            e.preventDefault();
            void details.submit(() => calls.update({ ...base, ...v }), t("saved"));
          }}
        >
          <FormError error={details.error} />
          <div className="grid gap-4 sm:grid-cols-3">
            {(["fullName", "email", "title"] as const).map((name) => (
              <Field key={name} id={`edit-${name}`} label={t(`form.${name}`)} error={err[name]} required={name !== "title"}>
                <Input
                  id={`edit-${name}`}
                  value={v[name]}
                  type={name === "email" ? "email" : "text"}
                  maxLength={200}
                  onChange={(e) => setV((x) => ({ ...x, [name]: e.target.value }))}
                  invalid={!!err[name]}
                  aria-describedby={describedBy(`edit-${name}`, { error: err[name] })}
                />
              </Field>
            ))}
          </div>
          <Button type="submit" disabled={details.pending}>
            {t("save")}
          </Button>
        </form>
      </section>

      <section aria-labelledby="person-status" className="space-y-3">
        <h2 id="person-status" className="text-lg font-semibold">
          {t("statusTitle")}
        </h2>
        <FormError error={status.error} />
        {isSelf ? <p className="text-sm text-slate-700">{t("selfNote")}</p> : null}
        <div className="flex flex-wrap gap-2">
          <Button
            variant={person.active ? "danger" : "secondary"}
            disabled={status.pending || isSelf}
            onClick={() => void status.submit(() => calls.setActive({ ...base, active: !person.active }), person.active ? t("deactivated") : t("reactivated"))}
          >
            {person.active ? t("deactivate") : t("reactivate")}
          </Button>
          <Button
            variant="secondary"
            disabled={status.pending || isSelf || !person.active}
            onClick={async () => {
              const r = await status.submit(() => calls.reset(base), t("resetDone"));
              if (r) setTemp(r.temporaryPassword);
            }}
          >
            {t("resetPassword")}
          </Button>
        </div>
        <p className="text-xs text-slate-600">{t("deactivateHint")}</p>
        {temp ? <TemporaryPassword password={temp} who={person.fullName} /> : null}
      </section>

      <section aria-labelledby="person-roles" className="space-y-3">
        <h2 id="person-roles" className="text-lg font-semibold">
          {t("rolesTitle")}
        </h2>
        <FormError error={roles.error} />
        <RoleWarnings warnings={warnings} />
        <Table caption={t("rolesTitle")}>
          <thead>
            <tr>
              <Th>{t("columns.unit")}</Th>
              <Th>{t("columns.role")}</Th>
              <Th>
                <span className="sr-only">{t("columns.actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {person.memberships.map((m) => (
              <tr key={m.id}>
                <Td>
                  {m.unit.name} <span className="font-mono text-xs text-slate-600">{m.unit.code}</span>
                </Td>
                <Td>{tr(m.role)}</Td>
                <Td className="text-right">
                  {m.managed ? (
                    <Button
                      size="sm"
                      variant="ghost"
                      disabled={roles.pending}
                      aria-label={t("removeRole", { role: tr(m.role), unit: m.unit.name })}
                      onClick={async () => {
                        const r = await roles.submit(() => calls.removeMembership({ membershipId: m.id }), t("roleRemoved"));
                        if (r) setWarnings(r.warnings);
                      }}
                    >
                      {t("remove")}
                    </Button>
                  ) : null}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
        <form
          className="grid items-end gap-3 sm:grid-cols-[2fr_1fr_auto]"
          onSubmit={async (e) => {
            e.preventDefault();
            const r = await roles.submit(() => calls.addMembership({ userId: person.id, ...add }), t("roleAdded"));
            if (r) setWarnings(r.warnings);
          }}
        >
          <Field id="add-unit" label={t("columns.unit")}>
            <Select id="add-unit" value={add.unitId} onChange={(e) => setAdd((x) => ({ ...x, unitId: e.target.value }))}>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="add-role" label={t("columns.role")}>
            <Select id="add-role" value={add.role} onChange={(e) => setAdd((x) => ({ ...x, role: e.target.value }))}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {tr(r)}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit" variant="secondary" disabled={roles.pending}>
            {t("addRole")}
          </Button>
        </form>
      </section>
    </div>
  );
}
