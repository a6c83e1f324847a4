"use client";
/**
 * The written result report (Art. 18): final value of each target against baseline and target,
 * what was achieved, damage (description and estimated amount in đồng), the proposer's view of
 * the causes. Amounts may be typed as people write them ("1.500.000.000"); the server reads them
 * with the same rule (domain/outcome.ts parseDong). Refusals keep what was typed.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Textarea, describedBy } from "@/components/ui/Field";
import { parseDong } from "@/domain/outcome";

type Kpi = { id: string; name: string; unit: string; baseline: string; target: string };

export function ResultReportForm({
  proposalId,
  version,
  kpis,
  submit: send,
}: {
  proposalId: string;
  version: number;
  kpis: Kpi[];
  submit: (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("outcome.report");
  const format = useFormatter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [f, setF] = useState({ achievements: "", damageDescription: "", damageVnd: "", objectiveCauses: "", subjectiveCauses: "" });
  const [achieved, setAchieved] = useState<Record<string, string>>({});
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const amount = f.damageVnd.trim() ? parseDong(f.damageVnd) : null;

  const area = (k: "achievements" | "damageDescription" | "objectiveCauses" | "subjectiveCauses", required = true) => {
    const id = `report-${k}`;
    return (
      <Field id={id} label={t(k)} hint={t.has(`${k}Hint`) ? t(`${k}Hint`) : undefined} error={fieldErrors[k]} required={required}>
        <Textarea id={id} rows={k === "achievements" ? 5 : 3} value={f[k]} onChange={set(k)} invalid={!!fieldErrors[k]} aria-describedby={describedBy(id, { hint: t.has(`${k}Hint`), error: fieldErrors[k] })} />
      </Field>
    );
  };

  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(
          () =>
            send(proposalId, {
              proposalId,
              version,
              achievements: f.achievements,
              kpiResults: kpis.map((k) => ({ kpiId: k.id, achieved: achieved[k.id] ?? "" })),
              damageDescription: f.damageDescription || undefined,
              damageVnd: f.damageVnd,
              objectiveCauses: f.objectiveCauses,
              subjectiveCauses: f.subjectiveCauses,
            }),
          t("sent"),
        );
      }}
    >
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {area("achievements")}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("kpis")}</legend>
        <p className="mb-2 text-xs text-slate-600">{t("kpisHint")}</p>
        {kpis.length === 0 ? <p className="text-sm text-slate-600">{t("noKpis")}</p> : null}
        <ul className="space-y-2">
          {kpis.map((k, i) => {
            const id = `kpi-${k.id}`;
            const err = fieldErrors[`kpiResults.${i}.achieved`] ?? fieldErrors[`kpi.${k.id}`];
            return (
              <li key={k.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem] sm:items-end">
                <div className="text-sm">
                  <p className="font-medium">{k.name}</p>
                  <p className="text-slate-600">
                    {t("baselineTarget", { baseline: format.number(Number(k.baseline)), target: format.number(Number(k.target)), unit: k.unit })}
                  </p>
                </div>
                <Field id={id} label={t("achieved", { unit: k.unit })} error={err} required>
                  <Input id={id} inputMode="decimal" value={achieved[k.id] ?? ""} onChange={(e) => setAchieved((a) => ({ ...a, [k.id]: e.target.value }))} invalid={!!err} aria-describedby={describedBy(id, { error: err })} />
                </Field>
              </li>
            );
          })}
        </ul>
      </fieldset>
      <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
        <legend className="px-1 text-sm font-medium text-slate-800">{t("damage")}</legend>
        <p className="text-xs text-slate-600">{t("damageHint")}</p>
        {area("damageDescription", false)}
        <Field
          id="report-damageVnd"
          label={t("damageVnd")}
          hint={amount && amount !== "0" ? t("damageRead", { amount: format.number(Number(amount)) }) : t("damageVndHint")}
          error={fieldErrors.damageVnd}
        >
          <Input id="report-damageVnd" inputMode="numeric" value={f.damageVnd} onChange={set("damageVnd")} invalid={!!fieldErrors.damageVnd} aria-describedby={describedBy("report-damageVnd", { hint: true, error: fieldErrors.damageVnd })} />
        </Field>
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {area("objectiveCauses")}
        {area("subjectiveCauses")}
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
