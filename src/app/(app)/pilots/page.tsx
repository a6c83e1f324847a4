import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { WatchTable } from "@/components/pilots/WatchTable";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { buttonClass } from "@/components/ui/Button";
import { requireActor } from "@/server/auth";
import { watchList } from "@/server/pilots/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pilots.watch"))("title") };
}

/** Every pilot the person monitors (KL 14 §2.4), most urgent first, a page at a time. */
export default async function PilotsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  const page = Math.max(1, Number((await searchParams).page) || 1);
  const [t, list] = await Promise.all([getTranslations("pilots.watch"), watchList(actor, { page })]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("hint", { count: list.total })} />
      <Card>
        <WatchTable rows={list.items} caption={t("title")} />
        {list.capped ? <p className="mt-3 text-xs text-slate-600">{t("capped", { count: list.total })}</p> : null}
        {list.pages > 1 ? (
          <nav aria-label={t("pages")} className="mt-4 flex items-center justify-between gap-2">
            {page > 1 ? <Link className={buttonClass("secondary", "sm")} href={`/pilots?page=${page - 1}`}>← {t("previous")}</Link> : <span />}
            <span className="text-sm text-slate-600">{t("pageOf", { page, pages: list.pages })}</span>
            {page < list.pages ? <Link className={buttonClass("secondary", "sm")} href={`/pilots?page=${page + 1}`} rel="next">{t("next")} →</Link> : <span />}
          </nav>
        ) : null}
      </Card>
    </>
  );
}
