"use client";
/**
 * The evaluation decision form (Art. 5.2, 6.1, 11, 18). The conclusion is never typed: the form
 * offers what the ONE rule allows for the findings entered (domain/outcome.ts), and the server and
 * the database refuse anything else.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Textarea, describedBy } from "@/components/ui/Field";
import {
  ABUSE_KINDS,
  allowedConclusions,
  OUTCOME_CATEGORIES,
  parseDong,
  PROTECTION_CONDITIONS,
  type Conclusion,
  type EvidenceKind,
  type OutcomeCategory,
  type ProtectionCondition,
} from "@/domain/outcome";

type Option = { kind: EvidenceKind; id: string; on: string; label: string };
type CondState = { met: "" | "yes" | "no"; finding: string; evidence: string[] };

export function EvaluationForm({
  proposalId,
  version,
  today,
  reportedDamage,
  evidence,
  ready,
  decide,
}: {
  proposalId: string;
  version: number;
  today: string;
  reportedDamage: string | null;
  evidence: Option[];
  /** Messages of the steps still missing (Party opinion, passed vote); empty when ready. */
  ready: string[];
  decide: (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("outcome.evaluation");
  const format = useFormatter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [category, setCategory] = useState<OutcomeCategory | "">("");
  const [causes, setCauses] = useState({ objectiveCauses: "", subjectiveCauses: "" });
  const [damageVnd, setDamageVnd] = useState(reportedDamage && reportedDamage !== "0" ? reportedDamage : "");
  const [conds, setConds] = useState<Record<ProtectionCondition, CondState>>({
    followedPolicy: { met: "", finding: "", evidence: [] },
    pureMotive: { met: "", finding: "", evidence: [] },
    commonInterest: { met: "", finding: "", evidence: [] },
  });
  const [abuse, setAbuse] = useState(false);
  const [abuseKinds, setAbuseKinds] = useState<string[]>([]);
  const [abuseFindings, setAbuseFindings] = useState("");
  const [chosen, setChosen] = useState<Conclusion | "">("");
  const [doc, setDoc] = useState({ number: "", decidedOn: today });

  const complete = category !== "" && PROTECTION_CONDITIONS.every((c) => conds[c].met !== "");
  const allowed = complete
    ? allowedConclusions({ category, conditions: { followedPolicy: conds.followedPolicy.met === "yes", pureMotive: conds.pureMotive.met === "yes", commonInterest: conds.commonInterest.met === "yes" }, abuse })
    : [];
  const conclusion = allowed.length === 1 ? allowed[0] : allowed.includes(chosen as Conclusion) ? chosen : "";
  const amount = damageVnd.trim() ? parseDong(damageVnd) : null;
  const setCond = (c: ProtectionCondition, patch: Partial<CondState>) => setConds((all) => ({ ...all, [c]: { ...all[c], ...patch } }));

  function onSubmit() {
    return submit(
      () =>
        decide(proposalId, {
          proposalId,
          version,
          category: category || undefined,
          ...causes,
          damageVnd: category === "C" ? damageVnd : "",
          conditions: Object.fromEntries(
            PROTECTION_CONDITIONS.map((c) => [
              c,
              {
                met: conds[c].met === "" ? undefined : conds[c].met === "yes",
                finding: conds[c].finding,
                evidence: conds[c].evidence.map((key) => {
                  const [kind, id] = key.split(":");
                  return { kind, id };
                }),
              },
            ]),
          ),
          abuse,
          abuseKinds: abuse ? abuseKinds : [],
          abuseFindings: abuse ? abuseFindings : undefined,
          conclusion: conclusion || undefined,
          number: doc.number,
          decidedOn: doc.decidedOn,
        }),
      t("done"),
    );
  }

  return (
    <form
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        void onSubmit();
      }}
    >
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      {ready.map((m) => (
        <p key={m} className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {m}
        </p>
      ))}
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          {t("category")} <span className="font-normal text-slate-600">({t("categoryArticle")})</span>
        </legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-3">
          {OUTCOME_CATEGORIES.map((c) => (
            <label key={c} className={`flex cursor-pointer gap-2 rounded-md border p-3 text-sm ${category === c ? "border-blue-700 bg-blue-50" : "border-slate-200"}`}>
              <input type="radio" name="category" value={c} checked={category === c} onChange={() => setCategory(c)} />
              <span>
                <span className="font-semibold">{t(`categories.${c}`)}</span>
                <span className="block text-slate-600">{t(`categoryHints.${c}`)}</span>
              </span>
            </label>
          ))}
        </div>
        {fieldErrors.category ? <p className="mt-1 text-sm text-red-700">{fieldErrors.category}</p> : null}
      </fieldset>
      {category === "C" ? (
        <Field id="evaluation-damageVnd" label={t("damageVnd")} hint={amount && amount !== "0" ? t("damageRead", { amount: format.number(Number(amount)) }) : t("damageVndHint")} error={fieldErrors.damageVnd} required>
          <Input id="evaluation-damageVnd" inputMode="numeric" value={damageVnd} onChange={(e) => setDamageVnd(e.target.value)} invalid={!!fieldErrors.damageVnd} aria-describedby={describedBy("evaluation-damageVnd", { hint: true, error: fieldErrors.damageVnd })} />
        </Field>
      ) : null}
      <div className="grid gap-3 sm:grid-cols-2">
        {(["objectiveCauses", "subjectiveCauses"] as const).map((k) => (
          <Field key={k} id={`evaluation-${k}`} label={t(k)} error={fieldErrors[k]} required>
            <Textarea id={`evaluation-${k}`} rows={3} value={causes[k]} onChange={(e) => setCauses((x) => ({ ...x, [k]: e.target.value }))} invalid={!!fieldErrors[k]} aria-describedby={describedBy(`evaluation-${k}`, { error: fieldErrors[k] })} />
          </Field>
        ))}
      </div>
      <div className="space-y-3">
        <p className="text-sm font-medium text-slate-800">
          {t("conditions")} <span className="font-normal text-slate-600">({t("conditionsArticle")})</span>
        </p>
        {PROTECTION_CONDITIONS.map((c) => {
          const s = conds[c];
          const metError = fieldErrors[`conditions.${c}.met`];
          const findingError = fieldErrors[`conditions.${c}.finding`];
          const evidenceError = Object.entries(fieldErrors).find(([k]) => k.startsWith(`conditions.${c}.evidence`))?.[1];
          return (
            <fieldset key={c} className="rounded-md border border-slate-200 p-3">
              <legend className="px-1 text-sm font-semibold">{t(`condition.${c}`)}</legend>
              <div className="flex flex-wrap gap-4" role="radiogroup" aria-label={t(`condition.${c}`)}>
                {(["yes", "no"] as const).map((v) => (
                  <label key={v} className="flex items-center gap-1.5 text-sm">
                    <input type="radio" name={`met-${c}`} value={v} checked={s.met === v} onChange={() => setCond(c, { met: v })} />
                    {t(v === "yes" ? "met" : "notMet")}
                  </label>
                ))}
              </div>
              {metError ? <p className="text-sm text-red-700">{metError}</p> : null}
              <div className="mt-2">
                <Field id={`finding-${c}`} label={t("finding")} error={findingError} required>
                  <Textarea id={`finding-${c}`} rows={2} value={s.finding} onChange={(e) => setCond(c, { finding: e.target.value })} invalid={!!findingError} aria-describedby={describedBy(`finding-${c}`, { error: findingError })} />
                </Field>
              </div>
              {evidence.length ? (
                <details className="mt-2 text-sm">
                  <summary className="cursor-pointer text-blue-800">{t("evidence", { count: s.evidence.length })}</summary>
                  <ul className="mt-2 max-h-56 space-y-1 overflow-y-auto">
                    {evidence.map((o) => {
                      const key = `${o.kind}:${o.id}`;
                      return (
                        <li key={key}>
                          <label className="flex items-start gap-2">
                            <input
                              type="checkbox"
                              className="mt-1"
                              checked={s.evidence.includes(key)}
                              onChange={(e) => setCond(c, { evidence: e.target.checked ? [...s.evidence, key] : s.evidence.filter((x) => x !== key) })}
                            />
                            <span>
                              <span className="font-medium">{t(`evidenceKinds.${o.kind}`)}</span> · {format.dateTime(new Date(o.on), { day: "2-digit", month: "2-digit", year: "numeric" })}
                              {o.label ? ` · ${o.label}` : ""}
                            </span>
                          </label>
                        </li>
                      );
                    })}
                  </ul>
                </details>
              ) : null}
              {evidenceError ? <p className="text-sm text-red-700">{evidenceError}</p> : null}
            </fieldset>
          );
        })}
      </div>
      <fieldset className={`rounded-md border p-3 ${abuse ? "border-red-300 bg-red-50" : "border-slate-200"}`}>
        <legend className="px-1 text-sm font-semibold">{t("abuse")}</legend>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={abuse} onChange={(e) => setAbuse(e.target.checked)} />
          {t("abuseFound")}
        </label>
        <p className="mt-1 text-xs text-slate-600">{t("abuseHint")}</p>
        {abuse ? (
          <div className="mt-2 space-y-2">
            <div className="flex flex-wrap gap-3">
              {ABUSE_KINDS.map((k) => (
                <label key={k} className="flex items-center gap-1.5 text-sm">
                  <input type="checkbox" checked={abuseKinds.includes(k)} onChange={(e) => setAbuseKinds((all) => (e.target.checked ? [...all, k] : all.filter((x) => x !== k)))} />
                  {t(`abuseKinds.${k}`)}
                </label>
              ))}
            </div>
            {fieldErrors.abuseKinds ? <p className="text-sm text-red-700">{fieldErrors.abuseKinds}</p> : null}
            <Field id="evaluation-abuseFindings" label={t("abuseFindings")} error={fieldErrors.abuseFindings} required>
              <Textarea id="evaluation-abuseFindings" rows={3} value={abuseFindings} onChange={(e) => setAbuseFindings(e.target.value)} invalid={!!fieldErrors.abuseFindings} aria-describedby={describedBy("evaluation-abuseFindings", { error: fieldErrors.abuseFindings })} />
            </Field>
          </div>
        ) : null}
      </fieldset>
      <fieldset className="rounded-md border border-slate-300 bg-slate-50 p-3" aria-live="polite">
        <legend className="px-1 text-sm font-semibold">{t("conclusion")}</legend>
        {!complete ? <p className="text-sm text-slate-600">{t("conclusionPending")}</p> : null}
        {allowed.length === 1 ? (
          <p className="text-sm">
            <span className="font-semibold">{t(`conclusions.${allowed[0]}`)}</span> — {t(`conclusionWhy.${allowed[0]}`)}
          </p>
        ) : null}
        {allowed.length > 1 ? (
          <div className="space-y-1">
            <p className="text-sm text-slate-700">{t("conclusionChoose")}</p>
            {allowed.map((c) => (
              <label key={c} className="flex items-center gap-2 text-sm">
                <input type="radio" name="conclusion" value={c} checked={chosen === c} onChange={() => setChosen(c)} />
                {t(`conclusions.${c}`)}
              </label>
            ))}
          </div>
        ) : null}
        {fieldErrors.conclusion ? <p className="mt-1 text-sm text-red-700">{fieldErrors.conclusion}</p> : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="evaluation-number" label={t("number")} error={fieldErrors.number} required>
          <Input id="evaluation-number" value={doc.number} onChange={(e) => setDoc((d) => ({ ...d, number: e.target.value }))} invalid={!!fieldErrors.number} aria-describedby={describedBy("evaluation-number", { error: fieldErrors.number })} />
        </Field>
        <Field id="evaluation-decidedOn" label={t("decidedOn")} error={fieldErrors.decidedOn} required>
          <Input id="evaluation-decidedOn" type="date" value={doc.decidedOn} onChange={(e) => setDoc((d) => ({ ...d, decidedOn: e.target.value }))} invalid={!!fieldErrors.decidedOn} aria-describedby={describedBy("evaluation-decidedOn", { error: fieldErrors.decidedOn })} />
        </Field>
      </div>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
