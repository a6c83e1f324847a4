import { ChartNumbers } from "./ChartNumbers";

export type FunnelStage = { key: string; label: string; value: number; href?: string };

/**
 * Stages of a cohort, each a subset of the one before: centred bars sized against the first
 * stage, with the share of the first stage beside each. The numbers behind it are a table away.
 */
export function Funnel({
  stages,
  caption,
  tableLabel,
  headers,
  format = (n) => String(n),
  percent = (share) => `${Math.round(share * 100)}%`,
}: {
  stages: FunnelStage[];
  caption: string;
  tableLabel: string;
  headers: [string, string, string];
  format?: (n: number) => string;
  percent?: (share: number) => string;
}) {
  const first = Math.max(1, stages[0]?.value ?? 0);
  return (
    <figure>
      <figcaption className="sr-only">{caption}</figcaption>
      <ol className="space-y-1.5" aria-hidden="true">
        {stages.map((s) => (
          <li key={s.key} className="grid grid-cols-[minmax(7rem,12rem)_1fr_6.5rem] items-center gap-2 text-sm">
            <span className="truncate text-slate-700" title={s.label}>
              {s.label}
            </span>
            <span className="flex h-6 justify-center rounded bg-slate-50">
              <span className="block h-6 rounded bg-brand-700/85" style={{ width: `${Math.max(s.value > 0 ? 1 : 0, (s.value / first) * 100)}%` }} />
            </span>
            <span className="text-right tabular-nums">
              <span className="font-semibold">{format(s.value)}</span> <span className="text-xs text-slate-600">({percent(s.value / first)})</span>
            </span>
          </li>
        ))}
      </ol>
      <ChartNumbers
        caption={caption}
        tableLabel={tableLabel}
        headers={headers}
        format={format}
        rows={stages.map((s) => ({ key: s.key, label: s.label, value: s.value, href: s.href, extra: percent(s.value / first) }))}
      />
    </figure>
  );
}
