import { describe, expect, it } from "vitest";
import en from "../../messages/en.json";
import vi from "../../messages/vi.json";

type Tree = { [k: string]: string | Tree };
/** [key path, text] for every message (keys may themselves contain dots, e.g. "proposal.submit"). */
const entries = (o: Tree, prefix = ""): [string, string][] =>
  Object.entries(o).flatMap(([k, v]) => (typeof v === "string" ? [[`${prefix}${k}`, v] as [string, string]] : entries(v, `${prefix}${k}/`)));

describe("messages", () => {
  it("Vietnamese and English have exactly the same keys (no UI string is missing in either language)", () => {
    const v = new Set(entries(vi as Tree).map(([k]) => k));
    const e = new Set(entries(en as Tree).map(([k]) => k));
    expect([...v].filter((k) => !e.has(k))).toEqual([]);
    expect([...e].filter((k) => !v.has(k))).toEqual([]);
  });

  it("Vietnamese sentences are written with diacritics (no accidental ASCII-only text)", () => {
    const ascii = entries(vi as Tree).filter(([, text]) => text.split(" ").length >= 4 && /^[\x00-\x7F]*$/.test(text));
    expect(ascii).toEqual([]);
  });
});
