import { Table, Td, Th } from "@/components/ui/Table";

/**
 * A horizontal bar chart drawn with plain elements (readable without JavaScript, prints well),
 * with the numbers behind it in a table one click away (WHAT-USERS-ASK §4).
 */
export function BarList({
  items,
  caption,
  tableLabel,
  headers,
}: {
  items: { key: string; label: string; value: number; href?: string }[];
  caption: string;
  tableLabel: string;
  headers: [string, string];
}) {
  const max = Math.max(1, ...items.map((i) => i.value));
  return (
    <figure>
      <figcaption className="sr-only">{caption}</figcaption>
      <ul className="space-y-2" aria-hidden="true">
        {items.map((i) => (
          <li key={i.key} className="grid grid-cols-[minmax(8rem,12rem)_1fr_3rem] items-center gap-2 text-sm">
            <span className="truncate text-slate-700">{i.label}</span>
            <span className="h-3 rounded bg-slate-100">
              <span className="block h-3 rounded bg-brand-600" style={{ width: `${(i.value / max) * 100}%` }} />
            </span>
            <span className="text-right tabular-nums font-medium">{i.value}</span>
          </li>
        ))}
      </ul>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-blue-800">{tableLabel}</summary>
        <div className="mt-2">
          <Table caption={caption}>
            <thead>
              <tr>
                <Th>{headers[0]}</Th>
                <Th className="text-right">{headers[1]}</Th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr key={i.key}>
                  <Td>{i.label}</Td>
                  <Td className="text-right tabular-nums">{i.href ? <a className="text-blue-800 underline" href={i.href}>{i.value}</a> : i.value}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </div>
      </details>
    </figure>
  );
}
