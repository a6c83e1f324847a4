import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Td, Th } from "@/components/ui/Table";
import type { MilestoneStatus } from "@/domain/execution";

export type MilestoneView = { id: string; title: string; dueDay: string; doneOn: string | null; note: string | null; status: MilestoneStatus };

const TONE = { DONE: "success", DONE_LATE: "warning", LATE: "danger", UPCOMING: "neutral" } as const;

/** Planned against actual dates of each milestone, with its status. */
export function Milestones({ items }: { items: MilestoneView[] }) {
  const t = useTranslations("pilots.milestones");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  if (!items.length) return <EmptyState title={t("empty")} />;
  return (
    <Table caption={t("title")}>
      <thead>
        <tr>
          <Th>{t("milestone")}</Th>
          <Th>{t("planned")}</Th>
          <Th>{t("actual")}</Th>
          <Th>{t("status")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {items.map((m) => (
          <tr key={m.id}>
            <Td>
              {m.title}
              {m.note ? <span className="block text-xs text-slate-600">{m.note}</span> : null}
            </Td>
            <Td className="whitespace-nowrap tabular-nums">{day(m.dueDay)}</Td>
            <Td className="whitespace-nowrap tabular-nums">{m.doneOn ? day(m.doneOn) : "—"}</Td>
            <Td>
              <Badge tone={TONE[m.status]}>{t(`statuses.${m.status}`)}</Badge>
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
