import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/EmptyState";
import { Table, Td, Th } from "@/components/ui/Table";
import { DueLabel } from "./DueLabel";

/** One step waiting for the signed-in person (server/inbox: InboxItem, serialisable). */
export type AwaitingRow = {
  key: string;
  kind: string;
  href: string;
  proposal: { id: string; code: string | null; title: string; unitName: string; authorName: string };
  dueOn: Date | null;
  workingDaysLeft: number | null;
  since: Date;
};

/**
 * "What needs me" (home page and inbox): every step waiting for this person at any stage, most
 * urgent first; overdue ones flagged. A table on wide screens, cards on a phone.
 */
export function AwaitingTable({ rows, caption }: { rows: AwaitingRow[]; caption?: string }) {
  const t = useTranslations("inbox");
  const format = useFormatter();
  if (!rows.length) return <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>;
  const when = (r: AwaitingRow) =>
    r.dueOn && r.workingDaysLeft !== null ? (
      <DueLabel dueOn={r.dueOn} workingDaysLeft={r.workingDaysLeft} />
    ) : (
      <span className="text-sm text-slate-600">{t("since", { date: format.dateTime(r.since, { day: "2-digit", month: "2-digit", year: "numeric" }) })}</span>
    );
  const overdue = (r: AwaitingRow) => r.workingDaysLeft !== null && r.workingDaysLeft < 0;
  // The table comes first in the DOM: on a desktop the first link to a step is the visible one.
  return (
    <>
      <div className="hidden md:block">
        <Table caption={caption ?? t("title")}>
          <thead>
            <tr>
              <Th>{t("columns.step")}</Th>
              <Th>{t("columns.proposal")}</Th>
              <Th>{t("columns.unit")}</Th>
              <Th>{t("columns.due")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {rows.map((r) => (
              <tr key={r.key} className={overdue(r) ? "bg-red-50/60" : undefined}>
                <Td className="font-medium">{t(`kinds.${r.kind}`)}</Td>
                <Td>
                  <span className="block font-mono text-xs text-slate-600">{r.proposal.code}</span>
                  <Link href={r.href} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                    {r.proposal.title}
                  </Link>
                </Td>
                <Td>{r.proposal.unitName}</Td>
                <Td>{when(r)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </div>
      <ul className="space-y-3 md:hidden" aria-label={caption ?? t("title")}>
        {rows.map((r) => (
          <li key={r.key} className={`rounded-lg border bg-white p-3 ${overdue(r) ? "border-red-300" : "border-slate-200"}`}>
            <p className="text-xs font-semibold uppercase tracking-wide text-brand-800">{t(`kinds.${r.kind}`)}</p>
            <Link href={r.href} className="mt-1 block font-medium text-blue-800 underline-offset-2 hover:underline">
              {r.proposal.code} · {r.proposal.title}
            </Link>
            <p className="mt-1 text-sm text-slate-600">{r.proposal.unitName}</p>
            <div className="mt-2">{when(r)}</div>
          </li>
        ))}
      </ul>
    </>
  );
}
