/**
 * Sổ văn bản: a unit's register of document numbers for one year and kind. Numbers are written
 * "12/QĐ-SKHCN" (sequence, slash, the register's suffix); the next one proposed is the highest
 * taken + 1, and a number already in the register is refused.
 */
import { z } from "zod";

export const REGISTER_KINDS = ["DECISION", "EVALUATION"] as const;
export type RegisterKind = (typeof REGISTER_KINDS)[number];

export const registerSuffixSchema = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N}.-]{0,39}$/u, { message: "registerSuffix" });

export const createRegisterInput = z.object({
  unitId: z.string().trim().min(1).max(64),
  year: z.number({ message: "year" }).int({ message: "year" }).min(2000, { message: "year" }).max(2100, { message: "year" }),
  kind: z.enum(REGISTER_KINDS),
  suffix: registerSuffixSchema,
});

export function formatRegisterNumber(sequence: number, suffix: string): string {
  return `${sequence}/${suffix}`;
}

/** The sequence of a number written in this register's form, else null (a number typed another way). */
export function registerSequence(number: string, suffix: string): number | null {
  const slash = number.indexOf("/");
  if (slash <= 0 || number.slice(slash + 1) !== suffix) return null;
  const head = number.slice(0, slash);
  if (!/^\d{1,6}$/.test(head)) return null;
  const n = Number(head);
  return n >= 1 ? n : null;
}

/** Normalises what a person typed: trimmed, no spaces around the slash ("12 / QĐ-X" → "12/QĐ-X"). */
export function normaliseDocumentNumber(number: string): string {
  return number.trim().replace(/\s*\/\s*/g, "/");
}

/** A default suffix for a new register: "QĐ-<unit short code>". */
export function defaultSuffix(kind: RegisterKind, unitCode: string): string {
  return `${kind === "DECISION" ? "QĐ" : "KL"}-${unitCode}`;
}
