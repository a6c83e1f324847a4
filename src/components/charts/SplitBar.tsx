import { ChartNumbers } from "./ChartNumbers";

export type SplitPart = { key: string; label: string; value: number; href?: string };

/** Fill colours with at least 3:1 contrast against white and against each other's neighbours. */
const FILLS = ["bg-brand-700", "bg-amber-500", "bg-sky-700", "bg-slate-500", "bg-emerald-700", "bg-fuchsia-700"];

/**
 * One bar split into parts of a whole (e.g. approvals by vote vs by the head alone), with a legend
 * that carries the numbers (colour is never the only cue) and the table behind it.
 */
export function SplitBar({
  parts,
  caption,
  tableLabel,
  headers,
  emptyLabel,
  format = (n) => String(n),
  percent = (share) => `${Math.round(share * 100)}%`,
}: {
  parts: SplitPart[];
  caption: string;
  tableLabel: string;
  headers: [string, string, string];
  emptyLabel: string;
  format?: (n: number) => string;
  percent?: (share: number) => string;
}) {
  const total = parts.reduce((a, p) => a + p.value, 0);
  return (
    <figure>
      <figcaption className="sr-only">{caption}</figcaption>
      {total === 0 ? (
        <p className="text-sm text-slate-600">{emptyLabel}</p>
      ) : (
        <div aria-hidden="true">
          <div className="flex h-5 overflow-hidden rounded bg-slate-100">
            {parts.map((p, i) =>
              p.value > 0 ? <span key={p.key} className={`${FILLS[i % FILLS.length]} block h-5`} style={{ width: `${(p.value / total) * 100}%` }} /> : null,
            )}
          </div>
          <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
            {parts.map((p, i) => (
              <li key={p.key} className="flex items-center gap-1.5">
                <span className={`${FILLS[i % FILLS.length]} inline-block h-3 w-3 rounded-sm`} />
                <span className="text-slate-700">{p.label}</span>
                <span className="tabular-nums font-medium">{format(p.value)}</span>
                <span className="text-xs text-slate-600">({percent(p.value / total)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      <ChartNumbers
        caption={caption}
        tableLabel={tableLabel}
        headers={headers}
        format={format}
        rows={parts.map((p) => ({ key: p.key, label: p.label, value: p.value, href: p.href, extra: total ? percent(p.value / total) : "—" }))}
      />
    </figure>
  );
}
