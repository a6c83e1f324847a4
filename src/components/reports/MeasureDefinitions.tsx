/** The "Định nghĩa" disclosure: how each number shown is counted (WHAT-USERS-ASK §4). */
export function MeasureDefinitions({
  items,
  summary,
  hint,
  open = false,
}: {
  items: { key: string; label: string; definition: string }[];
  summary: string;
  hint?: string;
  open?: boolean;
}) {
  return (
    <details className="mt-3 text-sm" open={open}>
      <summary className="cursor-pointer text-blue-800">{summary}</summary>
      {hint ? <p className="mt-2 text-slate-600">{hint}</p> : null}
      <dl className="mt-2 space-y-2">
        {items.map((i) => (
          <div key={i.key}>
            <dt className="font-medium text-slate-900">{i.label}</dt>
            <dd className="text-slate-700">{i.definition}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
