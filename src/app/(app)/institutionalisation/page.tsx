import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/Badge";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Table, Td, Th } from "@/components/ui/Table";
import { cx } from "@/components/ui/cx";
import { INSTITUTIONALISATION_STATUSES, type InstitutionalisationStatusValue } from "@/domain/spread";
import { requireActor } from "@/server/auth";
import { listInstitutionalisations } from "@/server/spread/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("institutionalisation"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** KL 14 §2.5, §3.2: every institutionalisation recommendation in the reader's scope, with its status. */
export default async function InstitutionalisationPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const status = (INSTITUTIONALISATION_STATUSES as readonly string[]).includes(one(sp.status)) ? (one(sp.status) as InstitutionalisationStatusValue) : undefined;
  const cursor = one(sp.cursor).slice(0, 100) || undefined;
  const [t, ts, tc, format, page] = await Promise.all([
    getTranslations("institutionalisation"),
    getTranslations("spread"),
    getTranslations("common"),
    getFormatter(),
    listInstitutionalisations(actor, { status, cursor }),
  ]);
  const day = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const href = (extra: Record<string, string>) => {
    const s = new URLSearchParams({ ...(status ? { status } : {}), ...extra }).toString();
    return s ? `/institutionalisation?${s}` : "/institutionalisation";
  };
  const total = Object.values(page.counts).reduce((a, b) => a + (b ?? 0), 0);
  const tab = (value: InstitutionalisationStatusValue | undefined, label: string, n: number) => (
    <li key={value ?? "all"}>
      <Link
        href={value ? `/institutionalisation?status=${value}` : "/institutionalisation"}
        aria-current={status === value ? "page" : undefined}
        className={cx("inline-flex min-h-10 items-center gap-2 rounded-md border px-3 text-sm", status === value ? "border-brand-700 bg-brand-50 font-semibold text-brand-800" : "border-slate-300 bg-white text-slate-800 hover:bg-slate-50")}
      >
        {label} <span className="tabular-nums">{n}</span>
      </Link>
    </li>
  );
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <nav aria-label={t("filterLabel")} className="mb-4">
        <ul className="flex flex-wrap gap-2">
          {tab(undefined, t("all"), total)}
          {INSTITUTIONALISATION_STATUSES.map((s) => tab(s, ts(`statuses.${s}`), page.counts[s] ?? 0))}
        </ul>
      </nav>
      {page.items.length ? (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("proposal")}</Th>
              <Th>{t("authority")}</Th>
              <Th>{t("targetDocument")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("recommendedOn")}</Th>
              <Th>{t("issued")}</Th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {page.items.map((i) => (
              <tr key={i.id}>
                <Td>
                  <Link className="font-mono text-blue-800 underline" href={`/proposals/${i.proposal.id}`}>{i.proposal.code}</Link>
                  <span className="block">{i.proposal.title}</span>
                  <span className="block text-xs text-slate-600">{i.proposal.unit.name}</span>
                </Td>
                <Td>{i.authority ?? "—"}</Td>
                <Td>{i.targetDocument}</Td>
                <Td><Badge tone={i.status === "ISSUED" ? "success" : i.status === "DECLINED" ? "danger" : "info"}>{ts(`statuses.${i.status}`)}</Badge></Td>
                <Td className="whitespace-nowrap">{day(i.recommendedOn)}</Td>
                <Td className="whitespace-nowrap">{i.issuedNumber && i.issuedOn ? `${i.issuedNumber} · ${day(i.issuedOn)}` : "—"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <EmptyState title={t("empty")} />
      )}
      <Pagination
        firstHref={cursor ? href({}) : null}
        nextHref={page.nextCursor ? href({ cursor: page.nextCursor }) : null}
        labels={{ first: tc("firstPage"), next: tc("nextPage"), nav: tc("pagination") }}
      />
    </>
  );
}
