"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { cx } from "@/components/ui/cx";

/** Two toggle buttons (aria-pressed) rather than a select: one click, and screen readers hear the state. */
export function LanguageSwitcher({ setLocale }: { setLocale: (locale: string) => Promise<void> }) {
  const t = useTranslations("language");
  const locale = useLocale();
  const router = useRouter();
  const [pending, start] = useTransition();
  return (
    <div role="group" aria-label={t("switchTo")} className="inline-flex overflow-hidden rounded-md border border-white/40 text-xs">
      {(["vi", "en"] as const).map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale.startsWith(l)}
          disabled={pending}
          onClick={() =>
            start(async () => {
              await setLocale(l);
              router.refresh();
            })
          }
          className={cx("px-2 py-1 font-medium", locale.startsWith(l) ? "bg-white text-brand-800" : "text-white hover:bg-white/10")}
        >
          {t(l)}
        </button>
      ))}
    </div>
  );
}
