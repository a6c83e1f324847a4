import { describe, expect, it } from "vitest";
import { contentDigest } from "@/domain/audit-hash";
import { decodeCheckpoint, encodeCheckpoint } from "@/domain/dossier";

const hash = "a".repeat(64);
const checkpoint = {
  proposalId: "cmproposal0001",
  seq: "4821",
  hash,
  items: [
    { kind: "DECISION" as const, id: "cmdecision01", seq: "120", digest: contentDigest({ a: 1 }) },
    { kind: "PROGRESS_REPORT" as const, id: "cmreport0001", seq: null, digest: contentDigest({ b: 2 }) },
  ],
};

describe("protection dossier checkpoint (Art. 11; KL 14 §2.4)", () => {
  it("round-trips through its one-line text, with 16-hex-digit prefixes", () => {
    const text = encodeCheckpoint(checkpoint);
    expect(text.startsWith("HS1|cmproposal0001|4821|aaaaaaaaaaaaaaaa|DC.cmdecision01.120.")).toBe(true);
    const back = decodeCheckpoint(text);
    expect(back?.items.map((i) => [i.kind, i.id, i.seq, i.digest.length])).toEqual([
      ["DECISION", "cmdecision01", "120", 16],
      ["PROGRESS_REPORT", "cmreport0001", null, 16],
    ]);
  });

  it("reads a checkpoint pasted with line breaks and surrounding text (a scanner's output, an e-mail)", () => {
    const text = encodeCheckpoint(checkpoint);
    expect(decodeCheckpoint(`Mã kiểm tra:\n${text.slice(0, 30)}\n${text.slice(30)}\n`)?.seq).toBe("4821");
  });

  it.each(["", "HS1|", "HS1|p|x|aaaaaaaaaaaaaaaa", "HS1|p|1|aaaaaaaaaaaaaaaa|ZZ.id.1.aaaaaaaaaaaaaaaa", "HS1|p|1|short", "HS1|p|1|aaaaaaaaaaaaaaaa|DC.id.1"])("refuses %j", (text) => {
    expect(decodeCheckpoint(text)).toBeNull();
  });

  it("a digest changes with any field of the record", () => {
    expect(contentDigest({ conclusion: "EXCLUDED", damageVnd: 0n })).not.toBe(contentDigest({ conclusion: "EXEMPTED", damageVnd: 0n }));
    expect(contentDigest({ a: 1, b: 2 })).toBe(contentDigest({ b: 2, a: 1 }));
  });
});
