"use client";

import { useTranslations } from "next-intl";
import { Button, ButtonLink, buttonClass } from "@/components/ui/Button";
import { cx } from "@/components/ui/cx";

/** Actions around the printable document, in the reader's language; never printed. */
export function PrintToolbar({
  backHref,
  pdfHref,
  revisions,
}: {
  backHref: string;
  pdfHref: string;
  /** Links to each submitted revision (newest first); empty when only one can be printed. */
  revisions: { number: number; href: string; current: boolean }[];
}) {
  const t = useTranslations("documents.toolbar");
  const labels = { label: t("label"), print: t("print"), downloadPdf: t("downloadPdf"), back: t("back"), revisions: t("revisions"), hint: t("hint") };
  return (
    <section aria-label={labels.label} className="no-print mx-auto mb-4 flex w-full max-w-[210mm] flex-wrap items-center gap-2 px-2 pt-4 font-sans">
      <ButtonLink href={backHref} variant="ghost" size="sm">
        ← {labels.back}
      </ButtonLink>
      <span className="grow" />
      {revisions.length > 1 ? (
        <nav aria-label={labels.revisions} className="flex items-center gap-1 text-sm text-slate-700">
          <span>{labels.revisions}:</span>
          {revisions.map((r) => (
            <a
              key={r.number}
              href={r.href}
              aria-current={r.current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-8 min-w-8 items-center justify-center rounded-md px-2",
                r.current ? "bg-slate-800 font-semibold text-white" : "text-slate-800 underline hover:bg-slate-100",
              )}
            >
              {r.number}
            </a>
          ))}
        </nav>
      ) : null}
      <Button size="sm" onClick={() => window.print()}>
        {labels.print}
      </Button>
      <a href={pdfHref} download className={buttonClass("secondary", "sm")}>
        {labels.downloadPdf}
      </a>
      <p className="basis-full text-xs text-slate-600">{labels.hint}</p>
    </section>
  );
}
