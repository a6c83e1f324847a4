"use client";
/**
 * The administrators' list of one year's days off and make-up working days, with the forms that
 * add, correct and remove them. Every change posts one server action (a use-case with its audit
 * event); refusals are shown at the field and what was typed stays in the form.
 */
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { ActionResult } from "@/components/forms/useActionForm";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Dialog } from "@/components/ui/Dialog";
import { Table, Td, Th } from "@/components/ui/Table";
import { isIsoDay } from "@/domain/calendar";
import { isWeekendHoliday } from "@/domain/calendar-admin";
import { CalendarDayForm, EMPTY_DAY, type CalendarDayValues } from "./CalendarDayForm";
import { useCalendarActionForm } from "./useCalendarActionForm";

export type CalendarDayItem = CalendarDayValues & { id: string };
type Act = (input: unknown) => Promise<ActionResult<unknown>>;

type Mode = { kind: "edit" | "delete"; day: CalendarDayItem; opening: number };

export function CalendarDays({
  year,
  days,
  add,
  update,
  remove,
}: {
  year: number;
  days: CalendarDayItem[];
  add: Act;
  update: Act;
  remove: Act;
}) {
  const t = useTranslations("admin.calendar");
  const router = useRouter();
  const { longDay, shortDay } = useDayFormats();
  const adding = useCalendarActionForm();
  // One dialog for editing and deleting: the page never holds two dialogs (nor two dialog titles).
  // `shown` keeps the content while the dialog closes; `opening` gives each opening fresh form state.
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<Mode | null>(null);
  const show = (kind: Mode["kind"], day: CalendarDayItem) => {
    setShown((prev) => ({ kind, day, opening: (prev?.opening ?? 0) + 1 }));
    setOpen(true);
  };
  const close = () => setOpen(false);

  return (
    <div className="space-y-6">
      {days.length ? (
        <section aria-labelledby="calendar-days-title" className="space-y-3">
          <h2 id="calendar-days-title" className="text-base font-semibold text-slate-900">
            {t("listTitle", { year })}
          </h2>
          <Table caption={t("listTitle", { year })}>
            <thead>
              <tr>
                <Th>{t("columns.date")}</Th>
                <Th>{t("columns.kind")}</Th>
                <Th>{t("columns.nameVi")}</Th>
                <Th>{t("columns.nameEn")}</Th>
                {/* relative: keeps the visually hidden label inside the table's sideways scroll on a phone. */}
                <Th className="relative">
                  <span className="sr-only">{t("columns.actions")}</span>
                </Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {days.map((d) => (
                <tr key={d.id}>
                  <th scope="row" className="whitespace-nowrap px-3 py-2 text-left align-top font-medium text-slate-900">
                    <time dateTime={d.date}>{longDay(d.date)}</time>
                  </th>
                  <Td>
                    <span className="flex flex-wrap gap-1">
                      <Badge tone={d.kind === "HOLIDAY" ? "danger" : "info"}>{t(`kinds.${d.kind}`)}</Badge>
                      {isWeekendHoliday(d.date, d.kind) ? <Badge>{t("onWeekend")}</Badge> : null}
                    </span>
                  </Td>
                  <Td className="min-w-44">{d.nameVi}</Td>
                  <Td className="min-w-44">
                    <span lang="en">{d.nameEn}</span>
                  </Td>
                  <Td className="whitespace-nowrap text-right">
                    <span className="inline-flex gap-1">
                      <Button size="sm" variant="secondary" aria-label={t("form.editLabel", { date: shortDay(d.date) })} onClick={() => show("edit", d)}>
                        {t("form.edit")}
                      </Button>
                      <Button size="sm" variant="ghost" className="text-red-800" aria-label={t("form.deleteLabel", { date: shortDay(d.date) })} onClick={() => show("delete", d)}>
                        {t("form.delete")}
                      </Button>
                    </span>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      ) : null}

      <Card title={t("form.addTitle")}>
        <CalendarDayForm
          idPrefix="add-day"
          initial={EMPTY_DAY}
          submitLabel={t("form.add")}
          pending={adding.pending}
          error={adding.error}
          fieldErrors={adding.fieldErrors}
          onSubmit={async (values) => {
            const created = await adding.submit(() => add(values), t("form.added", { date: shortDay(values.date) }));
            // A day of another year: go to that year, where the new row is listed.
            if (created && Number(values.date.slice(0, 4)) !== year) router.push(`/admin/calendar?year=${values.date.slice(0, 4)}`);
            return created !== null;
          }}
        />
      </Card>

      <Dialog
        open={open}
        onClose={close}
        closeLabel={t("form.close")}
        title={shown ? t(shown.kind === "edit" ? "form.editTitle" : "form.confirmDeleteTitle", { date: shortDay(shown.day.date) }) : ""}
      >
        {shown?.kind === "edit" ? (
          <EditDay key={shown.opening} day={shown.day} update={update} onDone={close} />
        ) : shown?.kind === "delete" ? (
          <DeleteDay key={shown.opening} day={shown.day} remove={remove} onDone={close} />
        ) : null}
      </Dialog>
    </div>
  );
}

function useDayFormats() {
  const format = useFormatter();
  const asDate = (day: string) => new Date(`${day}T00:00:00Z`);
  return {
    longDay: (day: string) =>
      isIsoDay(day) ? format.dateTime(asDate(day), { weekday: "long", day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }) : day,
    shortDay: (day: string) => (isIsoDay(day) ? format.dateTime(asDate(day), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }) : day),
  };
}

function EditDay({ day, update, onDone }: { day: CalendarDayItem; update: Act; onDone: () => void }) {
  const t = useTranslations("admin.calendar");
  const { shortDay } = useDayFormats();
  const editing = useCalendarActionForm();
  return (
    <CalendarDayForm
      idPrefix="edit-day"
      initial={day}
      submitLabel={t("form.save")}
      pending={editing.pending}
      error={editing.error}
      fieldErrors={editing.fieldErrors}
      onCancel={onDone}
      onSubmit={async (values) => {
        const saved = await editing.submit(() => update({ id: day.id, ...values }), t("form.saved", { date: shortDay(values.date) }));
        if (saved) onDone();
        return saved !== null;
      }}
    />
  );
}

function DeleteDay({ day, remove, onDone }: { day: CalendarDayItem; remove: Act; onDone: () => void }) {
  const t = useTranslations("admin.calendar");
  const { shortDay } = useDayFormats();
  const deleting = useCalendarActionForm();
  return (
    <div className="space-y-4">
      {deleting.error ? (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {deleting.error}
        </p>
      ) : null}
      <p className="text-sm text-slate-700">{t("form.confirmDeleteBody", { name: day.nameVi })}</p>
      <div className="flex flex-wrap gap-2">
        <Button
          variant="danger"
          disabled={deleting.pending}
          onClick={async () => {
            const removed = await deleting.submit(() => remove({ id: day.id }), t("form.deleted", { date: shortDay(day.date) }));
            if (removed) onDone();
          }}
        >
          {t("form.confirmDelete")}
        </Button>
        <Button variant="secondary" onClick={onDone} disabled={deleting.pending}>
          {t("form.cancel")}
        </Button>
      </div>
    </div>
  );
}
