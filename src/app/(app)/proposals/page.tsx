import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ProposalTable } from "@/components/proposals/ProposalTable";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { Input, Select } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { FIELDS } from "@/domain/plan";
import { isState, STATES } from "@/domain/workflow";
import { requireActor } from "@/server/auth";
import { creatableUnits, listMyProposals } from "@/server/proposals/queries";
import { NewProposalButton } from "@/components/proposals/NewProposalButton";
import { createDraftAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("proposals"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function MyProposalsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const q = one(sp.q).slice(0, 200);
  const status = isState(one(sp.status)) ? (one(sp.status) as (typeof STATES)[number]) : undefined;
  const cursor = one(sp.cursor) || undefined;
  const field = (FIELDS as readonly string[]).includes(one(sp.field)) ? one(sp.field) : undefined;
  const yearNum = Number(one(sp.year));
  const thisYear = new Date().getUTCFullYear();
  const year = Number.isInteger(yearNum) && yearNum >= 2020 && yearNum <= thisYear + 1 ? yearNum : undefined;
  const [t, page, units] = await Promise.all([getTranslations(), listMyProposals(actor, { q, status, field, year, cursor }), creatableUnits(actor)]);
  const params = (extra: Record<string, string>) => {
    const u = new URLSearchParams({ ...(q ? { q } : {}), ...(status ? { status } : {}), ...(field ? { field } : {}), ...(year ? { year: String(year) } : {}), ...extra });
    const s = u.toString();
    return s ? `/proposals?${s}` : "/proposals";
  };
  const filtered = !!q || !!status || !!field || !!year;
  const newButton = units.length ? <NewProposalButton units={units} action={createDraftAction} /> : null;

  return (
    <>
      <PageHeader title={t("proposals.title")} subtitle={t("proposals.subtitle")} actions={newButton} />
      <form role="search" method="get" className="mb-4 grid gap-2 sm:grid-cols-2 lg:grid-cols-[1fr_12rem_12rem_8rem_auto]">
        <label className="sr-only" htmlFor="q">{t("proposals.search")}</label>
        <Input id="q" name="q" defaultValue={q} placeholder={t("proposals.searchPlaceholder")} type="search" />
        <label className="sr-only" htmlFor="status">{t("proposals.status")}</label>
        <Select id="status" name="status" defaultValue={status ?? ""}>
          <option value="">{t("proposals.allStatuses")}</option>
          {STATES.map((s) => (
            <option key={s} value={s}>{t(`status.${s}`)}</option>
          ))}
        </Select>
        <label className="sr-only" htmlFor="field">{t("proposals.field")}</label>
        <Select id="field" name="field" defaultValue={field ?? ""}>
          <option value="">{t("proposals.allFields")}</option>
          {FIELDS.map((f) => (
            <option key={f} value={f}>{t(`fields.${f}`)}</option>
          ))}
        </Select>
        <label className="sr-only" htmlFor="year">{t("proposals.year")}</label>
        <Select id="year" name="year" defaultValue={year ? String(year) : ""}>
          <option value="">{t("proposals.allYears")}</option>
          {Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => (
            <option key={y} value={y}>{y}</option>
          ))}
        </Select>
        <Button type="submit" variant="secondary">{t("proposals.filter")}</Button>
      </form>
      {page.items.length ? (
        <ProposalTable
          caption={t("proposals.title")}
          show={{ updated: true, due: true }}
          rows={page.items.map((p) => ({ id: p.id, code: p.code, title: p.title, status: p.status, updatedAt: p.updatedAt, due: p.due }))}
        />
      ) : (
        <EmptyState title={filtered ? t("proposals.noMatch") : t("proposals.empty")} action={filtered ? null : newButton}>
          {filtered ? null : t("proposals.emptyHint")}
        </EmptyState>
      )}
      <Pagination
        firstHref={cursor ? params({}) : null}
        nextHref={page.nextCursor ? params({ cursor: page.nextCursor }) : null}
        labels={{ first: t("common.firstPage"), next: t("common.nextPage"), nav: t("common.pagination") }}
      />
    </>
  );
}
