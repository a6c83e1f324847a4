import Link from "next/link";
import { useTranslations } from "next-intl";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { EmptyState } from "@/components/ui/EmptyState";
import type { Health } from "@/domain/execution";
import { HealthBadge, HealthReasons } from "./HealthBadge";

export type WatchRow = { pilotId: string; code: string | null; title: string; status: string; unitName: string; authorName: string; health: Health };

/** The pilots a monitor follows, most urgent first, each with its health and the reasons. */
export function WatchTable({ rows, caption }: { rows: WatchRow[]; caption: string }) {
  const t = useTranslations("pilots.watch");
  if (!rows.length) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  return (
    <ul className="divide-y divide-slate-100" aria-label={caption}>
      {rows.map((r) => (
        <li key={r.pilotId} className="grid gap-2 py-3 md:grid-cols-[1fr_16rem]">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2">
              <span className="font-mono text-xs text-slate-600">{r.code}</span>
              <StatusBadge status={r.status} />
              {["ON_TRACK", "AT_RISK", "REPORT_OVERDUE", "NOT_STARTED"].includes(r.health.state) ? <HealthBadge health={r.health} /> : null}
            </p>
            <Link href={`/pilots/${r.pilotId}`} className="mt-1 block font-medium text-blue-800 underline-offset-2 hover:underline">
              {r.title}
            </Link>
            <p className="text-sm text-slate-600">
              {r.unitName} · {r.authorName}
            </p>
          </div>
          <HealthReasons health={r.health} max={2} />
        </li>
      ))}
    </ul>
  );
}
