import { getRequestConfig } from "next-intl/server";
import { cookies } from "next/headers";
import { DEFAULT_LOCALE, LOCALE_COOKIE, TIME_ZONE, isLocale } from "./config";

// The locale lives in a cookie rather than the URL: links to a proposal are shared between
// colleagues who read in different languages, and the URL must stay the same.
export default getRequestConfig(async () => {
  const stored = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(stored) ? stored : DEFAULT_LOCALE;
  return {
    // English is formatted the en-GB way (day before month: "2 Dec 2026"), never month-first.
    locale: locale === "en" ? "en-GB" : locale,
    timeZone: TIME_ZONE,
    messages: (await import(`../../messages/${locale}.json`)).default,
  };
});
