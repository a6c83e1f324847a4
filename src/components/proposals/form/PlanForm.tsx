"use client";
/**
 * The multi-step plan form (Art. 7.2 NĐ 73/2023). Nothing typed is ever lost:
 *  - every change is copied to localStorage at once and saved to the server after a short pause;
 *  - a failed save (network, expired session, conflict) keeps the local copy and says so;
 *  - on load, an unsaved local copy newer than the server's draft is restored.
 * Validation uses the same zod schema as the server (domain/plan.ts); errors show at the field.
 */
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { Controller, useFieldArray, useForm, useWatch, type Control, type UseFormRegister } from "react-hook-form";
import { Button } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { MoneyInput } from "@/components/ui/MoneyInput";
import { useToast } from "@/components/ui/Toast";
import { BOTTLENECK_KINDS, FIELDS, LEVELS, PEOPLE_INPUT_MAX, ROWS_MAX, ROW_TEXT_MAX, TEXT_MAX, draftHasContent, issueMessageKey, planSchema, type PlanDraft } from "@/domain/plan";
import { DeleteDraftButton } from "../DeleteDraftButton";
import { CoAuthorPicker, type Colleague } from "./CoAuthorPicker";
import { STEPS, fieldId, stepOfPath } from "./steps";

export type FormValues = {
  title: string;
  field: string;
  bottleneckKind: string;
  bottleneck: string;
  necessity: string;
  purpose: string;
  content: string;
  scope: string;
  executors: string;
  startDate: string;
  endDate: string;
  milestones: { title: string; date: string }[];
  budgetVnd: string;
  people: string;
  equipment: string;
  feasibility: string;
  impactPositive: string;
  impactNegative: string;
  effectiveness: string;
  kpis: { name: string; unit: string; baseline: string; target: string; method: string }[];
  risks: { description: string; likelihood: string; impact: string; mitigation: string }[];
  coAuthorIds: string[];
  declaration: boolean;
};

type Issue = { path: string; message: string; code?: string };
type Result<T> = { ok: true; value: T } | { ok: false; code: string; issues?: Issue[] };

export type PlanFormActions = {
  save: (proposalId: string, version: number, draft: PlanDraft) => Promise<Result<{ version: number; refused?: Issue[] }>>;
  submit: (proposalId: string, version: number, draft: PlanDraft) => Promise<Result<{ version: number; dueOn: Date }> & { savedVersion?: number }>;
  findColleagues: (q: string) => Promise<Colleague[]>;
  currentVersion: (proposalId: string) => Promise<number | null>;
  /** Given only for a draft never submitted and without attachments: it may be deleted while empty. */
  deleteDraft?: (proposalId: string, version: number) => Promise<Result<unknown>>;
};

const s = (v: unknown) => (typeof v === "string" ? v : "");

function toFormValues(d: PlanDraft): FormValues {
  return {
    title: s(d.title),
    field: s(d.field),
    bottleneckKind: s(d.bottleneckKind),
    bottleneck: s(d.bottleneck),
    necessity: s(d.necessity),
    purpose: s(d.purpose),
    content: s(d.content),
    scope: s(d.scope),
    executors: s(d.executors),
    startDate: s(d.startDate),
    endDate: s(d.endDate),
    milestones: (d.milestones ?? []).map((m) => ({ title: s(m.title), date: s(m.date) })),
    budgetVnd: s(d.budgetVnd),
    people: s(d.people),
    equipment: s(d.equipment),
    feasibility: s(d.feasibility),
    impactPositive: s(d.impactPositive),
    impactNegative: s(d.impactNegative),
    effectiveness: s(d.effectiveness),
    kpis: (d.kpis ?? []).map((k) => ({ name: s(k.name), unit: s(k.unit), baseline: s(k.baseline), target: s(k.target), method: s(k.method) })),
    risks: (d.risks ?? []).map((r) => ({ description: s(r.description), likelihood: s(r.likelihood), impact: s(r.impact), mitigation: s(r.mitigation) })),
    coAuthorIds: d.coAuthorIds ?? [],
    declaration: d.declaration ?? false,
  };
}

