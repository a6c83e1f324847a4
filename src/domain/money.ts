/**
 * Amounts of money in đồng as people type them: Vietnamese groups thousands with dots
 * ("1.500.000.000") or spaces ("1 500 000 000"); the đồng has no decimals. One schema serves every
 * form that takes money (the plan's budget, the decision's budget) and the server, so a typed
 * amount is accepted the same everywhere and stored as plain digits.
 */
import { z } from "zod";

/** Longest amount accepted, in digits (below 10^15 đồng; fits a bigint column). */
export const MONEY_MAX_DIGITS = 15;

const SEPARATOR = /[.\s\u00a0\u202f]/g;
/** Plain digits, or digits grouped by threes with one kind of thousands separator. */
const WELL_FORMED = /^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}([ \u00a0\u202f]\d{3})+)$/;

/** "1.500.000.000" → "1500000000"; null when the text is not an amount in đồng. */
export function parseMoney(text: string): string | null {
  const s = text.trim();
  if (!WELL_FORMED.test(s)) return null;
  const digits = s.replace(SEPARATOR, "").replace(/^0+(?=\d)/, "");
  return digits.length <= MONEY_MAX_DIGITS ? digits : null;
}

/** Digits grouped the Vietnamese way while typing: "1500000" → "1.500.000" ("" stays ""). */
export function formatMoneyDigits(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** Only the digits of what was typed (the input keeps the digits; separators are display). */
export function moneyDigits(text: string): string {
  return text.replace(/\D/g, "").slice(0, MONEY_MAX_DIGITS);
}

/** A required amount in đồng; the output is plain digits. */
export const moneySchema = z
  .string({ error: "money" })
  .transform((s, ctx) => {
    const digits = parseMoney(s);
    if (digits === null) {
      ctx.addIssue({ code: "custom", message: "money" });
      return z.NEVER;
    }
    return digits;
  });
