import { diffWords } from "diff";
import { useTranslations } from "next-intl";
import type { FieldChange } from "@/domain/plan-diff";

/** Words removed (struck, red) and added (underlined, green) inside one field. */
function Words({ before, after }: { before: string; after: string }) {
  const parts = diffWords(before, after);
  return (
    <p className="whitespace-pre-line">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i} className="bg-green-100 text-green-900 underline decoration-green-700">
            {p.value}
          </ins>
        ) : p.removed ? (
          <del key={i} className="bg-red-100 text-red-900">
            {p.value}
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </p>
  );
}

export function RevisionDiff({ changes, labels }: { changes: FieldChange[]; labels: { from: string; to: string } }) {
  const t = useTranslations("compare");
  const tl = useTranslations("compare.fields");
  const changed = changes.filter((c) => c.changed);
  const same = changes.filter((c) => !c.changed);
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-700">{t("summary", { count: changed.length })}</p>
      {changed.map((c) => (
        <section key={c.field} className="rounded-lg border border-amber-300 bg-white">
          <h3 className="border-b border-amber-200 bg-amber-50 px-4 py-2 text-sm font-semibold">{tl(c.field)}</h3>
          <div className="grid gap-0 md:grid-cols-2">
            <div className="border-b border-slate-200 p-4 text-sm md:border-b-0 md:border-r">
              <p className="mb-1 text-xs font-medium uppercase text-slate-600">{labels.from}</p>
              {c.kind === "text" ? <p className="whitespace-pre-line">{c.before || "—"}</p> : <RowList rows={c.before} other={c.after} tone="removed" />}
            </div>
            <div className="p-4 text-sm">
              <p className="mb-1 text-xs font-medium uppercase text-slate-600">{labels.to}</p>
              {c.kind === "text" ? <Words before={c.before} after={c.after} /> : <RowList rows={c.after} other={c.before} tone="added" />}
            </div>
          </div>
        </section>
      ))}
      {same.length ? (
        <details className="rounded-lg border border-slate-200 bg-white p-4 text-sm">
          <summary className="cursor-pointer font-medium">{t("unchanged", { count: same.length })}</summary>
          <ul className="mt-2 list-disc pl-5 text-slate-700">
            {same.map((c) => (
              <li key={c.field}>{tl(c.field)}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

function RowList({ rows, other, tone }: { rows: string[]; other: string[]; tone: "added" | "removed" }) {
  if (!rows.length) return <p>—</p>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {rows.map((r, i) =>
        other.includes(r) ? (
          <li key={i}>{r}</li>
        ) : tone === "added" ? (
          <li key={i}>
            <ins className="bg-green-100 text-green-900">{r}</ins>
          </li>
        ) : (
          <li key={i}>
            <del className="bg-red-100 text-red-900">{r}</del>
          </li>
        ),
      )}
    </ul>
  );
}
