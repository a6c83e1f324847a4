"use client";
import { useState } from "react";
import { Button } from "@/components/ui/Button";
import { Input, Select } from "@/components/ui/Field";

export type FilterOption = { value: string; label: string };

/**
 * The report's scope: period (a preset or a custom range), unit (only units the actor may report
 * on), field, and — on the periodic table — how many levels of units. A plain GET form: it works
 * without JavaScript; the script only shows the date inputs when "custom" is chosen.
 */
export function ReportFilters({
  action,
  presets,
  preset,
  from,
  to,
  units,
  unit,
  fields,
  field,
  details,
  detail,
  rangeRefused = false,
  labels,
}: {
  action: string;
  presets: FilterOption[];
  preset: string;
  from: string;
  to: string;
  units: FilterOption[];
  unit: string;
  fields: FilterOption[];
  field: string;
  details?: FilterOption[];
  detail?: string;
  /** The custom range asked for was refused; the report shows the default period instead. */
  rangeRefused?: boolean;
  labels: {
    legend: string;
    period: string;
    from: string;
    to: string;
    unit: string;
    field: string;
    allFields: string;
    detail: string;
    apply: string;
    customHint: string;
    invalidRange: string;
  };
}) {
  const [chosen, setChosen] = useState(preset);
  return (
    <form method="get" action={action} className="mb-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm no-print" aria-label={labels.legend}>
      <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <div className="space-y-1">
          <label htmlFor="report-preset" className="block text-sm font-medium text-slate-800">
            {labels.period}
          </label>
          <Select id="report-preset" name="preset" value={chosen} onChange={(e) => setChosen(e.target.value)}>
            {presets.map((p) => (
              <option key={p.value} value={p.value}>
                {p.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="report-unit" className="block text-sm font-medium text-slate-800">
            {labels.unit}
          </label>
          <Select id="report-unit" name="unit" defaultValue={unit}>
            {units.map((u) => (
              <option key={u.value} value={u.value}>
                {u.label}
              </option>
            ))}
          </Select>
        </div>
        <div className="space-y-1">
          <label htmlFor="report-field" className="block text-sm font-medium text-slate-800">
            {labels.field}
          </label>
          <Select id="report-field" name="field" defaultValue={field}>
            <option value="">{labels.allFields}</option>
            {fields.map((f) => (
              <option key={f.value} value={f.value}>
                {f.label}
              </option>
            ))}
          </Select>
        </div>
        {details ? (
          <div className="space-y-1">
            <label htmlFor="report-detail" className="block text-sm font-medium text-slate-800">
              {labels.detail}
            </label>
            <Select id="report-detail" name="detail" defaultValue={detail}>
              {details.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </Select>
          </div>
        ) : null}
      </div>
      {chosen === "custom" ? (
        <fieldset className="mt-3 grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
          <legend className="sr-only">{labels.period}</legend>
          <div className="space-y-1">
            <label htmlFor="report-from" className="block text-sm font-medium text-slate-800">
              {labels.from}
            </label>
            <Input id="report-from" name="from" type="date" defaultValue={from} required aria-describedby="report-range-hint" />
          </div>
          <div className="space-y-1">
            <label htmlFor="report-to" className="block text-sm font-medium text-slate-800">
              {labels.to}
            </label>
            <Input id="report-to" name="to" type="date" defaultValue={to} required aria-describedby="report-range-hint" />
          </div>
          <p id="report-range-hint" className="self-end text-xs text-slate-600 sm:col-span-2">
            {labels.customHint}
          </p>
        </fieldset>
      ) : null}
      {rangeRefused ? (
        <p role="alert" className="mt-3 text-sm text-red-700">
          {labels.invalidRange}
        </p>
      ) : null}
      <div className="mt-3">
        <Button type="submit">{labels.apply}</Button>
      </div>
    </form>
  );
}
