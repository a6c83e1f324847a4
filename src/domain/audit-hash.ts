/**
 * The audit chain (docs/architecture.md `AuditEvent`): each row stores the hash of the
 * previous one, so anyone can check that the record which protects a cadre
 * (Art. 18 evaluation, KL 14 §2.4) was not edited, removed or reordered afterwards.
 *
 * `node:crypto`'s createHash is pure computation (no I/O, no clock, no randomness),
 * which is why this one Node import is allowed in the domain.
 */
import { createHash } from "node:crypto";

import { ValidationError } from "./errors";

/** The `prevHash` of the first row of a chain. */
export const GENESIS_HASH = "0".repeat(64);

/**
 * Canonical JSON: the same value always gives the same text, so a row read back from
 * the database (jsonb reorders keys, turns Dates into strings) hashes as when written.
 * It is JSON.stringify with: object keys sorted by UTF-16 code units (as RFC 8785),
 * Dates as ISO-8601 UTC strings, bigints as plain integers, `undefined` object
 * members dropped (as JSON does). Non-finite numbers, functions, symbols, cycles and
 * class instances other than Date (Map, Set, …) without toJSON are refused: they have
 * no faithful JSON form, and a silent "null" would let two payloads share one hash.
 */
export function canonicalJson(value: unknown): string {
  return serialize(value, new Set<object>(), "");
}

function serialize(value: unknown, ancestors: Set<object>, path: string): string {
  if (value === null) return "null";
  switch (typeof value) {
    case "string":
    case "boolean":
      return JSON.stringify(value);
    case "number":
      if (!Number.isFinite(value)) throw unsupported(path, "a non-finite number");
      return JSON.stringify(value);
    case "bigint":
      return value.toString();
    case "undefined":
    case "function":
    case "symbol":
      throw unsupported(path, typeof value);
    case "object":
      break;
  }

  const object = value as object;
  if (object instanceof Date) {
    if (Number.isNaN(object.getTime())) throw unsupported(path, "an invalid Date");
    return JSON.stringify(object.toISOString());
  }
  if (ancestors.has(object)) throw unsupported(path, "a cycle");
  ancestors.add(object);
  try {
    if (Array.isArray(object)) {
      const items: readonly unknown[] = object;
      // Inside arrays `undefined` becomes null, as in JSON.stringify.
      return `[${items.map((item, i) => (item === undefined ? "null" : serialize(item, ancestors, `${path}.${i}`))).join(",")}]`;
    }
    const proto: unknown = Object.getPrototypeOf(object);
    if (proto !== Object.prototype && proto !== null) {
      const toJSON: unknown = (object as { toJSON?: unknown }).toJSON;
      if (typeof toJSON === "function") return serialize(toJSON.call(object), ancestors, path);
      throw unsupported(path, `an instance of ${object.constructor.name}`);
    }
    const record = object as Record<string, unknown>;
    const members = Object.keys(record)
      .sort()
      .filter((key) => record[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${serialize(record[key], ancestors, path === "" ? key : `${path}.${key}`)}`);
    return `{${members.join(",")}}`;
  } finally {
    ancestors.delete(object);
  }
}

function unsupported(path: string, what: string): ValidationError {
  return new ValidationError([
    { path, code: "NOT_CANONICAL_JSON", message: `Cannot serialize ${what} in an audit payload` },
  ]);
}

/** SHA-256 (hex) of `prevHash + "\n" + canonicalJson(payload)`. */
export function hashEvent(prevHash: string, payload: unknown): string {
  return createHash("sha256").update(`${prevHash}\n${canonicalJson(payload)}`, "utf8").digest("hex");
}

/** SHA-256 (hex) of a record's canonical JSON: what a protection dossier prints for each item. */
export function contentDigest(value: unknown): string {
  return createHash("sha256").update(canonicalJson(value), "utf8").digest("hex");
}

export type ChainRow = {
  /**
   * Position in the chain, gapless (previous seq + 1, assigned under the append lock;
   * never a database SEQUENCE, which skips numbers on rollback). Optional: without it
   * only the hash links are checked.
   */
  readonly seq?: bigint | number | undefined;
  readonly prevHash: string;
  readonly hash: string;
  /** Exactly what was hashed when the row was appended. */
  readonly payload: unknown;
};

/** The prevHash and hash of the row to append after `previousHash` (GENESIS_HASH for the first row). */
export function chainNext(previousHash: string, payload: unknown): { prevHash: string; hash: string } {
  return { prevHash: previousHash, hash: hashEvent(previousHash, payload) };
}

export type ChainBreakReason =
  /** The stored hash does not match the row's content. */
  | "EDITED"
  /** The row does not point at the row before it: a row was removed, or rows were reordered. */
  | "REMOVED_OR_REORDERED"
  /** The links hold but seq skips or repeats a number. */
  | "SEQUENCE_GAP"
  /** A head hash published earlier is no longer in the chain (newest rows removed, or the chain rewritten). */
  | "TRUNCATED";

export type ChainVerification =
  | { readonly ok: true; readonly checked: number; readonly headHash: string }
  | {
      readonly ok: false;
      /** Index in `rows` of the first row that fails (rows.length for TRUNCATED). */
      readonly index: number;
      readonly reason: ChainBreakReason;
    };

export type VerifyOptions = {
  /**
   * A head hash published earlier (in a report, a signed export). The chain may have
   * grown since, but that hash must still be one of its rows: this detects the
   * deletion of the newest rows and a chain re-hashed from an edited row onwards.
   */
  readonly publishedHeadHash?: string;
};

/**
 * Checks rows ordered by seq. `anchorPrevHash` is what the first row must point at:
 * GENESIS_HASH for a whole chain, the last hash of the previous batch when verifying
 * in batches, or null to trust the first link. Per row, in this order: the link to the
 * previous row (REMOVED_OR_REORDERED), the sequence (SEQUENCE_GAP), the content (EDITED).
 * A row edited and re-hashed shows as a broken link on the row after it, so a break at
 * `index` means rows `index - 1` or `index` were tampered with. Without
 * `publishedHeadHash` nothing can tell that the newest rows were deleted, or that every
 * hash was recomputed after an edit: the server should publish the head hash periodically.
 */
export function verifyChain(
  rows: readonly ChainRow[],
  anchorPrevHash: string | null = GENESIS_HASH,
  options: VerifyOptions = {},
): ChainVerification {
  let previous: ChainRow | null = null;
  for (const [index, row] of rows.entries()) {
    const expectedPrev = previous === null ? anchorPrevHash : previous.hash;
    if (expectedPrev !== null && row.prevHash !== expectedPrev) {
      return { ok: false, index, reason: "REMOVED_OR_REORDERED" };
    }
    if (previous?.seq !== undefined && row.seq !== undefined && BigInt(row.seq) !== BigInt(previous.seq) + 1n) {
      return { ok: false, index, reason: "SEQUENCE_GAP" };
    }
    if (row.hash !== hashEvent(row.prevHash, row.payload)) {
      return { ok: false, index, reason: "EDITED" };
    }
    previous = row;
  }
  const headHash = previous === null ? (anchorPrevHash ?? GENESIS_HASH) : previous.hash;
  const published = options.publishedHeadHash;
  if (published !== undefined && published !== anchorPrevHash && !rows.some((row) => row.hash === published)) {
    return { ok: false, index: rows.length, reason: "TRUNCATED" };
  }
  return { ok: true, checked: rows.length, headHash };
}
