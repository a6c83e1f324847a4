import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { canonicalJson, chainNext, type ChainRow, GENESIS_HASH, hashEvent, verifyChain } from "@/domain/audit-hash";
import { ValidationError } from "@/domain/errors";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

/** A chain of n audit rows, as the server appends them (seq gapless from 1). */
function buildChain(n: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prev = GENESIS_HASH;
  for (let i = 1; i <= n; i += 1) {
    const payload = {
      at: new Date(Date.UTC(2026, 0, i, 2)).toISOString(),
      actorId: `u${i % 3}`,
      action: i % 2 === 0 ? "proposal.submit" : "vote.cast",
      targetType: "Proposal",
      targetId: "DX-2026-000123",
      before: { status: "DRAFT" },
      after: { status: "SUBMITTED", title: "Một cửa liên thông" },
    };
    const { prevHash, hash } = chainNext(prev, payload);
    rows.push({ seq: BigInt(i), prevHash, hash, payload });
    prev = hash;
  }
  return rows;
}

describe("canonical JSON", () => {
  it("orders keys at every depth, so key order never changes the hash", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("writes Dates as ISO strings, so a row read back from jsonb hashes the same", () => {
    const at = new Date("2026-03-02T16:59:59.999Z");
    expect(canonicalJson({ at })).toBe('{"at":"2026-03-02T16:59:59.999Z"}');
    expect(canonicalJson({ at })).toBe(canonicalJson(JSON.parse(JSON.stringify({ at })) as unknown));
  });

  it("follows JSON for undefined, -0, unicode; writes bigints (money in đồng) as integers", () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(canonicalJson([undefined, 1])).toBe("[null,1]");
    expect(canonicalJson(-0)).toBe("0");
    expect(canonicalJson({ budgetVnd: 12_000_000_000n })).toBe('{"budgetVnd":12000000000}');
    expect(canonicalJson("Đề xuất đổi mới \u2028 \"x\"")).toBe(JSON.stringify("Đề xuất đổi mới \u2028 \"x\""));
    expect(canonicalJson({ é: 1, e: 2 })).toBe('{"e":2,"é":1}');
  });

  it("uses toJSON of value objects (e.g. Prisma Decimal) and allows shared, non-cyclic references", () => {
    const decimal = { toJSON: () => "12.5000" };
    Object.setPrototypeOf(decimal, { kind: "Decimal" });
    expect(canonicalJson({ v: decimal })).toBe('{"v":"12.5000"}');
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: shared })).toBe('{"a":{"x":1},"b":{"x":1}}');
  });

  it.each([
    ["NaN", { v: Number.NaN }],
    ["Infinity", { v: Number.POSITIVE_INFINITY }],
    ["a function", { v: () => 1 }],
    ["a symbol", { v: Symbol("s") }],
    ["a Map", { v: new Map([["a", 1]]) }],
    ["an invalid Date", { v: new Date("x") }],
    ["top-level undefined", undefined],
  ])("refuses %s instead of hashing it as null", (_what, value) => {
    expect(() => canonicalJson(value)).toThrow(ValidationError);
  });

  it("refuses cycles", () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => canonicalJson(a)).toThrow(ValidationError);
  });
});

describe("chain hash", () => {
  it('is SHA-256 hex of prevHash + "\\n" + canonicalJson(payload)', () => {
    expect(hashEvent(GENESIS_HASH, {})).toBe(sha256(`${GENESIS_HASH}\n{}`));
    expect(hashEvent("abc", { b: 1, a: 2 })).toBe(sha256('abc\n{"a":2,"b":1}'));
    expect(hashEvent("abc", { b: 1 })).toMatch(/^[0-9a-f]{64}$/);
    expect(GENESIS_HASH).toBe("0".repeat(64));
  });
});

