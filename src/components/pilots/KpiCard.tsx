import { useFormatter, useTranslations } from "next-intl";
import { ChartNumbers } from "@/components/charts/ChartNumbers";

export type KpiView = {
  id: string;
  name: string;
  unit: string;
  method: string | null;
  baseline: number;
  target: number;
  series: { day: string; value: number; source: string }[];
  latest: { day: string; value: number } | null;
  share: number;
};

const W = 280;
const H = 110;
const PAD = { l: 6, r: 6, t: 10, b: 14 };

/**
 * One target as a card: baseline, target, latest value, the share of the way from baseline to
 * target, and a small chart of the values over time against the straight line the plan implies
 * (baseline at the start, target at the planned end). The numbers behind the chart are one click away.
 */
export function KpiCard({ kpi, startDay, endDay }: { kpi: KpiView; startDay: string; endDay: string }) {
  const t = useTranslations("pilots.kpi");
  const format = useFormatter();
  const num = (n: number) => format.number(n, { maximumFractionDigits: 2 });
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const t0 = Date.parse(startDay);
  const lastDay = kpi.series.length ? kpi.series[kpi.series.length - 1].day : endDay;
  const t1 = Math.max(Date.parse(endDay), Date.parse(lastDay), t0 + 86_400_000);
  const values = [kpi.baseline, kpi.target, ...kpi.series.map((s) => s.value)];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  const span = hi - lo || 1;
  const x = (d: string) => PAD.l + ((Date.parse(d) - t0) / (t1 - t0)) * (W - PAD.l - PAD.r);
  const y = (v: number) => PAD.t + (1 - (v - lo) / span) * (H - PAD.t - PAD.b);
  const share = Math.round(kpi.share * 100);
  const bar = Math.max(0, Math.min(100, share));
  const points = kpi.series.map((s) => `${x(s.day).toFixed(1)},${y(s.value).toFixed(1)}`).join(" ");
  const summary = kpi.latest
    ? t("chartSummary", { name: kpi.name, latest: num(kpi.latest.value), unit: kpi.unit, share, count: kpi.series.length })
    : t("chartEmpty", { name: kpi.name });

  return (
    <article className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby={`kpi-${kpi.id}`}>
      <h3 id={`kpi-${kpi.id}`} className="font-medium text-slate-900">
        {kpi.name}
      </h3>
      <dl className="mt-2 grid grid-cols-3 gap-2 text-sm">
        <div>
          <dt className="text-slate-600">{t("baseline")}</dt>
          <dd className="font-medium tabular-nums">{num(kpi.baseline)} {kpi.unit}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("target")}</dt>
          <dd className="font-medium tabular-nums">{num(kpi.target)} {kpi.unit}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{t("latest")}</dt>
          <dd className="font-medium tabular-nums" data-testid={`kpi-latest-${kpi.id}`}>
            {kpi.latest ? `${num(kpi.latest.value)} ${kpi.unit}` : "—"}
          </dd>
        </div>
      </dl>
      <div className="mt-3">
        <div className="flex justify-between text-xs text-slate-700">
          <span>{t("shareOfWay")}</span>
          <span className="font-semibold tabular-nums" data-testid={`kpi-share-${kpi.id}`}>{kpi.latest ? `${share}%` : "—"}</span>
        </div>
        <div className="mt-1 h-2 rounded-full bg-slate-200" aria-hidden="true">
          <div className={`h-2 rounded-full ${share >= 100 ? "bg-green-600" : "bg-brand-600"}`} style={{ width: `${kpi.latest ? bar : 0}%` }} />
        </div>
      </div>
      <svg viewBox={`0 0 ${W} ${H}`} className="mt-3 h-auto w-full" role="img" aria-label={summary}>
        <line x1={PAD.l} x2={W - PAD.r} y1={y(kpi.target)} y2={y(kpi.target)} className="stroke-green-600" strokeDasharray="2 3" />
        <line x1={x(startDay)} y1={y(kpi.baseline)} x2={x(endDay)} y2={y(kpi.target)} className="stroke-slate-400" strokeDasharray="5 4" />
        {kpi.series.length > 1 ? <polyline points={points} fill="none" className="stroke-brand-700" strokeWidth="2" /> : null}
        {kpi.series.map((s) => (
          <circle key={s.day} cx={x(s.day)} cy={y(s.value)} r="3" className="fill-brand-700" />
        ))}
        <text x={PAD.l} y={H - 2} className="fill-slate-600 text-[9px]">{day(startDay)}</text>
        <text x={W - PAD.r} y={H - 2} textAnchor="end" className="fill-slate-600 text-[9px]">{day(endDay)}</text>
      </svg>
      <p className="mt-1 text-xs text-slate-600">{t("legend")}</p>
      {kpi.series.length ? (
        <ChartNumbers
          caption={t("numbersCaption", { name: kpi.name })}
          tableLabel={t("numbers")}
          headers={[t("day"), t("value")]}
          rows={kpi.series.map((s) => ({ key: s.day, label: `${day(s.day)}${s.source === "IMPORT" ? ` (${t("imported")})` : ""}`, value: s.value }))}
          format={num}
        />
      ) : null}
    </article>
  );
}
