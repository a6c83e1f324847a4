"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, describedBy } from "@/components/ui/Field";
import { isIsoDay, isWeekend, type CalendarEntryKind } from "@/domain/calendar";
import { CALENDAR_ENTRY_KINDS, isWeekendHoliday } from "@/domain/calendar-admin";

export type CalendarDayValues = { date: string; kind: CalendarEntryKind; nameVi: string; nameEn: string };

export const EMPTY_DAY: CalendarDayValues = { date: "", kind: "HOLIDAY", nameVi: "", nameEn: "" };

/**
 * The fields of one calendar day. The weekday rules are shown while typing (a make-up day must be a
 * weekend; a holiday on a weekend changes nothing); the server checks them again.
 */
export function CalendarDayForm({
  idPrefix,
  initial,
  submitLabel,
  pending,
  error,
  fieldErrors,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  initial: CalendarDayValues;
  submitLabel: string;
  pending: boolean;
  error: string | null;
  fieldErrors: Record<string, string>;
  onSubmit: (values: CalendarDayValues) => Promise<boolean>;
  onCancel?: () => void;
}) {
  const t = useTranslations("admin.calendar");
  const format = useFormatter();
  const [values, setValues] = useState(initial);
  const [submitted, setSubmitted] = useState<CalendarDayValues | null>(null);
  const set = (patch: Partial<CalendarDayValues>) => setValues((v) => ({ ...v, ...patch }));
  const id = (name: string) => `${idPrefix}-${name}`;

  // A refusal is about what was sent: once the user changes a field, its error no longer applies
  // (the date's rules depend on the kind too).
  const unchanged = (...fields: (keyof CalendarDayValues)[]) => submitted !== null && fields.every((f) => submitted[f] === values[f]);
  const errors: Partial<Record<keyof CalendarDayValues, string>> = {
    date: unchanged("date", "kind") ? fieldErrors.date : undefined,
    kind: unchanged("kind") ? fieldErrors.kind : undefined,
    nameVi: unchanged("nameVi") ? fieldErrors.nameVi : undefined,
    nameEn: unchanged("nameEn") ? fieldErrors.nameEn : undefined,
  };

  const weekday = isIsoDay(values.date) ? format.dateTime(new Date(`${values.date}T00:00:00Z`), { weekday: "long", timeZone: "UTC" }) : "";
  const dateHint = errors.date
    ? undefined
    : isWeekendHoliday(values.date, values.kind)
      ? t("form.weekendHolidayHint", { weekday })
      : values.kind === "MAKEUP_WORKDAY" && !(isIsoDay(values.date) && isWeekend(values.date))
        ? t("form.makeUpHint")
        : undefined;

  return (
    <form
      noValidate
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        setSubmitted(values);
        void onSubmit(values).then((ok) => {
          if (ok && !onCancel) setValues(EMPTY_DAY);
        });
      }}
    >
      {error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={id("date")} label={t("form.date")} hint={dateHint} error={errors.date} required>
          <Input
            id={id("date")}
            type="date"
            required
            value={values.date}
            onChange={(e) => set({ date: e.target.value })}
            invalid={!!errors.date}
            aria-describedby={describedBy(id("date"), { hint: dateHint, error: errors.date })}
          />
        </Field>
        <Field id={id("kind")} label={t("form.kind")} error={errors.kind} required>
          <Select
            id={id("kind")}
            value={values.kind}
            onChange={(e) => set({ kind: e.target.value as CalendarEntryKind })}
            invalid={!!errors.kind}
            aria-describedby={describedBy(id("kind"), { error: errors.kind })}
          >
            {CALENDAR_ENTRY_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id={id("nameVi")} label={t("form.nameVi")} error={errors.nameVi} required>
          <Input
            id={id("nameVi")}
            required
            maxLength={200}
            value={values.nameVi}
            onChange={(e) => set({ nameVi: e.target.value })}
            invalid={!!errors.nameVi}
            aria-describedby={describedBy(id("nameVi"), { error: errors.nameVi })}
          />
        </Field>
        <Field id={id("nameEn")} label={t("form.nameEn")} hint={t("form.nameEnHint")} error={errors.nameEn}>
          <Input
            id={id("nameEn")}
            lang="en"
            maxLength={200}
            value={values.nameEn}
            onChange={(e) => set({ nameEn: e.target.value })}
            invalid={!!errors.nameEn}
            aria-describedby={describedBy(id("nameEn"), { hint: true, error: errors.nameEn })}
          />
        </Field>
      </div>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {t("form.cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
