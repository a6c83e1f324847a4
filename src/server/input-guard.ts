/**
 * Input PostgreSQL would refuse with an error (a NUL character, 0x00, in any text) or that is not
 * the shape an action expects is refused with a typed 422 instead of a 500 (ASVS 5.0 V1.2/V2.2).
 * `defineUseCase` runs `assertNoNul` on every input; route handlers and queries that take text
 * outside a use-case call it themselves.
 */
import { ValidationError } from "@/domain/errors";
import type { ActionResult } from "./action-result";

export const NUL_CODE = "NUL_CHARACTER";

/** The path ("draft.title", "kpis.3.name") of the first string holding a NUL character, or null. */
export function findNul(value: unknown, path = "", depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? path || "input" : null;
  if (depth > 32 || value === null || typeof value !== "object") return null;
  if (value instanceof Date || value instanceof Uint8Array || value instanceof Blob) return null;
  const entries: [string, unknown][] =
    value instanceof FormData ? [...value.entries()] : Array.isArray(value) ? value.map((v, i) => [String(i), v]) : Object.entries(value);
  for (const [key, v] of entries) {
    if (key.includes("\u0000")) return path || "input";
    const found = findNul(v, path ? `${path}.${key}` : key, depth + 1);
    if (found) return found;
  }
  return null;
}

export function assertNoNul(value: unknown): void {
  const path = findNul(value);
  if (path) throw new ValidationError([{ path, code: NUL_CODE, message: "nulCharacter" }]);
}

/** A text for a query (search box, id): NUL characters removed, length bounded. */
export function cleanText(value: unknown, max = 200): string {
  return typeof value === "string" ? value.replace(/\u0000/g, "").slice(0, max) : "";
}

/** A form field as a string ("" when missing or a file). */
export function formString(form: FormData, name: string): string {
  const v = form.get(name);
  return typeof v === "string" ? v : "";
}

/** The typed refusal of an action called with something other than a form. */
export function notFormData<T>(): ActionResult<T> {
  return { ok: false, code: "VALIDATION_FAILED", issues: [{ path: "form", code: "NOT_FORM_DATA", message: "notFormData" }] };
}
