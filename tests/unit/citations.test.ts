/**
 * Citations (LEGAL.md): every vote rule is in clause 1 of Art. 8 ("khoản 1 Điều 8"); the result and
 * evaluation deadlines are in Art. 18 (Art. 11 is the protection measures). This test reads every
 * user-facing message and every source file so a wrong citation cannot come back unseen.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(__dirname, "../..");
const WRONG_VOTE_CLAUSE = /khoản [23] Điều 8|Art\. ?8[.(][23]\b|Article 8\([23]\)/;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (name === "generated" || name === "node_modules") return [];
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx|json)$/.test(name) ? [full] : [];
  });
}

describe("article citations", () => {
  it("khoản 1 Điều 8: no message, source file or seed cites clause 2 or 3 of Art. 8 for the vote", () => {
    const offenders = [...files(path.join(ROOT, "src")), ...files(path.join(ROOT, "prisma")), ...files(path.join(ROOT, "messages"))]
      .flatMap((f) => readFileSync(f, "utf8").split("\n").map((line, i) => ({ f, line, i })))
      .filter(({ line }) => WRONG_VOTE_CLAUSE.test(line))
      .map(({ f, i, line }) => `${path.relative(ROOT, f)}:${i + 1}: ${line.trim().slice(0, 120)}`);
    expect(offenders).toEqual([]);
  });

  it("Art. 18: the result-report and evaluation deadlines are cited as Điều 18, not Điều 11", () => {
    for (const locale of ["vi", "en"]) {
      const m = JSON.parse(readFileSync(path.join(ROOT, "messages", `${locale}.json`), "utf8"));
      expect(m.admin.regulation.basis.art18).toMatch(/Điều 18|Art\. 18/);
      expect(JSON.stringify(m.admin.regulation.basis)).not.toMatch(/Điều 11|Art\. 11/);
    }
    const profile = readFileSync(path.join(ROOT, "src/domain/regulation.ts"), "utf8");
    expect(profile).toMatch(/resultReportWorkingDays: 5, \/\/ Art\. 18/);
    expect(profile).toMatch(/evaluationWorkingDays: 7, \/\/ Art\. 18/);
  });
});
