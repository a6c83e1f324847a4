import { useFormatter, useTranslations } from "next-intl";
import { BarList } from "@/components/charts/BarList";
import { Funnel } from "@/components/charts/Funnel";
import { SplitBar } from "@/components/charts/SplitBar";
import { Card, StatCard } from "@/components/ui/Card";
import { Table, Td, Th } from "@/components/ui/Table";
import type { Counts, ReportRow } from "@/domain/report-tree";
import {
  COHORT_ORDER,
  CONCLUSION_MEASURES,
  FUNNEL,
  HEADLINE_MEASURES,
  measureMessageKeys,
  OUTCOME_MEASURES,
  RECOGNITION_MEASURES,
  type Measure,
} from "@/domain/reports";
import { MeasureDefinitions } from "./MeasureDefinitions";

export type MedianCell = { median: number | null; n: number };
export type DashboardData = {
  total: Counts;
  perUnit: ReportRow[];
  medians: { decision: MedianCell; evaluation: MedianCell; byUnit: { unitId: string; decision: MedianCell; evaluation: MedianCell }[] };
  unitNames: Record<string, string>;
  rootId: string;
};

/**
 * The Commission's dashboard: charts where people would rather look than read, each with its
 * numbers as a table and its definitions one click away; every number links to its proposals.
 */
