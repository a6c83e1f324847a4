import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/shell/LanguageSwitcher";
import { CatalogueSearch, ModelCard } from "@/components/spread/Catalogue";
import { buttonClass } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { Pagination } from "@/components/ui/Pagination";
import { catalogueUnits, parseCatalogueFilter, searchCatalogue } from "@/server/spread/queries";
import { setLocale } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("catalogue"))("publicTitle") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

/**
 * The public catalogue (KL 14 §2.5: publicise effective models), without sign-in: published models
 * only, showing the unit and the contact the unit published — never authors or proposals.
 */
export default async function PublicModelsPage({ searchParams }: { searchParams: Search }) {
  const filter = parseCatalogueFilter(await searchParams);
  const [t, ta, tc, page, units] = await Promise.all([getTranslations("catalogue"), getTranslations("app"), getTranslations("common"), searchCatalogue(filter), catalogueUnits()]);
  const href = (extra: Record<string, string>) => {
    const rest = { q: filter.q, field: filter.field, unitId: filter.unitId, outcome: filter.outcome };
    const s = new URLSearchParams({ ...(Object.fromEntries(Object.entries(rest).filter(([, v]) => v)) as Record<string, string>), ...extra }).toString();
    return s ? `/models?${s}` : "/models";
  };
  const filtered = !!(filter.q || filter.field || filter.unitId || filter.outcome);
  return (
    <>
      <header className="bg-brand-700 text-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <span className="flex items-center gap-2 font-semibold">
            <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-full bg-yellow-400 text-brand-800">★</span>
            <span>
              {ta("name")}
              <span className="block text-xs font-normal text-white/90">{ta("basis")}</span>
            </span>
          </span>
          <div className="flex flex-wrap items-center gap-3">
            <LanguageSwitcher setLocale={setLocale} />
            <Link href="/login?callbackUrl=%2Fcatalogue" className={buttonClass("secondary", "sm")}>{t("signIn")}</Link>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <h1 className="text-2xl font-semibold text-slate-900">{t("publicTitle")}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("publicSubtitle")}</p>
        <p className="mb-6 mt-1 text-xs text-slate-600">{t("publicNote")}</p>
        <CatalogueSearch action="/models" filter={filter} units={units} />
        {page.items.length ? (
          <ul className="grid gap-4 md:grid-cols-2">
            {page.items.map((m) => (
              <ModelCard key={m.id} m={m} href={null} />
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
      </main>
    </>
  );
}
