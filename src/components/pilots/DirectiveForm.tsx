"use client";
/**
 * The unit's directive (Art. 6): continue, suspend, resume, stop, or adjust scope, timeline,
 * targets or resources — an adjustment amends the decision. Only the directives the pilot's state
 * allows are offered (domain/execution.directivesFor); the server checks again.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Textarea, describedBy } from "@/components/ui/Field";
import type { DirectiveKind } from "@/domain/execution";
import type { Act } from "./act";
import { FormError } from "./FormError";

type Kpi = { id: string; name: string; unit: string; target: number };

export function DirectiveForm({
  pilotId,
  version,
  kinds,
  current,
  kpis,
  direct,
}: {
  pilotId: string;
  version: number;
  kinds: DirectiveKind[];
  current: { scope: string; endDate: string; budgetVnd: string; people: string; equipment: string };
  kpis: Kpi[];
  direct: Act;
}) {
  const t = useTranslations("pilots.directive");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [kind, setKind] = useState<DirectiveKind>(kinds[0]);
  const [basis, setBasis] = useState<"HEAD" | "COLLECTIVE">("HEAD");
  const [reason, setReason] = useState("");
  const [adj, setAdj] = useState(current);
  const [targets, setTargets] = useState<Record<string, string>>(() => Object.fromEntries(kpis.map((k) => [k.id, String(k.target)])));
  const set = (k: keyof typeof adj) => (e: { target: { value: string } }) => setAdj((x) => ({ ...x, [k]: e.target.value }));
  const danger = kind === "STOP" || kind === "SUSPEND";

  return (
    <form
      id="direct"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(
          () =>
            direct(pilotId, {
              pilotId,
              version,
              kind,
              basis,
              reason,
              adjustment:
                kind === "ADJUST"
                  ? {
                      scope: adj.scope !== current.scope ? adj.scope : undefined,
                      endDate: adj.endDate !== current.endDate ? adj.endDate : undefined,
                      budgetVnd: adj.budgetVnd !== current.budgetVnd ? adj.budgetVnd : undefined,
                      people: adj.people !== current.people ? adj.people : undefined,
                      equipment: adj.equipment !== current.equipment ? adj.equipment : undefined,
                      targets: kpis.filter((k) => targets[k.id] !== String(k.target)).map((k) => ({ kpiId: k.id, target: targets[k.id] })),
                    }
                  : undefined,
            }),
          t(`done.${kind}`),
        ).then((r) => {
          if (r) setReason("");
        });
      }}
    >
      <FormError error={error ?? (fieldErrors.adjustment ? fieldErrors.adjustment : null)} />
      <fieldset>
        <legend className="text-sm font-medium">{t("kind")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {kinds.map((k) => (
            <label key={k} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="directive-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
              {t(`kinds.${k}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium">{t("basis")}</legend>
        <div className="mt-1 flex flex-wrap gap-3">
          {(["HEAD", "COLLECTIVE"] as const).map((b) => (
            <label key={b} className="flex items-center gap-1.5 text-sm">
              <input type="radio" name="directive-basis" value={b} checked={basis === b} onChange={() => setBasis(b)} />
              {t(`bases.${b}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="directive-reason" label={t("reason")} hint={t(`reasonHint.${kind}`)} error={fieldErrors.reason} required={kind !== "CONTINUE" && kind !== "RESUME"}>
        <Textarea id="directive-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} invalid={!!fieldErrors.reason} aria-describedby={describedBy("directive-reason", { hint: true, error: fieldErrors.reason })} />
      </Field>
      {kind === "ADJUST" ? (
        <fieldset className="space-y-3 rounded-md border border-slate-200 p-3">
          <legend className="px-1 text-sm font-medium">{t("adjustment")}</legend>
          <p className="text-xs text-slate-600">{t("adjustmentHint")}</p>
          <Field id="adj-scope" label={t("scope")}>
            <Textarea id="adj-scope" rows={2} value={adj.scope} onChange={set("scope")} />
          </Field>
          <div className="grid gap-3 sm:grid-cols-3">
            <Field id="adj-end" label={t("endDate")} error={fieldErrors["adjustment.endDate"]}>
              <Input id="adj-end" type="date" value={adj.endDate} onChange={set("endDate")} invalid={!!fieldErrors["adjustment.endDate"]} />
            </Field>
            <Field id="adj-budget" label={t("budget")} error={fieldErrors["adjustment.budgetVnd"]}>
              <Input id="adj-budget" inputMode="numeric" value={adj.budgetVnd} onChange={set("budgetVnd")} invalid={!!fieldErrors["adjustment.budgetVnd"]} />
            </Field>
            <Field id="adj-people" label={t("people")} error={fieldErrors["adjustment.people"]}>
              <Input id="adj-people" inputMode="numeric" value={adj.people} onChange={set("people")} invalid={!!fieldErrors["adjustment.people"]} />
            </Field>
          </div>
          <Field id="adj-equipment" label={t("equipment")}>
            <Input id="adj-equipment" value={adj.equipment} onChange={set("equipment")} />
          </Field>
          {kpis.map((k, i) => (
            <Field key={k.id} id={`adj-target-${i}`} label={t("target", { name: k.name, unit: k.unit })} error={fieldErrors[`adjustment.targets.${i}.target`]}>
              <Input id={`adj-target-${i}`} inputMode="decimal" value={targets[k.id]} onChange={(e) => setTargets((x) => ({ ...x, [k.id]: e.target.value }))} />
            </Field>
          ))}
        </fieldset>
      ) : null}
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {t(`submit.${kind}`)}
      </Button>
    </form>
  );
}
