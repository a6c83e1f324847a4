import { useTranslations } from "next-intl";
import { EmptyState } from "@/components/ui/EmptyState";
import { ProposalTable } from "./ProposalTable";

export type AwaitingRow = {
  id: string;
  code: string | null;
  title: string;
  status: string;
  dueOn: Date;
  workingDaysLeft: number;
  unit: { name: string };
  author: { fullName: string };
};

/** Plans awaiting the unit's decision (home page and inbox); each row opens the review form. */
export function AwaitingTable({ rows }: { rows: AwaitingRow[] }) {
  const t = useTranslations("home");
  if (!rows.length) return <EmptyState title={t("noneAwaiting")}>{t("noneAwaitingHint")}</EmptyState>;
  return (
    <ProposalTable
      caption={t("awaiting")}
      show={{ unit: true, author: true, due: true }}
      rows={rows.map((p) => ({
        id: p.id,
        href: `/proposals/${p.id}/review`,
        code: p.code,
        title: p.title,
        status: p.status,
        unitName: p.unit.name,
        authorName: p.author.fullName,
        due: { dueOn: p.dueOn, workingDaysLeft: p.workingDaysLeft },
      }))}
    />
  );
}
