import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/Table";
import { DueLabel } from "./DueLabel";
import { StatusBadge } from "./StatusBadge";
import { dateOptions } from "@/i18n/dates";

export type ProposalRow = {
  id: string;
  /** Where the title links to (default: the proposal page); the inbox links to the review form. */
  href?: string;
  /** Null for an empty draft (numbered at its first save with content). */
  code: string | null;
  title: string;
  status: string;
  unitName?: string;
  authorName?: string;
  updatedAt?: Date;
  /** The measure-specific column of a report's drill-down (which step was late, the outcome…). */
  detail?: string | null;
  due?: { dueOn: Date; workingDaysLeft: number; kind?: string; unitName?: string; assigneeName?: string | null } | null;
  /** The evaluation (Art. 5.2, 11): outcome category and conclusion, with links to the decision and the dossier. */
  outcome?: { id: string; category: string; conclusion: string } | null;
};

function OutcomeCell({ row }: { row: ProposalRow }) {
  const t = useTranslations("outcome.evaluation");
  if (!row.outcome) return <span className="text-slate-500">—</span>;
  return (
    <span className="flex flex-col gap-0.5">
      <span className="font-medium">{t(`categories.${row.outcome.category}`)}</span>
      <span>{t(`conclusions.${row.outcome.conclusion}`)}</span>
      <span className="flex gap-2 text-xs">
        <Link className="text-blue-800 underline" href={`/print/evaluations/${row.outcome.id}`}>{t("decision")}</Link>
        <Link className="text-blue-800 underline" href={`/proposals/${row.id}/dossier`}>{t("dossier")}</Link>
      </span>
    </span>
  );
}

/**
 * The one list of proposals used by lists, inboxes and the home page: a table on wide screens,
 * a stack of cards on a phone (a seven-column table cannot be read at 390 px).
 */
/**
 * The next step of a proposal that has no open deadline: what its proposer does now (a returned
 * plan is revised and sent again), or that nothing is left. Null: nothing to say ("—").
 */
function NextStep({ row, dash }: { row: ProposalRow; dash?: boolean }) {
  const t = useTranslations("proposals");
  const key = `nextStepFor.${row.status}`;
  if (!t.has(key)) return dash ? <span className="text-slate-500">—</span> : null;
  const editable = row.status === "DRAFT" || row.status === "RETURNED";
  return (
    <span className="flex flex-col gap-0.5 text-sm">
      <span className={row.status === "RETURNED" ? "font-medium text-amber-900" : "text-slate-700"}>{t(key)}</span>
      {editable ? (
        <Link href={`/proposals/${row.id}/edit`} className="text-xs text-blue-800 underline">
          {t("nextStepEdit")}
        </Link>
      ) : null}
    </span>
  );
}

export function ProposalTable({
  rows,
  caption,
  show,
  detail,
}: {
  rows: ProposalRow[];
  caption: string;
  show: { unit?: boolean; author?: boolean; updated?: boolean; due?: boolean; outcome?: boolean };
  detail?: { header: string };
}) {
  const t = useTranslations();
  const format = useFormatter();
  const locale = useLocale();
  return (
    <>
      <ul className="space-y-3 md:hidden" aria-label={caption}>
        {rows.map((r) => (
          <li key={r.id} className={`rounded-lg border bg-white p-3 ${r.due && r.due.workingDaysLeft < 0 ? "border-red-300" : "border-slate-200"}`}>
            <div className="flex items-center justify-between gap-2">
              <span className="font-mono text-xs text-slate-600">{r.code ?? t("proposals.noCode")}</span>
              <StatusBadge status={r.status} />
            </div>
            <Link href={r.href ?? `/proposals/${r.id}`} className="mt-1 block font-medium text-blue-800 underline-offset-2 hover:underline">
              {r.title || t("proposals.untitled")}
            </Link>
            {show.unit || show.author ? (
              <p className="mt-1 text-sm text-slate-600">{[show.unit ? r.unitName : null, show.author ? r.authorName : null].filter(Boolean).join(" · ")}</p>
            ) : null}
            {detail && r.detail ? <p className="mt-1 text-sm text-slate-800">{r.detail}</p> : null}
            {show.outcome && r.outcome ? (
              <div className="mt-2 text-sm">
                <OutcomeCell row={r} />
              </div>
            ) : null}
            {show.due && !r.due ? (
              <div className="mt-2">
                <NextStep row={r} />
              </div>
            ) : null}
            {show.due && r.due ? (
              <div className="mt-2 flex flex-col">
                {r.due.kind ? <span className="text-xs text-slate-600">{t(`deadline.kind.${r.due.kind}`)}{r.due.unitName ? ` · ${r.due.unitName}` : ""}</span> : null}
                <DueLabel dueOn={r.due.dueOn} workingDaysLeft={r.due.workingDaysLeft} />
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <div className="hidden md:block">
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("proposals.code")}</Th>
          <Th>{t("proposals.name")}</Th>
          {show.unit ? <Th>{t("proposals.unit")}</Th> : null}
          {show.author ? <Th>{t("proposals.author")}</Th> : null}
          <Th>{t("proposals.status")}</Th>
          {show.outcome ? <Th>{t("outcome.evaluation.conclusion")}</Th> : null}
          {show.due ? <Th>{t("proposals.nextStep")}</Th> : null}
          {detail ? <Th>{detail.header}</Th> : null}
          {show.updated ? <Th>{t("proposals.updated")}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className={r.due && r.due.workingDaysLeft < 0 ? "bg-red-50/60" : undefined}>
            <Td className="whitespace-nowrap font-mono text-xs">{r.code ?? t("proposals.noCode")}</Td>
            <Td>
              <Link href={r.href ?? `/proposals/${r.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                {r.title || t("proposals.untitled")}
              </Link>
            </Td>
            {show.unit ? <Td>{r.unitName}</Td> : null}
            {show.author ? <Td>{r.authorName}</Td> : null}
            <Td>
              <StatusBadge status={r.status} />
            </Td>
            {show.outcome ? (
              <Td>
                <OutcomeCell row={r} />
              </Td>
            ) : null}
            {show.due ? (
              <Td>
                {r.due ? (
                  <span className="flex flex-col gap-0.5">
                    {r.due.kind ? <span className="text-xs text-slate-600">{t(`deadline.kind.${r.due.kind}`)}</span> : null}
                    {r.due.unitName ? (
                      <span className="text-xs text-slate-700">{t("proposals.waitingFor", { unit: r.due.assigneeName ? `${r.due.assigneeName} (${r.due.unitName})` : r.due.unitName })}</span>
                    ) : null}
                    <DueLabel dueOn={r.due.dueOn} workingDaysLeft={r.due.workingDaysLeft} />
                  </span>
                ) : (
                  <NextStep row={r} dash />
                )}
              </Td>
            ) : null}
            {detail ? <Td className="text-sm">{r.detail ?? "—"}</Td> : null}
            {show.updated && r.updatedAt ? (
              <Td className="whitespace-nowrap text-slate-600">{format.dateTime(r.updatedAt, dateOptions(locale, "dayTime"))}</Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
      </div>
    </>
  );
}
