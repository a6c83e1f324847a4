import { ChartNumbers } from "./ChartNumbers";

export type BarItem = { key: string; label: string; value: number; href?: string; hint?: string };

/**
 * A horizontal bar chart drawn with plain elements (readable without JavaScript, prints well),
 * with the numbers behind it in a table one click away (WHAT-USERS-ASK §4). When items carry an
 * `href`, the numbers in the table link to what they count.
 */
export function BarList({
  items,
  caption,
  tableLabel,
  headers,
  emptyLabel,
  format = (n) => String(n),
}: {
  items: BarItem[];
  caption: string;
  tableLabel: string;
  headers: [string, string];
  /** Shown instead of the bars when every value is 0. */
  emptyLabel?: string;
  format?: (n: number) => string;
}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const empty = emptyLabel !== undefined && items.every((i) => i.value === 0);
  return (
    <figure>
      <figcaption className="sr-only">{caption}</figcaption>
      {empty ? (
        <p className="text-sm text-slate-600">{emptyLabel}</p>
      ) : (
        <ul className="space-y-2" aria-hidden="true">
          {items.map((i) => (
            <li key={i.key} className="grid grid-cols-[minmax(7rem,14rem)_1fr_3.5rem] items-center gap-2 text-sm">
              <span className="truncate text-slate-700" title={i.label}>
                {i.label}
              </span>
              <span className="h-3 rounded bg-slate-100">
                <span className="block h-3 rounded bg-brand-600" style={{ width: `${(i.value / max) * 100}%` }} />
              </span>
              <span className="text-right tabular-nums font-medium">{format(i.value)}</span>
            </li>
          ))}
        </ul>
      )}
      <ChartNumbers
        caption={caption}
        tableLabel={tableLabel}
        headers={headers}
        format={format}
        rows={items.map((i) => ({
          key: i.key,
          href: i.href,
          value: i.value,
          label: (
            <>
              {i.label}
              {i.hint ? <span className="block text-xs text-slate-600">{i.hint}</span> : null}
            </>
          ),
        }))}
      />
    </figure>
  );
}