export function DashboardView({ data, drill }: { data: DashboardData; drill: (measure: Measure, unit?: { id: string; own?: boolean }) => string }) {
  const t = useTranslations("reports");
  const format = useFormatter();
  const n = (v: number) => format.number(v);
  const pct = (share: number) => format.number(Number.isFinite(share) ? share : 0, { style: "percent", maximumFractionDigits: 0 });
  const label = (m: Measure) => t(measureMessageKeys(m).label);
  const short = (m: Measure) => t(measureMessageKeys(m).short);
  const defs = (ms: readonly Measure[]) => ms.map((m) => ({ key: m, label: label(m), definition: t(measureMessageKeys(m).definition) }));
  const item = (m: Measure) => ({ key: m, label: short(m), value: data.total[m], href: drill(m) });
  const tableLabel = t("showTable");
  const unitLabel = (r: ReportRow) => (r.kind === "own" ? t("ownRow", { unit: r.name }) : r.name);
  const perUnit = (m: Measure) =>
    data.perUnit.map((r) => ({ key: `${r.kind}-${r.unitId}`, label: unitLabel(r), value: r.counts[m], href: drill(m, { id: r.unitId, own: r.own }) }));
  const overdue = perUnit("OVERDUE")
    .filter((i) => i.value > 0)
    .sort((a, b) => b.value - a.value);
  const medianText = (c: MedianCell) => (c.median === null ? t("medians.none") : t("medians.value", { days: Math.round(c.median * 10) / 10 }));

  return (
    <div className="space-y-6">
      <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
        {HEADLINE_MEASURES.map((m) => (
          <StatCard key={m} label={label(m)} value={n(data.total[m])} href={drill(m)} />
        ))}
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={t("cards.funnel")}>
          <p className="mb-3 text-sm text-slate-600">{t("cards.funnelHint")}</p>
          <Funnel
            stages={FUNNEL.map(item)}
            caption={t("cards.funnel")}
            tableLabel={tableLabel}
            headers={[t("measureColumn"), t("count"), t("share")]}
            format={n}
            percent={pct}
          />
          <MeasureDefinitions summary={t("definitions")} items={defs(FUNNEL)} />
        </Card>

        <Card title={t("cards.cohort")}>
          <BarList items={COHORT_ORDER.map(item)} caption={t("cards.cohort")} tableLabel={tableLabel} headers={[t("measureColumn"), t("count")]} format={n} emptyLabel={t("emptyTitle")} />
          <MeasureDefinitions summary={t("definitions")} items={defs(COHORT_ORDER)} />
        </Card>

        <Card title={t("cards.basis")}>
          <SplitBar
            parts={(["APPROVED_BY_VOTE", "APPROVED_BY_HEAD"] as const).map(item)}
            caption={t("cards.basis")}
            tableLabel={tableLabel}
            headers={[t("measureColumn"), t("count"), t("share")]}
            emptyLabel={t("emptyTitle")}
            format={n}
            percent={pct}
          />
          <div className="mt-4">
            <SplitBar
              parts={(["APPROVED_IMPLEMENT", "APPROVED_PILOT"] as const).map(item)}
              caption={`${label("APPROVED_IMPLEMENT")} / ${label("APPROVED_PILOT")}`}
              tableLabel={tableLabel}
              headers={[t("measureColumn"), t("count"), t("share")]}
              emptyLabel={t("emptyTitle")}
              format={n}
              percent={pct}
            />
          </div>
          <MeasureDefinitions summary={t("definitions")} items={defs(["APPROVED", "APPROVED_BY_VOTE", "APPROVED_BY_HEAD", "APPROVED_IMPLEMENT", "APPROVED_PILOT", "NOT_APPROVED", "RETURNED"])} />
        </Card>

        <Card title={t("cards.outcomes")}>
          <SplitBar
            parts={OUTCOME_MEASURES.map(item)}
            caption={t("cards.outcomes")}
            tableLabel={tableLabel}
            headers={[t("measureColumn"), t("count"), t("share")]}
            emptyLabel={t("emptyTitle")}
            format={n}
            percent={pct}
          />
          <h3 className="mb-2 mt-5 text-sm font-semibold text-slate-800">{t("cards.conclusions")}</h3>
          <BarList items={CONCLUSION_MEASURES.map(item)} caption={t("cards.conclusions")} tableLabel={tableLabel} headers={[t("measureColumn"), t("count")]} format={n} />
          <MeasureDefinitions summary={t("definitions")} items={defs([...OUTCOME_MEASURES, "PROTECTED", ...CONCLUSION_MEASURES])} />
        </Card>

        <Card title={t("cards.medians")}>
          <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
            {(
              [
                ["decision", "DECIDED"],
                ["evaluation", "EVALUATED"],
              ] as const
            ).map(([k, m]) => (
              <div key={k} className="rounded-lg border border-slate-200 p-3">
                <dt className="text-sm text-slate-600">{t(`medians.${k}`)}</dt>
                <dd className="mt-1 text-2xl font-semibold tabular-nums text-slate-900">{medianText(data.medians[k])}</dd>
                <dd className="text-xs text-slate-600">
                  <a className="text-blue-800 underline" href={drill(m)}>
                    {t("medians.basedOn", { count: data.medians[k].n })}
                  </a>
                </dd>
              </div>
            ))}
          </dl>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm text-blue-800">{t("medians.byUnit")}</summary>
            <div className="mt-2">
              <Table caption={t("medians.byUnit")}>
                <thead>
                  <tr>
                    <Th>{t("medians.unitColumn")}</Th>
                    <Th className="text-right">{t("medians.decisionColumn")}</Th>
                    <Th className="text-right">{t("medians.evaluationColumn")}</Th>
                  </tr>
                </thead>
                <tbody>
                  {data.medians.byUnit.map((u) => (
                    <tr key={u.unitId}>
                      <Td>{u.unitId === data.rootId ? t("ownRow", { unit: data.unitNames[u.unitId] ?? "" }) : (data.unitNames[u.unitId] ?? u.unitId)}</Td>
                      <Td className="text-right tabular-nums">
                        {medianText(u.decision)} <span className="text-xs text-slate-600">({n(u.decision.n)})</span>
                      </Td>
                      <Td className="text-right tabular-nums">
                        {medianText(u.evaluation)} <span className="text-xs text-slate-600">({n(u.evaluation.n)})</span>
                      </Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          </details>
          <MeasureDefinitions summary={t("definitions")} items={[{ key: "median", label: t("cards.medians"), definition: t("medians.definition") }]} />
        </Card>

        <Card title={t("cards.spread")}>
          <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
            {(["RECOGNISED", "REPLICATED", "INSTITUTIONALISED"] as const).map((m) => (
              <StatCard key={m} label={short(m)} value={n(data.total[m])} href={drill(m)} />
            ))}
          </div>
          <h3 className="mb-2 mt-5 text-sm font-semibold text-slate-800">{t("cards.recognitionKinds")}</h3>
          <BarList items={RECOGNITION_MEASURES.map(item)} caption={t("cards.recognitionKinds")} tableLabel={tableLabel} headers={[t("measureColumn"), t("count")]} format={n} />
          <MeasureDefinitions summary={t("definitions")} items={defs(["RECOGNISED", ...RECOGNITION_MEASURES, "REPLICATED", "INSTITUTIONALISED"])} />
        </Card>
      </div>

      <Card title={t("cards.perUnit")}>
        <BarList items={perUnit("RECEIVED")} caption={t("cards.perUnit")} tableLabel={tableLabel} headers={[t("unitColumn"), t("count")]} format={n} />
        <MeasureDefinitions summary={t("definitions")} items={defs(["RECEIVED"])} />
      </Card>

      <Card title={t("cards.overdue")}>
        <p className="mb-3 text-sm text-slate-600">{t("cards.overdueHint")}</p>
        <BarList items={overdue} caption={t("cards.overdue")} tableLabel={tableLabel} headers={[t("unitColumn"), t("count")]} format={n} emptyLabel={t("drill.empty")} />
        <MeasureDefinitions summary={t("definitions")} items={defs(["OVERDUE"])} />
      </Card>
    </div>
  );
}
