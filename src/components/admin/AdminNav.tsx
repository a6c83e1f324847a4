import Link from "next/link";
import { useTranslations } from "next-intl";
import { cx } from "@/components/ui/cx";

const PAGES = [
  { key: "overview", href: "/admin" },
  { key: "units", href: "/admin/units" },
  { key: "people", href: "/admin/people" },
  { key: "import", href: "/admin/import" },
  { key: "registers", href: "/admin/registers" },
  { key: "calendar", href: "/admin/calendar" },
  { key: "regulation", href: "/admin/regulation" },
  { key: "signIn", href: "/admin/sign-in" },
] as const;

/** Tabs between the administration pages; the current one carries aria-current. */
export function AdminNav({ current }: { current: (typeof PAGES)[number]["key"] }) {
  const t = useTranslations("admin");
  return (
    <nav aria-label={t("tabsLabel")} className="mb-4 border-b border-slate-200 no-print">
      <ul className="flex flex-wrap gap-1">
        {PAGES.map((p) => (
          <li key={p.key}>
            <Link
              href={p.href}
              aria-current={p.key === current ? "page" : undefined}
              className={cx(
                "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                p.key === current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-800",
              )}
            >
              {t(`tabs.${p.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
