/**
 * Where to send a user after sign-in (ASVS 5.0 V3.7 / no open redirect): only a path of this
 * application. The candidate is parsed with URL against the app's origin — exactly as a browser
 * would — so "/\host", "/<TAB>/host", "//host" and "https://host" all resolve elsewhere and are
 * refused; a result that would still start with "//" (protocol-relative) is refused too.
 */
const FALLBACK = "/";
const PLACEHOLDER_ORIGIN = "http://app.invalid";

export function safeCallbackPath(value: unknown, appOrigin: string = PLACEHOLDER_ORIGIN): string {
  const v = Array.isArray(value) ? value[0] : value;
  if (typeof v !== "string" || v.length === 0 || v.length > 2048 || !v.startsWith("/")) return FALLBACK;
  let origin: string;
  let url: URL;
  try {
    origin = new URL(appOrigin).origin;
    url = new URL(v, origin);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== origin) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return FALLBACK;
  return path;
}
