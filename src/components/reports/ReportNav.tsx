import Link from "next/link";
import { cx } from "@/components/ui/cx";

/** Tabs between the report pages; the current one carries aria-current. */
export function ReportNav({ items, label }: { items: { href: string; label: string; current: boolean }[]; label: string }) {
  return (
    <nav aria-label={label} className="mb-4 border-b border-slate-200 no-print">
      <ul className="flex flex-wrap gap-1">
        {items.map((i) => (
          <li key={i.href}>
            <Link
              href={i.href}
              aria-current={i.current ? "page" : undefined}
              className={cx(
                "inline-block border-b-2 px-3 py-2 text-sm font-medium",
                i.current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-brand-800",
              )}
            >
              {i.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
