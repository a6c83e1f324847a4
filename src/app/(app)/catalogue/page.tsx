import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CatalogueSearch, ModelCard } from "@/components/spread/Catalogue";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { requireActor } from "@/server/auth";
import { catalogueUnits, parseCatalogueFilter, searchCatalogue } from "@/server/spread/queries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/** KL 14 §2.5: every signed-in user searches the published models (field, unit, keyword, replication outcome). */
export default async function CataloguePage({ searchParams }: { searchParams: Search }) {
  await requireActor();
  const filter = parseCatalogueFilter(await searchParams);
  const [t, tc, page, units] = await Promise.all([getTranslations("catalogue"), getTranslations("common"), searchCatalogue(filter), catalogueUnits()]);
  const href = (extra: Record<string, string>) => {
    const rest = { q: filter.q, field: filter.field, unitId: filter.unitId, outcome: filter.outcome };
    const s = new URLSearchParams({ ...(Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) as Record<string, string>), ...extra }).toString();
    return s ? `/catalogue?${s}` : "/catalogue";
  };
  const filtered = !!(filter.q || filter.field || filter.unitId || filter.outcome);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <CatalogueSearch action="/catalogue" filter={filter} units={units} />
      {page.items.length ? (
        <ul className="grid gap-4 md:grid-cols-2">
          {page.items.map((m) => (
            <ModelCard key={m.id} m={m} href={`/catalogue/${m.id}`} />
          ))}
        </ul>
      ) : (
        <EmptyState title={filtered ? t("noMatch") : t("empty")}>{filtered ? t("noMatchHint") : null}</EmptyState>
      )}
      <Pagination
        firstHref={filter.cursor ? href({}) : null}
        nextHref={page.nextCursor ? href({ cursor: page.nextCursor }) : null}
        labels={{ first: tc("firstPage"), next: tc("nextPage"), nav: tc("pagination") }}
      />
    </>
  );
}
