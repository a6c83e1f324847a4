"use client";
/**
 * The periodic progress report: narrative, a value for each target, milestone updates, risks with
 * a level, support requested and attachments. Files go up first through the attachment route
 * (purpose "progress-report"), then the report names them; nothing typed is lost on a refusal.
 */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { RISK_LEVELS, SUPPORT_KINDS } from "@/domain/execution-input";
import type { Act } from "./act";
import { FormError } from "./FormError";

type Kpi = { id: string; name: string; unit: string; latest: number | null };
type Milestone = { id: string; title: string; dueDay: string };
type Risk = { description: string; level: string; mitigation: string };
type Support = { kind: string; description: string; amountVnd: string };

export function ReportForm({
  pilotId,
  proposalId,
  version,
  period,
  kpis,
  openMilestones,
  today,
  report,
}: {
  pilotId: string;
  proposalId: string;
  version: number;
  period: { number: number; label: string } | null;
  kpis: Kpi[];
  openMilestones: Milestone[];
  today: string;
  report: Act;
}) {
  const t = useTranslations("pilots.report");
  const te = useTranslations("errors");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [summary, setSummary] = useState("");
  const [spent, setSpent] = useState("");
  const [values, setValues] = useState<Record<string, { value: string; note: string }>>(() => Object.fromEntries(kpis.map((k) => [k.id, { value: "", note: "" }])));
  const [done, setDone] = useState<Record<string, { checked: boolean; day: string; note: string }>>({});
  const [risks, setRisks] = useState<Risk[]>([]);
  const [support, setSupport] = useState<Support[]>([]);
  const [files, setFiles] = useState<File[]>([]);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [uploaded, setUploaded] = useState<Record<string, string>>({});

  async function uploadAll(): Promise<string[] | null> {
    const ids: string[] = [];
    for (const f of files) {
      const key = `${f.name}|${f.size}|${f.lastModified}`;
      if (uploaded[key]) {
        ids.push(uploaded[key]);
        continue;
      }
      const body = new FormData();
      body.append("file", f);
      const res = await fetch(`/api/proposals/${proposalId}/attachments?purpose=progress-report`, { method: "POST", body });
      if (!res.ok) {
        const code = ((await res.json().catch(() => ({}))) as { code?: string }).code ?? "INTERNAL";
        setUploadError(`${f.name}: ${te.has(code) ? te(code) : te("INTERNAL")}`);
        return null;
      }
      const { id } = (await res.json()) as { id: string };
      setUploaded((u) => ({ ...u, [key]: id }));
      ids.push(id);
    }
    return ids;
  }

  const kpiError = (k: Kpi, i: number) => fieldErrors[`kpi.${k.id}`] ?? fieldErrors[`kpiValues.${i}.value`];

  return (
    <form
      id="report"
      className="space-y-5"
      onSubmit={(e) => {
        e.preventDefault();
        setUploadError(null);
        void submit(async () => {
          const attachmentIds = await uploadAll();
          if (attachmentIds === null) return { ok: false, code: "ATTACHMENT_UPLOAD_FAILED" };
          return report(pilotId, {
            pilotId,
            version,
            summary,
            budgetSpentVnd: spent || undefined,
            kpiValues: kpis.filter((k) => values[k.id]?.value.trim()).map((k) => ({ kpiId: k.id, value: values[k.id].value, note: values[k.id].note || undefined })),
            milestones: Object.entries(done)
              .filter(([, v]) => v.checked)
              .map(([milestoneId, v]) => ({ milestoneId, doneOn: v.day, note: v.note || undefined })),
            risks: risks.map((r) => ({ ...r, mitigation: r.mitigation || undefined })),
            support: support.map((s) => ({ ...s, amountVnd: s.amountVnd || undefined })),
            attachmentIds,
          });
        }, t("done"));
      }}
    >
      {period ? <p className="text-sm font-medium text-slate-800">{period.label}</p> : null}
      <FormError error={uploadError ?? error} />
      <Field id="report-summary" label={t("summary")} hint={t("summaryHint")} error={fieldErrors.summary} required>
        <Textarea id="report-summary" rows={4} value={summary} onChange={(e) => setSummary(e.target.value)} invalid={!!fieldErrors.summary} aria-describedby={describedBy("report-summary", { hint: true, error: fieldErrors.summary })} />
      </Field>

      <fieldset className="space-y-3">
        <legend className="text-sm font-semibold text-slate-900">{t("values")}</legend>
        {kpis.map((k, i) => {
          const err = kpiError(k, i);
          const id = `report-kpi-${i}`;
          return (
            <div key={k.id} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_10rem]">
              <Field id={id} label={`${k.name} (${k.unit})`} hint={k.latest !== null ? t("previous", { value: k.latest }) : undefined} error={err} required>
                <Input
                  id={id}
                  inputMode="decimal"
                  value={values[k.id]?.value ?? ""}
                  onChange={(e) => setValues((v) => ({ ...v, [k.id]: { ...v[k.id], value: e.target.value } }))}
                  invalid={!!err}
                  aria-describedby={describedBy(id, { hint: k.latest !== null, error: err })}
                />
              </Field>
              <Field id={`${id}-note`} label={t("valueNote")}>
                <Input id={`${id}-note`} value={values[k.id]?.note ?? ""} onChange={(e) => setValues((v) => ({ ...v, [k.id]: { ...v[k.id], note: e.target.value } }))} />
              </Field>
            </div>
          );
        })}
      </fieldset>

      {openMilestones.length ? (
        <fieldset className="space-y-2">
          <legend className="text-sm font-semibold text-slate-900">{t("milestones")}</legend>
          {openMilestones.map((m) => {
            const v = done[m.id] ?? { checked: false, day: today, note: "" };
            const set = (patch: Partial<typeof v>) => setDone((d) => ({ ...d, [m.id]: { ...v, ...patch } }));
            const err = fieldErrors[`milestone.${m.id}`];
            return (
              <div key={m.id} className="flex flex-wrap items-end gap-3 rounded-md border border-slate-200 p-3">
                <label className="flex min-w-56 flex-1 items-center gap-2 text-sm">
                  <input type="checkbox" checked={v.checked} onChange={(e) => set({ checked: e.target.checked })} />
                  {t("milestoneDone", { title: m.title })}
                </label>
                {v.checked ? (
                  <Field id={`ms-${m.id}`} label={t("doneOn")} error={err}>
                    <Input id={`ms-${m.id}`} type="date" max={today} value={v.day} onChange={(e) => set({ day: e.target.value })} invalid={!!err} />
                  </Field>
                ) : null}
              </div>
            );
          })}
        </fieldset>
      ) : null}

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("risks")}</legend>
        {risks.map((r, i) => (
          <div key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[1fr_9rem]">
            <Field id={`risk-${i}`} label={t("riskDescription")} error={fieldErrors[`risks.${i}.description`]} required>
              <Input id={`risk-${i}`} value={r.description} onChange={(e) => setRisks((all) => all.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} invalid={!!fieldErrors[`risks.${i}.description`]} />
            </Field>
            <Field id={`risk-level-${i}`} label={t("riskLevel")} error={fieldErrors[`risks.${i}.level`]} required>
              <Select id={`risk-level-${i}`} value={r.level} onChange={(e) => setRisks((all) => all.map((x, j) => (j === i ? { ...x, level: e.target.value } : x)))}>
                {RISK_LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {t(`levels.${l}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id={`risk-mitigation-${i}`} label={t("mitigation")}>
              <Input id={`risk-mitigation-${i}`} value={r.mitigation} onChange={(e) => setRisks((all) => all.map((x, j) => (j === i ? { ...x, mitigation: e.target.value } : x)))} />
            </Field>
            <div className="flex items-end">
              <Button type="button" variant="ghost" size="sm" onClick={() => setRisks((all) => all.filter((_, j) => j !== i))}>
                {t("remove")}
              </Button>
            </div>
          </div>
        ))}
        <Button type="button" variant="secondary" size="sm" onClick={() => setRisks((all) => [...all, { description: "", level: "MEDIUM", mitigation: "" }])}>
          {t("addRisk")}
        </Button>
      </fieldset>

      <fieldset className="space-y-2">
        <legend className="text-sm font-semibold text-slate-900">{t("support")}</legend>
        <p className="text-xs text-slate-600">{t("supportHint")}</p>
        {support.map((s, i) => (
          <div key={i} className="grid gap-2 rounded-md border border-slate-200 p-3 sm:grid-cols-[10rem_1fr_12rem]">
            <Field id={`support-kind-${i}`} label={t("supportKind")} required>
              <Select id={`support-kind-${i}`} value={s.kind} onChange={(e) => setSupport((all) => all.map((x, j) => (j === i ? { ...x, kind: e.target.value } : x)))}>
                {SUPPORT_KINDS.map((k) => (
                  <option key={k} value={k}>
                    {t(`supportKinds.${k}`)}
                  </option>
                ))}
              </Select>
            </Field>
            <Field id={`support-desc-${i}`} label={t("supportDescription")} error={fieldErrors[`support.${i}.description`]} required>
              <Input id={`support-desc-${i}`} value={s.description} onChange={(e) => setSupport((all) => all.map((x, j) => (j === i ? { ...x, description: e.target.value } : x)))} invalid={!!fieldErrors[`support.${i}.description`]} />
            </Field>
            <Field id={`support-amount-${i}`} label={t("supportAmount")} error={fieldErrors[`support.${i}.amountVnd`]}>
              <Input id={`support-amount-${i}`} inputMode="numeric" value={s.amountVnd} onChange={(e) => setSupport((all) => all.map((x, j) => (j === i ? { ...x, amountVnd: e.target.value } : x)))} invalid={!!fieldErrors[`support.${i}.amountVnd`]} />
            </Field>
            <div className="sm:col-span-3">
              <Button type="button" variant="ghost" size="sm" onClick={() => setSupport((all) => all.filter((_, j) => j !== i))}>
                {t("remove")}
              </Button>
            </div>
          </div>
        ))}
        <Button type="button" variant="secondary" size="sm" onClick={() => setSupport((all) => [...all, { kind: "BUDGET", description: "", amountVnd: "" }])}>
          {t("addSupport")}
        </Button>
      </fieldset>

      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="report-spent" label={t("spent")} hint={t("spentHint")} error={fieldErrors.budgetSpentVnd}>
          <Input id="report-spent" inputMode="numeric" value={spent} onChange={(e) => setSpent(e.target.value)} invalid={!!fieldErrors.budgetSpentVnd} aria-describedby={describedBy("report-spent", { hint: true, error: fieldErrors.budgetSpentVnd })} />
        </Field>
        <Field id="report-files" label={t("attachments")} hint={t("attachmentsHint")} error={fieldErrors.attachmentIds}>
          <input
            id="report-files"
            type="file"
            multiple
            accept=".pdf,.docx,.xlsx,.png,.jpg,.jpeg"
            className="block w-full text-sm"
            aria-describedby={describedBy("report-files", { hint: true })}
            onChange={(e) => setFiles([...(e.target.files ?? [])])}
          />
        </Field>
      </div>

      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}
