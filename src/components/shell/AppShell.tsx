import Link from "next/link";
import type { ReactNode } from "react";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { NavLinks, type NavItem } from "./NavLinks";
import { SignOutButton } from "./SignOutButton";

export type ShellLabels = {
  appName: string;
  basis: string;
  skip: string;
  nav: string;
  menu: string;
  menuClose: string;
  /** "3 thông báo chưa đọc", shown on the closed phone menu (the badge inside is hidden then). */
  unread: string | null;
  signOut: string;
};

/**
 * The frame of every signed-in page: brand bar with the user and language switch, role-dependent
 * navigation (a disclosure menu on phones), and the main region.
 */
export function AppShell({
  user,
  nav,
  labels,
  setLocale,
  children,
}: {
  user: { name: string; roles: string };
  nav: NavItem[];
  labels: ShellLabels;
  setLocale: (locale: string) => Promise<void>;
  children: ReactNode;
}) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:fixed focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        {labels.skip}
      </a>
      <header className="bg-brand-700 text-white no-print">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2">
          <Link href="/" className="flex items-center gap-2 font-semibold">
            <span aria-hidden="true" className="grid h-8 w-8 place-items-center rounded-full bg-yellow-400 text-brand-800">★</span>
            <span>
              {labels.appName}
              <span className="block text-xs font-normal text-white/90">{labels.basis}</span>
            </span>
          </Link>
          <div className="flex flex-wrap items-center gap-3">
            <span className="text-sm">
              <span className="font-medium">{user.name}</span>
              <span className="hidden text-white/90 sm:inline"> · {user.roles}</span>
            </span>
            <LanguageSwitcher setLocale={setLocale} />
            <SignOutButton label={labels.signOut} />
          </div>
        </div>
      </header>
      <div className="border-b border-slate-200 bg-white no-print">
        <div className="mx-auto max-w-6xl px-4">
          <details className="group py-2 md:hidden">
            <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100">
              <span className="group-open:hidden">☰ {labels.menu}</span>
              <span className="hidden group-open:inline">✕ {labels.menuClose}</span>
              {labels.unread ? (
                <span className="rounded-full bg-brand-700 px-2 text-xs font-semibold text-white group-open:hidden">{labels.unread}</span>
              ) : null}
            </summary>
            <div className="pb-2">
              <NavLinks items={nav} label={labels.nav} />
            </div>
          </details>
          <div className="hidden md:block">
            <NavLinks items={nav} label={labels.nav} />
          </div>
        </div>
      </div>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </>
  );
}
