import { useFormatter, useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { Badge, type Tone } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";

export type TimelineItem = {
  key: string;
  /** Anchor the inbox links to (report-…, note-…, support-…, directive-…). */
  anchor: string;
  at: Date;
  kind: "REPORT" | "INSPECTION" | "SUPPORT" | "DIRECTIVE" | "START";
  title: string;
  badges: { tone: Tone; text: string }[];
  /** Open items (a flag not answered, a directive not acknowledged) start expanded. */
  open?: boolean;
  body: ReactNode;
};

/** One timeline of reports, inspections, support requests and directives; every entry opens. */
export function ExecutionTimeline({ items }: { items: TimelineItem[] }) {
  const t = useTranslations("pilots.timeline");
  const format = useFormatter();
  if (!items.length) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <ol className="space-y-3">
      {items.map((i) => (
        <li key={i.key} id={i.anchor} className="scroll-mt-20">
          <details open={i.open} className="group rounded-lg border border-slate-200 bg-white">
            <summary className="flex cursor-pointer list-none flex-wrap items-center gap-2 px-4 py-3">
              <span aria-hidden="true" className="text-slate-500 transition group-open:rotate-90">▸</span>
              <time className="text-sm tabular-nums text-slate-600" dateTime={i.at.toISOString()}>
                {format.dateTime(i.at, { day: "2-digit", month: "2-digit", year: "numeric" })}
              </time>
              <span className="text-xs font-semibold uppercase tracking-wide text-brand-800">{t(`kinds.${i.kind}`)}</span>
              <span className="min-w-0 flex-1 font-medium text-slate-900">{i.title}</span>
              {i.badges.map((b) => (
                <Badge key={b.text} tone={b.tone}>
                  {b.text}
                </Badge>
              ))}
            </summary>
            <div className="border-t border-slate-100 px-4 py-3 text-sm">{i.body}</div>
          </details>
        </li>
      ))}
    </ol>
  );
}
