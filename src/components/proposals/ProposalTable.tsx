import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Table, Td, Th } from "@/components/ui/Table";
import { DueLabel } from "./DueLabel";
import { StatusBadge } from "./StatusBadge";

export type ProposalRow = {
  id: string;
  code: string;
  title: string;
  status: string;
  unitName?: string;
  authorName?: string;
  updatedAt?: Date;
  due?: { dueOn: Date; workingDaysLeft: number; kind?: string } | null;
};

/** The one table of proposals used by lists, inboxes and the home page. */
export function ProposalTable({ rows, caption, show }: { rows: ProposalRow[]; caption: string; show: { unit?: boolean; author?: boolean; updated?: boolean; due?: boolean } }) {
  const t = useTranslations();
  const format = useFormatter();
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th>{t("proposals.code")}</Th>
          <Th>{t("proposals.name")}</Th>
          {show.unit ? <Th>{t("proposals.unit")}</Th> : null}
          {show.author ? <Th>{t("proposals.author")}</Th> : null}
          <Th>{t("proposals.status")}</Th>
          {show.due ? <Th>{t("proposals.nextStep")}</Th> : null}
          {show.updated ? <Th>{t("proposals.updated")}</Th> : null}
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((r) => (
          <tr key={r.id} className={r.due && r.due.workingDaysLeft < 0 ? "bg-red-50/60" : undefined}>
            <Td className="whitespace-nowrap font-mono text-xs">{r.code}</Td>
            <Td>
              <Link href={`/proposals/${r.id}`} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                {r.title || t("proposals.untitled")}
              </Link>
            </Td>
            {show.unit ? <Td>{r.unitName}</Td> : null}
            {show.author ? <Td>{r.authorName}</Td> : null}
            <Td>
              <StatusBadge status={r.status} />
            </Td>
            {show.due ? (
              <Td>
                {r.due ? (
                  <span className="flex flex-col gap-0.5">
                    {r.due.kind ? <span className="text-xs text-slate-600">{t(`deadline.kind.${r.due.kind}`)}</span> : null}
                    <DueLabel dueOn={r.due.dueOn} workingDaysLeft={r.due.workingDaysLeft} />
                  </span>
                ) : (
                  <span className="text-slate-500">—</span>
                )}
              </Td>
            ) : null}
            {show.updated && r.updatedAt ? (
              <Td className="whitespace-nowrap text-slate-600">{format.dateTime(r.updatedAt, { dateStyle: "short", timeStyle: "short" })}</Td>
            ) : null}
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
