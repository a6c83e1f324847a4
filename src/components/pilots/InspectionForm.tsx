"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useActionForm } from "@/components/forms/useActionForm";
import { Button } from "@/components/ui/Button";
import { Field, Input, Select, Textarea, describedBy } from "@/components/ui/Field";
import { FLAG_KINDS, INSPECTION_KINDS, RISK_LEVELS } from "@/domain/execution-input";
import type { Act } from "./act";
import { FormError } from "./FormError";

/** An inspection or note (KL 14 §2.4); ticking "flag" makes it a problem the head must answer. */
export function InspectionForm({ pilotId, today, record }: { pilotId: string; today: string; record: Act }) {
  const t = useTranslations("pilots.inspection");
  const { pending, error, fieldErrors, submit } = useActionForm();
  const empty = { inspectedOn: today, kind: "REPORT_REVIEW", finding: "", severity: "MEDIUM", action: "", flag: "" };
  const [f, setF] = useState(empty);
  const set = (k: keyof typeof f) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  return (
    <form
      id="inspect"
      className="space-y-3"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(() => record(pilotId, { pilotId, ...f, action: f.action || undefined, flag: f.flag || undefined }), t("done")).then((r) => {
          if (r) setF(empty);
        });
      }}
    >
      <FormError error={error} />
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id="insp-date" label={t("date")} error={fieldErrors.inspectedOn} required>
          <Input id="insp-date" type="date" max={today} value={f.inspectedOn} onChange={set("inspectedOn")} invalid={!!fieldErrors.inspectedOn} />
        </Field>
        <Field id="insp-kind" label={t("kind")} required>
          <Select id="insp-kind" value={f.kind} onChange={set("kind")}>
            {INSPECTION_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="insp-severity" label={t("severity")} required>
          <Select id="insp-severity" value={f.severity} onChange={set("severity")}>
            {RISK_LEVELS.map((k) => (
              <option key={k} value={k}>
                {t(`severities.${k}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <Field id="insp-finding" label={t("finding")} error={fieldErrors.finding} required>
        <Textarea id="insp-finding" rows={3} value={f.finding} onChange={set("finding")} invalid={!!fieldErrors.finding} aria-describedby={describedBy("insp-finding", { error: fieldErrors.finding })} />
      </Field>
      <Field id="insp-action" label={t("action")} error={fieldErrors.action}>
        <Textarea id="insp-action" rows={2} value={f.action} onChange={set("action")} />
      </Field>
      <Field id="insp-flag" label={t("flag")} hint={t("flagHint")}>
        <Select id="insp-flag" value={f.flag} onChange={set("flag")} aria-describedby="insp-flag-hint">
          <option value="">{t("noFlag")}</option>
          {FLAG_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`flags.${k}`)}
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