/** The form's values as a draft the server accepts (empty selects are ""). */
function toDraft(v: FormValues): PlanDraft {
  return v as unknown as PlanDraft;
}

type SaveState =
  | { kind: "idle"; at: Date | null }
  | { kind: "dirty" }
  | { kind: "saving" }
  | { kind: "offline" }
  /** Saved, except the fields the server refused (shown at the fields); no retry until they change. */
  | { kind: "refused"; count: number }
  | { kind: "expired" }
  | { kind: "conflict" };

type Stored = { draft: FormValues; baseVersion: number; dirty: boolean; at: number };
const storageKey = (id: string) => `plan-draft:${id}`;

function readStored(id: string): Stored | null {
  try {
    const raw = window.localStorage.getItem(storageKey(id));
    return raw ? (JSON.parse(raw) as Stored) : null;
  } catch {
    return null;
  }
}

function writeStored(id: string, value: Stored) {
  try {
    window.localStorage.setItem(storageKey(id), JSON.stringify(value));
  } catch {
    // Storage full or disabled: the server autosave still runs.
  }
}

export function PlanForm({
  proposalId,
  initialDraft,
  initialVersion,
  initialColleagues,
  decidingUnitName,
  decisionDays,
  returnedComments,
  attachments,
  actions,
}: {
  proposalId: string;
  initialDraft: PlanDraft;
  initialVersion: number;
  initialColleagues: Colleague[];
  decidingUnitName: string;
  decisionDays: number;
  returnedComments?: string | null;
  attachments?: ReactNode;
  actions: PlanFormActions;
}) {
  const t = useTranslations("form");
  const te = useTranslations("errors");
  const tf = useTranslations("fields");
  const tp = useTranslations("proposal");
  const router = useRouter();
  const toast = useToast();

  const { register, control, reset, getValues, setValue } = useForm<FormValues>({ defaultValues: toFormValues(initialDraft) });
  const values = useWatch({ control }) as FormValues;

  const [step, setStep] = useState(0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [save, setSave] = useState<SaveState>({ kind: "idle", at: null });
  const [restored, setRestored] = useState(false);
  const [submitting, setSubmitting] = useState(false);

  const version = useRef(initialVersion);
  const inFlight = useRef(false);
  const pending = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const ready = useRef(false);
  const lastSavedJson = useRef(JSON.stringify(toFormValues(initialDraft)));

  // Restore an unsaved local copy (reload, crash, expired session) before anything else.
  useEffect(() => {
    const stored = readStored(proposalId);
    if (stored?.dirty && JSON.stringify(stored.draft) !== lastSavedJson.current) {
      reset(stored.draft);
      setRestored(true);
      setSave({ kind: "dirty" });
    }
    ready.current = true;
  }, [proposalId, reset]);

  /** Shows the fields the server refused to save, at the fields (paths like "title", "kpis.3.name"). */
  const markRefused = useCallback((issues: Issue[]) => {
    setErrors((errs) => {
      const next = { ...errs };
      for (const i of issues) next[i.path] = issueMessageKey(i);
      return next;
    });
  }, []);

  const flush = useCallback(async () => {
    if (inFlight.current) {
      pending.current = true;
      return;
    }
    const current = getValues();
    const json = JSON.stringify(current);
    if (json === lastSavedJson.current) {
      writeStored(proposalId, { draft: current, baseVersion: version.current, dirty: false, at: Date.now() });
      setSave((s0) => (s0.kind === "dirty" ? { kind: "idle", at: new Date() } : s0));
      return;
    }
    inFlight.current = true;
    setSave({ kind: "saving" });
    try {
      const r = await actions.save(proposalId, version.current, toDraft(current));
      if (r.ok) {
        version.current = r.value.version;
        lastSavedJson.current = json;
        const stillSame = JSON.stringify(getValues()) === json;
        const refused = r.value.refused ?? [];
        // A refused field keeps its local copy (dirty) until the user fixes it.
        writeStored(proposalId, { draft: getValues(), baseVersion: version.current, dirty: !stillSame || refused.length > 0, at: Date.now() });
        if (refused.length) {
          markRefused(refused);
          setSave({ kind: "refused", count: refused.length });
        } else setSave(stillSame ? { kind: "idle", at: new Date() } : { kind: "dirty" });
      } else if (r.code === "VALIDATION_FAILED" && r.issues?.length) {
        // Not a lost connection: say which field, and wait for it to change (no retry loop).
        lastSavedJson.current = json;
        markRefused(r.issues);
        setSave({ kind: "refused", count: r.issues.length });
      } else if (r.code === "UNAUTHENTICATED") {
        setSave({ kind: "expired" });
      } else if (r.code === "CONFLICT") {
        setSave({ kind: "conflict" });
      } else {
        setSave({ kind: "offline" });
      }
    } catch {
      setSave({ kind: "offline" });
    } finally {
      inFlight.current = false;
      if (pending.current) {
        pending.current = false;
        void flushRef.current();
      }
    }
  }, [actions, getValues, proposalId, markRefused]);
  // The save that finishes starts the one queued behind it, through a ref (no self-reference).
  const flushRef = useRef(flush);
  useEffect(() => {
    flushRef.current = flush;
  }, [flush]);

  // Every change: local copy now, server save after a pause in typing.
  useEffect(() => {
    if (!ready.current) return;
    const json = JSON.stringify(values);
    if (json === lastSavedJson.current) return;
    writeStored(proposalId, { draft: values, baseVersion: version.current, dirty: true, at: Date.now() });
    setSave((s0) => (s0.kind === "expired" || s0.kind === "conflict" || s0.kind === "offline" ? s0 : { kind: "dirty" }));
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void flush(), 1200);
  }, [values, flush, proposalId]);

  // Offline: retry every few seconds, and at once when the browser says it is back.
  useEffect(() => {
    if (save.kind !== "offline") return;
    const retry = setInterval(() => void flush(), 5000);
    const online = () => void flush();
    window.addEventListener("online", online);
    return () => {
      clearInterval(retry);
      window.removeEventListener("online", online);
    };
  }, [save.kind, flush]);

  // Leaving with unsaved changes: the browser asks first (the local copy survives anyway).
  useEffect(() => {
    const handler = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(getValues()) !== lastSavedJson.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", handler);
    return () => window.removeEventListener("beforeunload", handler);
  }, [getValues]);

  // Typing into a field clears its error.
  const valuesJson = JSON.stringify(values);
  const prevValues = useRef(valuesJson);
  useEffect(() => {
    if (prevValues.current === valuesJson) return;
    const before = JSON.parse(prevValues.current) as Record<string, unknown>;
    prevValues.current = valuesJson;
    setErrors((errs) => {
      const next = { ...errs };
      let changed = false;
      for (const path of Object.keys(errs)) {
        const head = path.split(".")[0];
        if (JSON.stringify(before[head]) !== JSON.stringify((values as unknown as Record<string, unknown>)[head])) {
          delete next[path];
          changed = true;
        }
      }
      return changed ? next : errs;
    });
  }, [valuesJson, values]);

  function showIssues(issues: Issue[], focus: boolean) {
    const map: Record<string, string> = {};
    for (const i of issues) if (!map[i.path]) map[i.path] = issueMessageKey(i);
    setErrors(map);
    if (focus && issues.length) {
      const first = issues.map((i) => i.path).sort((a, b) => stepOfPath(a) - stepOfPath(b))[0];
      setStep(stepOfPath(first));
      setTimeout(() => document.getElementById(fieldId(first))?.focus(), 50);
    }
  }

  function validateStep(index: number): boolean {
    const r = planSchema.safeParse(getValues());
    if (r.success) return true;
    const mine = r.error.issues.filter((i) => stepOfPath(i.path.map(String).join(".")) === index);
    const issues = mine.map((i) => ({ path: i.path.map(String).join("."), message: i.message, code: i.code }));
    setErrors((errs) => {
      const kept = Object.fromEntries(Object.entries(errs).filter(([p]) => stepOfPath(p) !== index));
      for (const i of issues) if (!kept[i.path]) kept[i.path] = issueMessageKey(i);
      return kept;
    });
    if (issues.length) setTimeout(() => document.getElementById(fieldId(issues[0].path))?.focus(), 50);
    return issues.length === 0;
  }

  async function keepMine() {
    // The server copy moved on (another tab): take its version number and save what is on screen.
    const v = await actions.currentVersion(proposalId).catch(() => null);
    if (v === null) {
      setSave({ kind: "offline" });
      return;
    }
    version.current = v;
    lastSavedJson.current = "";
    setSave({ kind: "dirty" });
    await flush();
  }

  function loadTheirs() {
    window.localStorage.removeItem(storageKey(proposalId));
    lastSavedJson.current = JSON.stringify(getValues());
    window.location.reload();
  }

  async function onSubmit() {
    const local = planSchema.safeParse(getValues());
    if (!local.success) {
      showIssues(local.error.issues.map((i) => ({ path: i.path.map(String).join("."), message: i.message, code: i.code })), true);
      return;
    }
    setSubmitting(true);
    try {
      if (timer.current) clearTimeout(timer.current);
      const r = await actions.submit(proposalId, version.current, toDraft(getValues()));
      if (r.ok) {
        window.localStorage.removeItem(storageKey(proposalId));
        lastSavedJson.current = JSON.stringify(getValues());
        toast(t("submitted", { date: new Date(r.value.dueOn).toLocaleDateString("vi-VN", { timeZone: "UTC" }) }));
        router.push(`/proposals/${proposalId}`);
        router.refresh();
        return;
      }
      if (r.savedVersion !== undefined) {
        version.current = r.savedVersion;
        lastSavedJson.current = JSON.stringify(getValues());
      }
      if (r.code === "VALIDATION_FAILED" && r.issues) showIssues(r.issues, true);
      else if (r.code === "UNAUTHENTICATED") setSave({ kind: "expired" });
      else toast(te(r.code in { FORBIDDEN: 1, NOT_FOUND: 1, CONFLICT: 1, INVALID_TRANSITION: 1 } ? r.code : "INTERNAL"), "error");
    } catch {
      setSave({ kind: "offline" });
      toast(te("INTERNAL"), "error");
    } finally {
      setSubmitting(false);
    }
  }

  const errorCount = Object.keys(errors).length;
  const err = (path: string) => (errors[path] ? te(errors[path]) : undefined);
  const stepHasErrors = useMemo(() => {
    const set = new Set<number>();
    for (const p of Object.keys(errors)) set.add(stepOfPath(p));
    return set;
  }, [errors]);

  const text = (name: keyof FormValues & string, opts: { long?: boolean; hint?: string; required?: boolean; rows?: number } = {}) => {
    const id = fieldId(name);
    const error = err(name);
    const max = (TEXT_MAX as Record<string, number>)[name];
    const common = { id, invalid: !!error, maxLength: max, "aria-describedby": describedBy(id, { hint: opts.hint, error }), ...register(name) };
    return (
      <Field id={id} label={t(`fields.${name}`)} hint={opts.hint} error={error} required={opts.required ?? true}>
        {opts.long ? <Textarea rows={opts.rows ?? 5} {...common} /> : <Input {...common} />}
      </Field>
    );
  };

  const current = STEPS[step];
  return (
    <div className="grid gap-6 lg:grid-cols-[15rem_1fr]">
      <nav aria-label={t("progress")} className="no-print min-w-0">
        <p className="mb-2 text-sm text-slate-600">{t("stepOf", { current: step + 1, total: STEPS.length })}</p>
        <div className="mb-3 h-2 rounded bg-slate-200" aria-hidden="true">
          <div className="h-2 rounded bg-brand-600 transition-all" style={{ width: `${((step + 1) / STEPS.length) * 100}%` }} />
        </div>
        <ol className="flex gap-1 overflow-x-auto lg:flex-col">
          {STEPS.map((st, i) => (
            <li key={st.key}>
              <button
                type="button"
                onClick={() => setStep(i)}
                aria-current={i === step ? "step" : undefined}
                className={cx(
                  "flex w-full items-center gap-2 whitespace-nowrap rounded-md px-3 py-2 text-left text-sm",
                  i === step ? "bg-brand-50 font-semibold text-brand-800" : "text-slate-700 hover:bg-slate-100",
                )}
              >
                <span className={cx("grid h-6 w-6 shrink-0 place-items-center rounded-full text-xs", stepHasErrors.has(i) ? "bg-red-700 text-white" : i < step ? "bg-green-700 text-white" : "bg-slate-200 text-slate-800")}>
                  {stepHasErrors.has(i) ? "!" : i + 1}
                </span>
                {t(`steps.${st.key}`)}
              </button>
            </li>
          ))}
        </ol>
      </nav>

      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void onSubmit();
        }}
        className="min-w-0 space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      >
        <div className="flex flex-wrap items-center justify-between gap-2">
          {actions.deleteDraft && !draftHasContent(values) ? (
            <DeleteDraftButton
              proposalId={proposalId}
              getVersion={() => version.current}
              deleteDraft={actions.deleteDraft}
              onDeleted={() => {
                window.localStorage.removeItem(storageKey(proposalId));
                lastSavedJson.current = JSON.stringify(getValues());
              }}
            />
          ) : (
            <span />
          )}
          <SaveStatus state={save} onKeepMine={keepMine} onLoadTheirs={loadTheirs} />
        </div>
        {restored ? <p className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-900">{t("restored")}</p> : null}
        {returnedComments ? (
          <div className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900">
            <p className="font-medium">{t("returnedNotice")}</p>
            <p className="mt-1 whitespace-pre-line">{returnedComments}</p>
          </div>
        ) : null}
        {errorCount ? (
          <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
            {t("errorsSummary", { count: errorCount })}
          </p>
        ) : null}

        <h2 className="text-lg font-semibold">{t(`steps.${current.key}`)}</h2>

        {current.key === "general" ? (
          <>
            {text("title", { hint: t("fields.titleHint") })}
            <Field id={fieldId("field")} label={t("fields.field")} error={err("field")} required>
              <Select id={fieldId("field")} invalid={!!err("field")} aria-describedby={describedBy(fieldId("field"), { error: err("field") })} {...register("field")}>
                <option value="">{t("fields.fieldPlaceholder")}</option>
                {FIELDS.map((f) => (
                  <option key={f} value={f}>
                    {tf(f)}
                  </option>
                ))}
              </Select>
            </Field>
            <fieldset className="space-y-2" aria-describedby={err("bottleneckKind") ? `${fieldId("bottleneckKind")}-error` : undefined}>
              <legend className="text-sm font-medium text-slate-800">
                {t("fields.bottleneckKind")} <span aria-hidden="true" className="text-red-700">*</span>
              </legend>
              {BOTTLENECK_KINDS.map((k, i) => (
                <label key={k} className="flex items-center gap-2 text-sm">
                  <input type="radio" value={k} id={i === 0 ? fieldId("bottleneckKind") : undefined} {...register("bottleneckKind")} className="h-4 w-4" />
                  {tp(`bottleneckKind.${k}`)}
                </label>
              ))}
              {err("bottleneckKind") ? (
                <p id={`${fieldId("bottleneckKind")}-error`} role="alert" className="text-sm text-red-700">
                  {err("bottleneckKind")}
                </p>
              ) : null}
            </fieldset>
            {text("bottleneck", { long: true, hint: t("fields.bottleneckHint") })}
          </>
        ) : null}

        {current.key === "necessity" ? (
          <>
            {text("necessity", { long: true, rows: 8 })}
            {text("purpose", { long: true })}
          </>
        ) : null}

        {current.key === "content" ? (
          <>
            {text("content", { long: true, rows: 10 })}
            {text("scope", { long: true, rows: 3 })}
            {text("executors", { long: true, rows: 3 })}
          </>
        ) : null}

        {current.key === "resources" ? (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              {dateField("startDate")}
              {dateField("endDate")}
            </div>
            <Rows
              legend={t("fields.milestones")}
              control={control}
              name="milestones"
              max={ROWS_MAX.milestones}
              maxLabel={t("rowsMax", { max: ROWS_MAX.milestones })}
              empty={{ title: "", date: "" }}
              addLabel={t("addMilestone")}
              removeLabel={(n) => t("removeRow", { n })}
              rowLabel={(n) => t("row", { n })}
              render={(i) => (
                <div className="grid gap-3 sm:grid-cols-[1fr_11rem]">
                  {rowField(`milestones.${i}.title`, t("fields.milestoneTitle"), register, undefined, ROW_TEXT_MAX.milestoneTitle)}
                  {rowField(`milestones.${i}.date`, t("fields.milestoneDate"), register, "date")}
                </div>
              )}
            />
            <div className="grid gap-4 sm:grid-cols-2">
              <Field id={fieldId("budgetVnd")} label={t("fields.budgetVnd")} hint={t("fields.budgetHint")} error={err("budgetVnd")} required>
                <Controller
                  control={control}
                  name="budgetVnd"
                  render={({ field }) => (
                    <MoneyInput
                      id={fieldId("budgetVnd")}
                      invalid={!!err("budgetVnd")}
                      aria-describedby={describedBy(fieldId("budgetVnd"), { hint: 1, error: err("budgetVnd") })}
                      name={field.name}
                      ref={field.ref}
                      value={field.value ?? ""}
                      onChange={field.onChange}
                      onBlur={field.onBlur}
                    />
                  )}
                />
              </Field>
              <Field id={fieldId("people")} label={t("fields.people")} error={err("people")} required>
                <Input id={fieldId("people")} inputMode="numeric" maxLength={PEOPLE_INPUT_MAX} invalid={!!err("people")} aria-describedby={describedBy(fieldId("people"), { error: err("people") })} {...register("people")} />
              </Field>
            </div>
            {text("equipment", { long: true, rows: 3, required: false })}
          </>
        ) : null}

        {current.key === "assessment" ? (
          <>
            {text("feasibility", { long: true })}
            {text("impactPositive", { long: true })}
            {text("impactNegative", { long: true })}
            {text("effectiveness", { long: true })}
          </>
        ) : null}

        {current.key === "targets" ? (
          <>
            <p className="text-sm text-slate-600">{t("fields.kpisHint")}</p>
            {err("kpis") ? (
              <p id={fieldId("kpis")} tabIndex={-1} role="alert" className="text-sm text-red-700">
                {err("kpis")}
              </p>
            ) : null}
            <Rows
              legend={t("fields.kpis")}
              control={control}
              name="kpis"
              max={ROWS_MAX.kpis}
              maxLabel={t("rowsMax", { max: ROWS_MAX.kpis })}
              empty={{ name: "", unit: "", baseline: "", target: "", method: "" }}
              addLabel={t("addKpi")}
              removeLabel={(n) => t("removeRow", { n })}
              rowLabel={(n) => t("row", { n })}
              render={(i) => (
                <div className="grid gap-3 sm:grid-cols-6">
                  <div className="sm:col-span-3">{rowField(`kpis.${i}.name`, tp("kpi.name"), register, undefined, ROW_TEXT_MAX.kpiName)}</div>
                  <div className="sm:col-span-1">{rowField(`kpis.${i}.unit`, tp("kpi.unit"), register, undefined, ROW_TEXT_MAX.kpiUnit)}</div>
                  <div className="sm:col-span-1">{rowField(`kpis.${i}.baseline`, tp("kpi.baseline"), register, "decimal", ROW_TEXT_MAX.kpiValue)}</div>
                  <div className="sm:col-span-1">{rowField(`kpis.${i}.target`, tp("kpi.target"), register, "decimal", ROW_TEXT_MAX.kpiValue)}</div>
                  <div className="sm:col-span-6">{rowField(`kpis.${i}.method`, tp("kpi.method"), register, undefined, ROW_TEXT_MAX.kpiMethod)}</div>
                </div>
              )}
            />
            <Rows
              legend={t("fields.risks")}
              control={control}
              name="risks"
              max={ROWS_MAX.risks}
              maxLabel={t("rowsMax", { max: ROWS_MAX.risks })}
              empty={{ description: "", likelihood: "", impact: "", mitigation: "" }}
              addLabel={t("addRisk")}
              removeLabel={(n) => t("removeRow", { n })}
              rowLabel={(n) => t("row", { n })}
              render={(i) => (
                <div className="grid gap-3 sm:grid-cols-2">
                  <div className="sm:col-span-2">{rowField(`risks.${i}.description`, tp("risk.description"), register, undefined, ROW_TEXT_MAX.riskText)}</div>
                  {levelField(`risks.${i}.likelihood`, tp("risk.likelihood"))}
                  {levelField(`risks.${i}.impact`, tp("risk.impact"))}
                  <div className="sm:col-span-2">{rowField(`risks.${i}.mitigation`, tp("risk.mitigation"), register, undefined, ROW_TEXT_MAX.riskText)}</div>
                </div>
              )}
            />
          </>
        ) : null}

        {current.key === "review" ? (
          <>
            <CoAuthorPicker
              label={t("fields.coAuthors")}
              hint={t("fields.coAuthorsHint")}
              searchLabel={t("fields.coAuthorSearch")}
              noneLabel={t("fields.noColleague")}
              addLabel={t("fields.add")}
              removeLabel={t("fields.remove")}
              initial={initialColleagues}
              value={values.coAuthorIds ?? []}
              onChange={(ids) => setValue("coAuthorIds", ids, { shouldDirty: true })}
              search={actions.findColleagues}
              error={err("coAuthorIds")}
            />
            {attachments ? (
              <section aria-labelledby="attachments-heading" className="space-y-2">
                <h3 id="attachments-heading" className="text-sm font-medium text-slate-800">
                  {t("fields.attachments")}
                </h3>
                {attachments}
              </section>
            ) : null}
            <div className="rounded-md border border-slate-200 bg-slate-50 p-3">
              <label className="flex items-start gap-3 text-sm">
                <input type="checkbox" id={fieldId("declaration")} className="mt-1 h-4 w-4" aria-invalid={!!err("declaration") || undefined} aria-describedby={err("declaration") ? `${fieldId("declaration")}-error` : undefined} {...register("declaration")} />
                <span>{t("fields.declaration")}</span>
              </label>
              {err("declaration") ? (
                <p id={`${fieldId("declaration")}-error`} role="alert" className="mt-1 text-sm text-red-700">
                  {err("declaration")}
                </p>
              ) : null}
            </div>
            <p className="text-sm text-slate-600">{t("submitHint", { unit: decidingUnitName, days: decisionDays })}</p>
          </>
        ) : null}

        <div className="flex flex-wrap items-center justify-between gap-2 border-t border-slate-200 pt-4">
          <Button variant="secondary" onClick={() => setStep((x) => Math.max(0, x - 1))} disabled={step === 0}>
            ← {t("previous")}
          </Button>
          {/* Distinct keys: React must not reuse the "next" <button> as the submit button (it would
              switch its type during the click and submit the plan). */}
          {step < STEPS.length - 1 ? (
            <Button
              key="next"
              type="button"
              onClick={() => {
                if (validateStep(step)) setStep((x) => Math.min(STEPS.length - 1, x + 1));
              }}
            >
              {t("next")} →
            </Button>
          ) : (
            <Button key="submit" type="submit" disabled={submitting}>
              {submitting ? t("submitting") : returnedComments ? t("resubmit") : t("submit")}
            </Button>
          )}
        </div>
      </form>
    </div>
  );

  function dateField(name: "startDate" | "endDate") {
    const id = fieldId(name);
    const error = err(name);
    return (
      <Field id={id} label={t(`fields.${name}`)} error={error} required>
        <Input id={id} type="date" invalid={!!error} aria-describedby={describedBy(id, { error })} {...register(name)} />
      </Field>
    );
  }

  function rowField(path: string, label: string, reg: UseFormRegister<FormValues>, kind?: "date" | "decimal", maxLength?: number) {
    const id = fieldId(path);
    const error = err(path);
    return (
      <Field id={id} label={label} error={error}>
        <Input
          id={id}
          type={kind === "date" ? "date" : "text"}
          inputMode={kind === "decimal" ? "decimal" : undefined}
          maxLength={maxLength}
          invalid={!!error}
          aria-describedby={describedBy(id, { error })}
          {...reg(path as never)}
        />
      </Field>
    );
  }

  function levelField(path: string, label: string) {
    const id = fieldId(path);
    const error = err(path);
    return (
      <Field id={id} label={label} error={error}>
        <Select id={id} invalid={!!error} aria-describedby={describedBy(id, { error })} {...register(path as never)}>
          <option value="">—</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {tp(`level.${l}`)}
            </option>
          ))}
        </Select>
      </Field>
    );
  }
}

