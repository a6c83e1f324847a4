"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, describedBy } from "@/components/ui/Field";
import type { Act } from "./act";
import { FormError } from "./FormError";

/** "Bắt đầu thực hiện": the actual start, on or after the decision's start date, not in the future. */
export function StartForm({ pilotId, version, decisionStart, today, start }: { pilotId: string; version: number; decisionStart: string; today: string; start: Act }) {
  const t = useTranslations("pilots.start");
  const format = useFormatter();
  const { pending, error, fieldErrors, submit } = useActionForm();
  const [day, setDay] = useState(today < decisionStart ? decisionStart : today);
  const fromDay = format.dateTime(new Date(`${decisionStart}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const tooEarly = today < decisionStart;
  return (
    <form
      id="start"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => start(pilotId, { pilotId, version, startedOn: day }), t("done"));
      }}
    >
      <p className="text-sm text-slate-700">{tooEarly ? t("notYet", { date: fromDay }) : t("hint", { date: fromDay })}</p>
      <FormError error={error} />
      <Field id="start-day" label={t("day")} error={fieldErrors.startedOn} hint={t("dayHint")} required>
        <Input
          id="start-day"
          type="date"
          value={day}
          min={decisionStart}
          max={today}
          onChange={(e) => setDay(e.target.value)}
          invalid={!!fieldErrors.startedOn}
          aria-describedby={describedBy("start-day", { hint: true, error: fieldErrors.startedOn })}
        />
      </Field>
      <Button type="submit" disabled={pending || tooEarly}>
        {t("submit")}
      </Button>
    </form>
  );
}
