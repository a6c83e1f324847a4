"use client";
/** Art. 10: the unit records praise, a commendation or reward, a salary-step or promotion proposal, or a note for evaluation. */
import { useTranslations } from "next-intl";
import { useState } from "react";
import { FormError } from "@/components/forms/FormError";
import { useActionForm, type ActionResult } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { RECOGNITION_KINDS, RECOGNITION_LEVELS, RECOGNITION_REQUIRES } from "@/domain/spread";

type Kind = (typeof RECOGNITION_KINDS)[number];

export function RecognitionForm({
  proposalId,
  proposers,
  today,
  record,
}: {
  proposalId: string;
  proposers: { id: string; name: string }[];
  today: string;
  record: (proposalId: string, input: unknown) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("spread");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [kind, setKind] = useState<Kind>("COMMENDATION");
  const [userIds, setUserIds] = useState<string[]>(proposers.slice(0, 1).map((p) => p.id));
  const [v, setV] = useState({ form: "", level: "", decidingBody: "", number: "", decidedOn: today, note: "" });
  const needs = RECOGNITION_REQUIRES[kind];
  const set = (k: keyof typeof v) => (e: { target: { value: string } }) => setV((s) => ({ ...s, [k]: e.target.value }));
  const id = (k: string) => `recognition-${k}`;
  const aria = (k: string) => describedBy(id(k), { error: fieldErrors[k] });

  return (
    <form
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(
          () =>
            record(proposalId, {
              proposalId,
              kind,
              userIds,
              decidedOn: v.decidedOn,
              note: v.note || undefined,
              ...(needs.includes("form") ? { form: v.form } : {}),
              ...(needs.includes("level") ? { level: v.level } : {}),
              ...(needs.includes("decidingBody") ? { decidingBody: v.decidingBody } : {}),
              ...(needs.includes("number") ? { number: v.number } : {}),
            }),
          t("saved"),
        ).then((r) => {
          if (r) setV((s) => ({ ...s, form: "", number: "", note: "" }));
        });
      }}
    >
      <FormError error={error} />
      <Field id={id("kind")} label={t("kind")} hint={t(`kindHints.${kind}`)} required>
        <Select id={id("kind")} value={kind} onChange={(e) => setKind(e.target.value as Kind)} aria-describedby={`${id("kind")}-hint`}>
          {RECOGNITION_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`kinds.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <fieldset aria-describedby={fieldErrors.userIds ? `${id("people")}-error` : undefined}>
        <legend className="text-sm font-medium text-slate-800">
          {t("people")}
          <span aria-hidden="true" className="ml-0.5 text-red-700">*</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
          {proposers.map((p) => (
            <label key={p.id} className="flex min-h-8 items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={userIds.includes(p.id)}
                onChange={(e) => setUserIds((ids) => (e.target.checked ? [...ids, p.id] : ids.filter((x) => x !== p.id)))}
              />
              {p.name}
            </label>
          ))}
        </div>
        {fieldErrors.userIds ? (
          <p id={`${id("people")}-error`} role="alert" className="text-sm text-red-700">
            {fieldErrors.userIds}
          </p>
        ) : null}
      </fieldset>
      <div className="grid gap-3 sm:grid-cols-2">
        {needs.includes("form") ? (
          <Field id={id("form")} label={t("form")} error={fieldErrors.form} required>
            <Input id={id("form")} value={v.form} onChange={set("form")} invalid={!!fieldErrors.form} aria-describedby={aria("form")} />
          </Field>
        ) : null}
        {needs.includes("level") ? (
          <Field id={id("level")} label={t("level")} error={fieldErrors.level} required>
            <Select id={id("level")} value={v.level} onChange={set("level")} invalid={!!fieldErrors.level} aria-describedby={aria("level")}>
              <option value="">{t("chooseLevel")}</option>
              {RECOGNITION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`levels.${l}`)}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {needs.includes("decidingBody") ? (
          <Field id={id("decidingBody")} label={t("decidingBody")} error={fieldErrors.decidingBody} required>
            <Input id={id("decidingBody")} value={v.decidingBody} onChange={set("decidingBody")} invalid={!!fieldErrors.decidingBody} aria-describedby={aria("decidingBody")} />
          </Field>
        ) : null}
        {needs.includes("number") ? (
          <Field id={id("number")} label={t("number")} error={fieldErrors.number} required>
            <Input id={id("number")} value={v.number} onChange={set("number")} invalid={!!fieldErrors.number} aria-describedby={aria("number")} />
          </Field>
        ) : null}
        <Field id={id("decidedOn")} label={t("decidedOn")} error={fieldErrors.decidedOn} required>
          <Input id={id("decidedOn")} type="date" max={today} value={v.decidedOn} onChange={set("decidedOn")} invalid={!!fieldErrors.decidedOn} aria-describedby={aria("decidedOn")} />
        </Field>
      </div>
      <Field id={id("note")} label={t("note")} error={fieldErrors.note} required={needs.includes("note")}>
        <Textarea id={id("note")} rows={3} value={v.note} onChange={set("note")} invalid={!!fieldErrors.note} aria-describedby={aria("note")} />
      </Field>
      <Button type="submit" disabled={pending}>
        {t("save")}
      </Button>
    </form>
  );
}