/** Repeating rows (milestones, KPIs, risks) with add/remove, each row a labelled group. */
function Rows<N extends "milestones" | "kpis" | "risks">({
  legend,
  control,
  name,
  max,
  maxLabel,
  empty,
  addLabel,
  removeLabel,
  rowLabel,
  render,
}: {
  legend: string;
  control: Control<FormValues>;
  name: N;
  /** The server's row cap: the add button stops there and says why. */
  max: number;
  maxLabel: string;
  empty: FormValues[N][number];
  addLabel: string;
  removeLabel: (n: number) => string;
  rowLabel: (n: number) => string;
  render: (index: number) => ReactNode;
}) {
  const { fields, append, remove } = useFieldArray({ control, name: name as "kpis" });
  return (
    <fieldset className="space-y-3">
      <legend className="text-sm font-medium text-slate-800">{legend}</legend>
      {fields.map((f, i) => (
        <div key={f.id} role="group" aria-label={rowLabel(i + 1)} className="rounded-md border border-slate-200 p-3">
          <div className="mb-2 flex items-center justify-between">
            <span className="text-xs font-medium text-slate-600">{rowLabel(i + 1)}</span>
            <Button variant="ghost" size="sm" onClick={() => remove(i)} aria-label={removeLabel(i + 1)}>
              ✕
            </Button>
          </div>
          {render(i)}
        </div>
      ))}
      {fields.length < max ? (
        <Button type="button" variant="secondary" size="sm" onClick={() => append(empty as FormValues["kpis"][number])}>
          + {addLabel}
        </Button>
      ) : (
        <p className="text-sm text-slate-600">{maxLabel}</p>
      )}
    </fieldset>
  );
}

