"use client";
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import { Button } from "@/components/ui/Button";

/**
 * An unexpected failure while rendering a page: a plain message in the user's language and a way
 * to retry, instead of a blank screen. (Expected refusals never get here: they are typed errors
 * shown where they happen.) Forms keep their text in the browser, so nothing typed is lost.
 */
export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg rounded-lg border border-red-200 bg-white p-6 text-center">
      <h1 className="text-xl font-semibold text-red-800">{t("errors.title")}</h1>
      <p className="mt-2 text-slate-700">{t("errors.INTERNAL")}</p>
      {error.digest ? <p className="mt-1 font-mono text-xs text-slate-500">{error.digest}</p> : null}
      <Button className="mt-4" onClick={reset}>
        {t("common.retry")}
      </Button>
    </div>
  );
}
