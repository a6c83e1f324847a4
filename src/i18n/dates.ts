/**
 * One date format per language (issue 12.18): Vietnamese dd/mm/yyyy ("02/12/2026"), English with
 * the month's name ("2 Dec 2026") — never the US month-first order. English is formatted with the
 * en-GB conventions (request.ts gives next-intl that formatting locale).
 */
export type DateStyle = "day" | "dayTime";
type Options = Pick<Intl.DateTimeFormatOptions, "day" | "month" | "year" | "hour" | "minute" | "timeZone">;

const OPTIONS: Record<"vi" | "en", Record<DateStyle, Options>> = {
  vi: {
    day: { day: "2-digit", month: "2-digit", year: "numeric" },
    dayTime: { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" },
  },
  en: {
    day: { day: "numeric", month: "short", year: "numeric" },
    dayTime: { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" },
  },
};

/** Options for next-intl's `format.dateTime(date, dateOptions(locale, "day"))`. */
export function dateOptions(locale: string, style: DateStyle = "day", extra: Options = {}): Options {
  return { ...OPTIONS[locale.startsWith("en") ? "en" : "vi"][style], ...extra };
}

/** A calendar day "yyyy-mm-dd" in the reader's language ("31/12/2026", "31 Dec 2026"). */
export function formatIsoDay(locale: string, day: string): string {
  if (!locale.startsWith("en")) return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
  return new Intl.DateTimeFormat("en-GB", { ...OPTIONS.en.day, timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