function SaveStatus({ state, onKeepMine, onLoadTheirs }: { state: SaveState; onKeepMine: () => void; onLoadTheirs: () => void }) {
  const t = useTranslations("form");
  const time = state.kind === "idle" && state.at ? state.at.toLocaleTimeString("vi-VN", { hour: "2-digit", minute: "2-digit" }) : null;
  return (
    <div role="status" aria-live="polite" className="flex min-h-6 flex-wrap items-center justify-end gap-2 text-sm">
      {state.kind === "saving" ? <span className="text-slate-600">{t("saving")}</span> : null}
      {state.kind === "dirty" ? <span className="text-slate-600">{t("unsaved")}</span> : null}
      {state.kind === "idle" && time ? <span className="text-green-800">✓ {t("saved", { time })}</span> : null}
      {state.kind === "offline" ? <span className="rounded bg-amber-50 px-2 py-1 text-amber-900">{t("offline")}</span> : null}
      {state.kind === "refused" ? <span className="rounded bg-red-50 px-2 py-1 text-red-800">{t("savedExceptRefused", { count: state.count })}</span> : null}
      {state.kind === "expired" ? (
        <span className="rounded bg-amber-50 px-2 py-1 text-amber-900">
          {t("sessionExpired")}{" "}
          <a className="font-medium underline" href={`/login?callbackUrl=${encodeURIComponent(typeof window === "undefined" ? "/" : window.location.pathname)}`}>
            {t("signInAgain")}
          </a>
        </span>
      ) : null}
      {state.kind === "conflict" ? (
        <span className="flex flex-wrap items-center gap-2 rounded bg-amber-50 px-2 py-1 text-amber-900">
          {t("conflict")}
          <Button size="sm" variant="secondary" onClick={onKeepMine}>
            {t("keepMine")}
          </Button>
          <Button size="sm" variant="secondary" onClick={onLoadTheirs}>
            {t("loadTheirs")}
          </Button>
        </span>
      ) : null}
    </div>
  );
}
