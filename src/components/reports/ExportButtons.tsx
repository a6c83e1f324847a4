import { buttonClass } from "@/components/ui/Button";

/**
 * Downloads of the report as it stands (same root, period, field, detail). A plain POST form: a
 * small report comes straight back as the file; a large one is prepared in the background and the
 * browser is sent to its progress page.
 */
export function ExportButtons({
  params,
  labels,
}: {
  params: Record<string, string>;
  labels: { title: string; xlsx: string; csv: string; pdf: string; hint: string };
}) {
  return (
    <form method="post" action="/api/reports/export" className="no-print" aria-label={labels.title}>
      {Object.entries(params).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="flex flex-wrap gap-2">
        <button type="submit" name="format" value="xlsx" className={buttonClass("primary", "sm")}>
          {labels.xlsx}
        </button>
        <button type="submit" name="format" value="csv" className={buttonClass("secondary", "sm")}>
          {labels.csv}
        </button>
        <button type="submit" name="format" value="pdf" className={buttonClass("secondary", "sm")}>
          {labels.pdf}
        </button>
      </div>
      <p className="mt-2 max-w-3xl text-xs text-slate-600">{labels.hint}</p>
    </form>
  );
}
