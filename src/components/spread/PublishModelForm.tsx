"use client";
/** KL 14 §2.5: the unit publishes a completed model (summary, results against targets, documents, contact). */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/FormError";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Textarea, describedBy } from "@/components/ui/Field";
import type { ModelResult } from "@/domain/spread";

type Act = (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;

export function PublishModelForm({
  proposalId,
  defaultResults,
  attachments,
  publish,
}: {
  proposalId: string;
  defaultResults: ModelResult[];
  attachments: { id: string; fileName: string }[];
  publish: Act;
}) {
  const t = useTranslations("spread");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [summary, setSummary] = useState("");
  const [results, setResults] = useState<ModelResult[]>(defaultResults.length ? defaultResults : [{ indicator: "", unit: "", baseline: "", target: "", achieved: "" }]);
  const [contact, setContact] = useState({ contactName: "", contactTitle: "", contactEmail: "", contactPhone: "" });
  const [documentIds, setDocumentIds] = useState<string[]>([]);
  const id = (k: string) => `model-${k}`;
  const err = (k: string) => fieldErrors[k];
  const setC = (k: keyof typeof contact) => (e: { target: { value: string } }) => setContact((s) => ({ ...s, [k]: e.target.value }));
  const setR = (i: number, k: keyof ModelResult, value: string) => setResults((rs) => rs.map((r, j) => (j === i ? { ...r, [k]: value } : r)));

  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => publish(proposalId, { proposalId, summary, results, ...contact, documentIds }), t("published"));
      }}
    >
      <p className="text-sm text-slate-600">{t("publishHint")}</p>
      <FormError error={error} />
      <Field id={id("summary")} label={t("summary")} error={err("summary")} required>
        <Textarea id={id("summary")} rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} invalid={!!err("summary")} aria-describedby={describedBy(id("summary"), { error: err("summary") })} />
      </Field>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">
          {t("results")}
          <span aria-hidden="true" className="ml-0.5 text-red-700">*</span>
        </legend>
        {err("results") ? <p role="alert" className="text-sm text-red-700">{err("results")}</p> : null}
        {results.map((r, i) => (
          <div key={i} className="grid gap-2 rounded-md border border-slate-200 p-2 sm:grid-cols-[2fr_1fr_1fr_1fr_1fr_auto] sm:items-end">
            {(["indicator", "unit", "baseline", "target", "achieved"] as const).map((k) => {
              const fid = id(`results-${i}-${k}`);
              const e2 = err(`results.${i}.${k}`);
              return (
                <Field key={k} id={fid} label={t(k)} error={e2} required={k === "indicator" || k === "unit" || k === "achieved"}>
                  <Input id={fid} value={r[k]} onChange={(e) => setR(i, k, e.target.value)} invalid={!!e2} aria-describedby={describedBy(fid, { error: e2 })} inputMode={k === "indicator" || k === "unit" ? undefined : "decimal"} />
                </Field>
              );
            })}
            <Button variant="ghost" size="sm" onClick={() => setResults((rs) => rs.filter((_, j) => j !== i))} aria-label={t("removeResult", { row: i + 1 })} disabled={results.length === 1}>
              ✕
            </Button>
          </div>
        ))}
        <Button variant="secondary" size="sm" onClick={() => setResults((rs) => [...rs, { indicator: "", unit: "", baseline: "", target: "", achieved: "" }])}>
          + {t("addResult")}
        </Button>
      </fieldset>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-slate-800">{t("contact")}</legend>
        <div className="grid gap-3 sm:grid-cols-2">
          {(["contactName", "contactTitle", "contactEmail", "contactPhone"] as const).map((k) => (
            <Field key={k} id={id(k)} label={t(k)} error={err(k)} required={k === "contactName"}>
              <Input
                id={id(k)}
                type={k === "contactEmail" ? "email" : k === "contactPhone" ? "tel" : "text"}
                value={contact[k]}
                onChange={setC(k)}
                invalid={!!err(k)}
                aria-describedby={describedBy(id(k), { error: err(k) })}
              />
            </Field>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("documents")}</legend>
        {attachments.length ? (
          <div className="mt-1 space-y-1">
            {attachments.map((a) => (
              <label key={a.id} className="flex min-h-8 items-center gap-1.5 text-sm">
                <input type="checkbox" checked={documentIds.includes(a.id)} onChange={(e) => setDocumentIds((ids) => (e.target.checked ? [...ids, a.id] : ids.filter((x) => x !== a.id)))} />
                {a.fileName}
              </label>
            ))}
          </div>
        ) : (
          <p className="text-sm text-slate-600">{t("noDocuments")}</p>
        )}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {t("publishSubmit")}
      </Button>
    </form>
  );
}

export function WithdrawModelButton({ proposalId, modelId, version, withdraw }: { proposalId: string; modelId: string; version: number; withdraw: Act }) {
  const t = useTranslations("spread");
  const { pending, error, submit } = useActionForm();
  return (
    <div className="space-y-2">
      <FormError error={error} />
      <Button variant="secondary" size="sm" disabled={pending} onClick={() => void submit(() => withdraw(proposalId, { modelId, version }), t("withdrawn"))}>
        {t("withdrawModel")}
      </Button>
    </div>
  );
}
