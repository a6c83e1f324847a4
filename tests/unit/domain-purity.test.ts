import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

import { describe, expect, it } from "vitest";

/** docs/architecture.md: src/domain is pure TypeScript, imports only from itself; time is passed in. */
const DOMAIN = join(__dirname, "../../src/domain");
const files = readdirSync(DOMAIN).filter((f) => f.endsWith(".ts"));
const source = (file: string) => readFileSync(join(DOMAIN, file), "utf8");
const code = (file: string) => source(file).replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

describe("src/domain stays pure", () => {
  it.each(files.map((f) => [f] as const))("%s imports only from inside src/domain, zod, or node:crypto (audit hash)", (file) => {
    const specifiers = [...source(file).matchAll(/(?:import|export)[^"']*?from\s+["']([^"']+)["']/g)].map((m) => m[1]);
    for (const s of specifiers) {
      const allowed = s?.startsWith("./") || s === "zod" || (s === "node:crypto" && file === "audit-hash.ts");
      expect(allowed, `${file} imports ${s}`).toBe(true);
    }
  });

  it.each(files.map((f) => [f] as const))("%s reads no clock, environment or console and uses no `any`", (file) => {
    const text = code(file);
    expect(text).not.toMatch(/Date\.now\(|new Date\(\)|performance\.now|Math\.random/);
    expect(text).not.toMatch(/process\.|console\./);
    expect(text).not.toMatch(/:\s*any\b|as any\b|<any>/);
  });
});
