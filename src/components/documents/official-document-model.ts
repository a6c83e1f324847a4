/**
 * What every administrative document of the product shares (thể thức of Nghị định 30/2020/NĐ-CP):
 * the header block (issuing body, national name and motto, số/ký hiệu, place and date), content
 * blocks (paragraphs, lists, tables), "Nơi nhận" and the signature block, and the small formatting
 * rules around them. The plan (plan-document-model.ts) and the decision (decision-document-model.ts)
 * build their models from these pieces; the HTML (OfficialParts.tsx) and the PDF
 * (server/documents/official-pdf.ts) render them the same way for every document.
 */

/** A translator over the whole message tree (keys from the root, e.g. "documents.plan.title"). */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

export type DocumentLanguage = { locale: string; t: Translate };

export type DocumentTable = {
  caption: string;
  /** `weight`: relative column width. */
  columns: readonly { label: string; align: "left" | "right" | "center"; weight: number }[];
  rows: readonly (readonly string[])[];
};

export type DocumentBlock =
  /** `keepWithNext`: the last paragraph introduces the next block and never ends a page without it. */
  | { kind: "paragraphs"; paragraphs: readonly string[]; keepWithNext?: boolean }
  | { kind: "list"; items: readonly string[] }
  | { kind: "table"; table: DocumentTable }
  /** Something said about the content rather than content (shown in italics). */
  | { kind: "note"; text: string };

/** The header block of Decree 30 (Annex I, items 1–5). */
export type OfficialHeader = {
  /** Cơ quan chủ quản, upper case; null for a root unit. */
  superiorUnit: string | null;
  /** Cơ quan ban hành, upper case (printed bold). */
  unit: string;
  nation: string;
  motto: string;
  /** "Số: 125/QĐ-SKHCN" under the issuing body; absent on documents without a number. */
  number?: string;
  placeDate: string;
};

export type Recipients = { heading: string; lines: readonly string[] };

/** Quyền hạn, chức vụ of the signer, then room for the signature (and seal), then the name. */
export type SignatureBlock = { role: string; hint: string | null; name: string };

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Day and month as Decree 30 writes them in the date line: a day below 10 and the months 1 and 2
 * take a leading zero ("ngày 05 tháng 02", but "tháng 11").
 */
export function officialDayMonth(isoDay: string): { day: string; month: string; year: string } | null {
  const m = ISO_DAY.exec(isoDay);
  if (!m) return null;
  const day = Number(m[3]);
  const month = Number(m[2]);
  return { day: String(day).padStart(2, "0"), month: month <= 2 ? String(month).padStart(2, "0") : String(month), year: m[1] };
}

/** Central bodies (ministries, the Party's central commissions) sit in the capital. */
const CAPITAL = "Hà Nội";

/**
 * Địa danh of the date line (Decree 30: the administrative unit where the body sits): the nearest
 * province in the unit's chain, by its short name ("Quảng Ninh") or its name without "Tỉnh" /
 * "Thành phố"; Hà Nội for a unit with no province above it.
 */
export function placeOfUnit(chainFromRoot: readonly { kind: string; name: string; shortName: string | null }[]): string {
  const province = [...chainFromRoot].reverse().find((u) => u.kind === "PROVINCE");
  if (!province) return CAPITAL;
  return province.shortName?.trim() || province.name.replace(/^(tỉnh|thành phố)\s+/iu, "").trim() || province.name;
}

/** A day "YYYY-MM-DD" in running text ("05/03/2026" in Vietnamese); null when malformed. */
export function formatDay(locale: string, isoDay: string | null | undefined): string | null {
  const m = isoDay ? ISO_DAY.exec(isoDay) : null;
  if (!m) return null;
  return new Intl.DateTimeFormat(locale, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))),
  );
}

/** An integer amount with the locale's grouping ("350.000.000" in Vietnamese); exact for BigInt. */
export function formatInteger(locale: string, amount: bigint | number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(amount);
}

/** Letters without diacritics (Đ → D), everything else outside [A-Za-z0-9] → "-": safe in a header. */
export function asciiFileStem(text: string, fallback: string): string {
  const folded = text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  return folded.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || fallback;
}

/** The header block for a body and its superior, dated `dateOn` (blank day and month when null). */
export function officialHeader(
  lang: DocumentLanguage,
  src: {
    superiorUnitName: string | null;
    unitName: string;
    place: string;
    /** Vietnamese local day (YYYY-MM-DD), or null for "ngày … tháng … năm <year>". */
    dateOn: string | null;
    year: number;
    number?: string;
  },
): OfficialHeader {
  const { t, locale } = lang;
  const date = src.dateOn ? officialDayMonth(src.dateOn) : null;
  const upper = (s: string) => s.toLocaleUpperCase(locale);
  return {
    superiorUnit: src.superiorUnitName ? upper(src.superiorUnitName) : null,
    unit: upper(src.unitName),
    nation: t("documents.official.nation"),
    motto: t("documents.official.motto"),
    ...(src.number === undefined ? {} : { number: src.number }),
    placeDate: date
      ? t("documents.official.placeDate", { place: src.place, ...date })
      : t("documents.official.placeDateBlank", { place: src.place, year: src.year }),
  };
}
