import { useFormatter, useTranslations } from "next-intl";

export type ResourcesView = {
  scope: string | null;
  budgetVnd: string | null;
  people: number | null;
  equipment: string | null;
  supportBudgetVnd: string;
  supportPeople: number;
  supportEquipment: string[];
  spentVnd: string | null;
};

/** Resources granted (by the decision as amended, and by answered support requests) and used (Art. 10). */
export function Resources({ r }: { r: ResourcesView }) {
  const t = useTranslations("pilots.resources");
  const format = useFormatter();
  const money = (v: string) => `${format.number(Number(v))} đ`;
  const extraBudget = Number(r.supportBudgetVnd);
  return (
    <dl className="grid gap-3 text-sm sm:grid-cols-2">
      <div className="sm:col-span-2">
        <dt className="text-slate-600">{t("scope")}</dt>
        <dd className="whitespace-pre-line">{r.scope || "—"}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("budget")}</dt>
        <dd className="font-medium tabular-nums">
          {r.budgetVnd ? money(r.budgetVnd) : "—"}
          {extraBudget ? <span className="block text-xs font-normal text-slate-600">{t("plusSupport", { amount: money(r.supportBudgetVnd) })}</span> : null}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("spent")}</dt>
        <dd className="font-medium tabular-nums">{r.spentVnd ? money(r.spentVnd) : t("notReported")}</dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("people")}</dt>
        <dd className="font-medium tabular-nums">
          {r.people ?? "—"}
          {r.supportPeople ? <span className="block text-xs font-normal text-slate-600">{t("plusPeople", { count: r.supportPeople })}</span> : null}
        </dd>
      </div>
      <div>
        <dt className="text-slate-600">{t("equipment")}</dt>
        <dd>
          {r.equipment || "—"}
          {r.supportEquipment.map((e) => (
            <span key={e} className="block text-xs text-slate-600">+ {e}</span>
          ))}
        </dd>
      </div>
    </dl>
  );
}
