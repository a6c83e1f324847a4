"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Select } from "@/components/ui/Field";
import { FormError } from "./FormError";
import { useAdminForm } from "./useAdminForm";

type Call = (input: unknown) => Promise<ActionResult<{ id: string }>>;

/** Move within the subtree, deactivate or reactivate, delete when the unit holds nothing. */
export function UnitActions({
  unit,
  parents,
  move,
  setActive,
  remove,
}: {
  unit: { id: string; version: number; active: boolean; parentId: string | null };
  parents: { id: string; label: string }[];
  move: Call;
  setActive: Call;
  remove: Call;
}) {
  const t = useTranslations("admin.units.actions");
  const router = useRouter();
  const form = useAdminForm();
  const [parentId, setParentId] = useState(unit.parentId ?? "");
  const base = { id: unit.id, version: unit.version };
  if (!unit.parentId) return <p className="text-sm text-slate-700">{t("root")}</p>;
  return (
    <div className="space-y-4">
      <FormError error={form.error} />
      <form
        className="flex flex-wrap items-end gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit(() => move({ ...base, parentId }), t("moved"));
        }}
      >
        <div className="min-w-64 flex-1">
          <Field id="unit-move-parent" label={t("moveTo")}>
            <Select id="unit-move-parent" value={parentId} onChange={(e) => setParentId(e.target.value)}>
              {parents.filter((p) => p.id !== unit.id).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <Button type="submit" variant="secondary" disabled={form.pending || parentId === unit.parentId}>
          {t("move")}
        </Button>
      </form>
      <div className="flex flex-wrap gap-2">
        <Button variant={unit.active ? "danger" : "secondary"} disabled={form.pending} onClick={() => void form.submit(() => setActive({ ...base, active: !unit.active }), unit.active ? t("deactivated") : t("reactivated"))}>
          {unit.active ? t("deactivate") : t("reactivate")}
        </Button>
        <Button
          variant="ghost"
          disabled={form.pending}
          onClick={async () => {
            const r = await form.submit(() => remove(base), t("deleted"));
            if (r) router.push("/admin/units");
          }}
        >
          {t("delete")}
        </Button>
      </div>
      <p className="text-xs text-slate-600">{t("deleteHint")}</p>
    </div>
  );
}
