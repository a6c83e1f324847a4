"use client";
/** KL 14 §2.5: adopt a model — a new draft in the chosen unit, then straight to its form. */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/forms/FormError";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Select } from "@/components/ui/Field";

export function AdoptForm({
  modelId,
  units,
  adopt,
}: {
  modelId: string;
  units: { id: string; name: string }[];
  adopt: (input: unknown) => Promise<ActionResult<{ proposalId: string }>>;
}) {
  const t = useTranslations("catalogue");
  const router = useRouter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [unitId, setUnitId] = useState(units[0]?.id ?? "");
  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => adopt({ modelId, unitId }), t("adopted")).then((r) => {
          if (r) router.push(`/proposals/${r.proposalId}/edit`);
        });
      }}
    >
      <p className="text-sm text-slate-600">{t("adoptHint")}</p>
      <FormError error={error} />
      {units.length > 1 ? (
        <Field id="adopt-unit" label={t("adoptUnit")} error={fieldErrors.unitId}>
          <Select id="adopt-unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        </Field>
      ) : (
        <p className="text-sm">
          {t("adoptUnit")}: <span className="font-medium">{units[0]?.name}</span>
        </p>
      )}
      <Button type="submit" disabled={pending || !unitId}>{t("adopt")}</Button>
    </form>
  );
}
