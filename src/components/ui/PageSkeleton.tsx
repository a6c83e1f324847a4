import { getTranslations } from "next-intl/server";

/**
 * Shown while a signed-in page loads its data (streamed by the App Router). Used only by routes
 * that never answer 404: a loading boundary starts the response before notFound() could set the
 * status, and a foreign id must answer 404.
 */
export async function PageSkeleton() {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" className="space-y-4">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-8 w-1/3 animate-pulse rounded bg-slate-200" />
      <div className="h-4 w-1/2 animate-pulse rounded bg-slate-200" />
      <div className="grid gap-3 sm:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-24 animate-pulse rounded-lg bg-slate-200" />
        ))}
      </div>
      <div className="h-64 animate-pulse rounded-lg bg-slate-200" />
    </div>
  );
}
