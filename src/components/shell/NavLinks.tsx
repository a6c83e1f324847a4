"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx } from "@/components/ui/cx";

export type NavItem = { href: string; label: string; badge?: number; also?: string[] };

function isUnder(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/** The one item to highlight: an item that claims the page (`also`) wins, else the longest prefix. */
export function activeHref(pathname: string, items: NavItem[]): string | null {
  const claimed = items.find((i) => i.also?.some((p) => new RegExp(p).test(pathname)));
  if (claimed) return claimed.href;
  const under = items.filter((i) => isUnder(pathname, i.href)).sort((a, b) => b.href.length - a.href.length);
  return under[0]?.href ?? null;
}

export function NavLinks({ items, label }: { items: NavItem[]; label: string }) {
  const pathname = usePathname();
  const current = activeHref(pathname, items);
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-1 md:flex-row md:gap-0">
        {items.map((item) => {
          const active = item.href === current;
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className={cx(
                  "flex items-center gap-2 rounded-md px-3 py-2 text-sm font-medium md:rounded-none md:border-b-2",
                  active ? "bg-brand-50 text-brand-800 md:border-brand-700 md:bg-transparent" : "text-slate-700 hover:bg-slate-100 md:border-transparent md:hover:bg-transparent md:hover:text-brand-800",
                )}
              >
                {item.label}
                {item.badge ? (
                  <span className="rounded-full bg-brand-700 px-1.5 text-xs font-semibold text-white">{item.badge}</span>
                ) : null}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
