/**
 * Response headers every answer carries (ASVS 5.0 V3.4). The Content-Security-Policy is per
 * request (a fresh nonce for Next's inline scripts) and is set by src/proxy.ts; these are static
 * and set in next.config.ts for every path, and by the web server on the answers it gives itself.
 */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // frame-ancestors 'none' in the CSP; X-Frame-Options for browsers that predate it.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
];

export const HSTS_VALUE = "max-age=31536000; includeSubDomains";

/** The CSP of a page rendered with `nonce`; `dev` allows what `next dev` needs (eval for HMR). */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // React writes style attributes (progress bars, chart widths); no inline <style> from users.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // The printable documents open PDFs from our own origin.
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The strict policy for answers that are not HTML pages (files, JSON, refusals). */
export const NON_HTML_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";
