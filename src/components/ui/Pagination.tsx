import Link from "next/link";
import { buttonClass } from "./Button";

/**
 * Keyset pagination: the server hands back an opaque cursor for the next page; "first page"
 * returns to the top. (Page numbers would need OFFSET, which gets slow on long lists.)
 */
export function Pagination({
  firstHref,
  nextHref,
  labels,
}: {
  firstHref?: string | null;
  nextHref?: string | null;
  labels: { first: string; next: string; nav: string };
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav aria-label={labels.nav} className="mt-4 flex items-center justify-between gap-2">
      {firstHref ? (
        <Link className={buttonClass("secondary", "sm")} href={firstHref}>
          ← {labels.first}
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link className={buttonClass("secondary", "sm")} href={nextHref} rel="next">
          {labels.next} →
        </Link>
      ) : null}
    </nav>
  );
}