describe("verifyChain: tamper detection (the record that protects a cadre, Art. 11, cannot be rewritten unseen)", () => {
  it("accepts an intact chain and returns its head", () => {
    const rows = buildChain(6);
    expect(verifyChain(rows)).toEqual({ ok: true, checked: 6, headHash: rows[5]?.hash });
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, headHash: GENESIS_HASH });
  });

  it("an edited row is EDITED at that row", () => {
    const rows = buildChain(6);
    rows[3] = { ...rows[3]!, payload: { ...(rows[3]!.payload as object), after: { status: "APPROVED" } } };
    expect(verifyChain(rows)).toEqual({ ok: false, index: 3, reason: "EDITED" });
  });

  it("an edited row whose hash was recomputed breaks the link of the next row", () => {
    const rows = buildChain(6);
    const payload = { ...(rows[3]!.payload as object), actorId: "someone-else" };
    rows[3] = { ...rows[3]!, payload, hash: hashEvent(rows[3]!.prevHash, payload) };
    expect(verifyChain(rows)).toEqual({ ok: false, index: 4, reason: "REMOVED_OR_REORDERED" });
  });

  it("a removed row is REMOVED_OR_REORDERED where the gap is", () => {
    const rows = buildChain(6);
    expect(verifyChain([...rows.slice(0, 2), ...rows.slice(3)])).toEqual({ ok: false, index: 2, reason: "REMOVED_OR_REORDERED" });
    expect(verifyChain(rows.slice(1))).toEqual({ ok: false, index: 0, reason: "REMOVED_OR_REORDERED" });
  });

  it("reordered rows are REMOVED_OR_REORDERED", () => {
    const rows = buildChain(6);
    const swapped = [rows[0]!, rows[2]!, rows[1]!, ...rows.slice(3)];
    expect(verifyChain(swapped)).toEqual({ ok: false, index: 1, reason: "REMOVED_OR_REORDERED" });
  });

  it("a seq that skips a number while the links hold is a SEQUENCE_GAP", () => {
    const rows = buildChain(4).map((r, i) => (i >= 2 ? { ...r, seq: BigInt(i + 2) } : r));
    expect(verifyChain(rows)).toEqual({ ok: false, index: 2, reason: "SEQUENCE_GAP" });
    expect(verifyChain(buildChain(4).map((r, i) => ({ ...r, seq: i + 1 })))).toMatchObject({ ok: true }); // numbers work too
    const withoutSeq: ChainRow[] = buildChain(4).map((r) => ({ prevHash: r.prevHash, hash: r.hash, payload: r.payload }));
    expect(verifyChain(withoutSeq)).toMatchObject({ ok: true }); // seq is optional
  });

  it("verifies in batches: the anchor is the last hash of the previous batch", () => {
    const rows = buildChain(6);
    expect(verifyChain(rows.slice(3), rows[2]!.hash)).toMatchObject({ ok: true, checked: 3 });
    expect(verifyChain(rows.slice(3), rows[1]!.hash)).toEqual({ ok: false, index: 0, reason: "REMOVED_OR_REORDERED" });
    expect(verifyChain(rows.slice(3), null)).toMatchObject({ ok: true });
  });

  it("removal of the newest rows is caught only against a published head hash", () => {
    const rows = buildChain(6);
    const published = rows[4]!.hash;
    expect(verifyChain(rows.slice(0, 4))).toMatchObject({ ok: true }); // undetectable alone
    expect(verifyChain(rows.slice(0, 4), GENESIS_HASH, { publishedHeadHash: published })).toEqual({ ok: false, index: 4, reason: "TRUNCATED" });
    expect(verifyChain(rows, GENESIS_HASH, { publishedHeadHash: published })).toMatchObject({ ok: true }); // grown since: fine
  });

  it("a chain re-hashed from an edited row onwards is caught against a published head hash", () => {
    const rows = buildChain(6);
    const published = rows[5]!.hash;
    const forged: ChainRow[] = rows.slice(0, 2);
    let prev = rows[1]!.hash;
    for (const r of rows.slice(2)) {
      const payload = { ...(r.payload as object), actorId: "forger" };
      const next = chainNext(prev, payload);
      forged.push({ seq: r.seq, ...next, payload });
      prev = next.hash;
    }
    expect(verifyChain(forged)).toMatchObject({ ok: true });
    expect(verifyChain(forged, GENESIS_HASH, { publishedHeadHash: published })).toMatchObject({ ok: false, reason: "TRUNCATED" });
  });
});
