"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { SUPPORT_ANSWERS } from "@/domain/execution-input";
import type { Act } from "./act";
import { FormError } from "./FormError";

/** The head answers a monitoring flag; it stays open until then. */
export function FlagAnswerForm({ pilotId, noteId, answer }: { pilotId: string; noteId: string; answer: Act }) {
  const t = useTranslations("pilots.flagAnswer");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [text, setText] = useState("");
  const id = `flag-answer-${noteId}`;
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => answer(pilotId, { noteId, answer: text }), t("done"));
      }}
    >
      <FormError error={error} />
      <Field id={id} label={t("label")} error={fieldErrors.answer} required>
        <Textarea id={id} rows={3} value={text} onChange={(e) => setText(e.target.value)} invalid={!!fieldErrors.answer} aria-describedby={describedBy(id, { error: fieldErrors.answer })} />
      </Field>
      <Button type="submit" size="sm" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** The head answers a support request: granted, partly granted or refused, with what is given (Art. 10). */
export function SupportAnswerForm({ pilotId, requestId, answer }: { pilotId: string; requestId: string; answer: Act }) {
  const t = useTranslations("pilots.supportAnswer");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [f, setF] = useState({ status: "GRANTED", answer: "", grantedBudgetVnd: "", grantedPeople: "", grantedEquipment: "" });
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const id = (k: string) => `support-${requestId}-${k}`;
  return (
    <form
      className="mt-3 space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(
          () =>
            answer(pilotId, {
              requestId,
              status: f.status,
              answer: f.answer,
              grantedBudgetVnd: f.grantedBudgetVnd || undefined,
              grantedPeople: f.grantedPeople || undefined,
              grantedEquipment: f.grantedEquipment || undefined,
            }),
          t("done"),
        );
      }}
    >
      <FormError error={error} />
      <Field id={id("status")} label={t("status")} required>
        <Select id={id("status")} value={f.status} onChange={set("status")}>
          {SUPPORT_ANSWERS.map((s) => (
            <option key={s} value={s}>
              {t(`statuses.${s}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={id("answer")} label={t("answer")} error={fieldErrors.answer} required>
        <Textarea id={id("answer")} rows={2} value={f.answer} onChange={set("answer")} invalid={!!fieldErrors.answer} />
      </Field>
      {f.status !== "REFUSED" ? (
        <div className="grid gap-2 sm:grid-cols-3">
          <Field id={id("budget")} label={t("budget")} error={fieldErrors.grantedBudgetVnd}>
            <Input id={id("budget")} inputMode="numeric" value={f.grantedBudgetVnd} onChange={set("grantedBudgetVnd")} invalid={!!fieldErrors.grantedBudgetVnd} />
          </Field>
          <Field id={id("people")} label={t("people")} error={fieldErrors.grantedPeople}>
            <Input id={id("people")} inputMode="numeric" value={f.grantedPeople} onChange={set("grantedPeople")} invalid={!!fieldErrors.grantedPeople} />
          </Field>
          <Field id={id("equipment")} label={t("equipment")}>
            <Input id={id("equipment")} value={f.grantedEquipment} onChange={set("grantedEquipment")} />
          </Field>
        </div>
      ) : null}
      <Button type="submit" size="sm" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}

/** The proposer acknowledges a directive (ignoring it is prohibited, Art. 6). */
export function AcknowledgeButton({ pilotId, directiveId, acknowledge }: { pilotId: string; directiveId: string; acknowledge: Act }) {
  const t = useTranslations("pilots.acknowledge");
  const { pending, error, submit } = useActionForm();
  return (
    <div className="mt-2 space-y-2">
      <FormError error={error} />
      <Button type="button" size="sm" disabled={pending} onClick={() => void submit(() => acknowledge(pilotId, { directiveId }), t("done"))}>
        {t("submit")}
      </Button>
    </div>
  );
}
