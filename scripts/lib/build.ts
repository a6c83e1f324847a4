/**
 * Rebuild only when something that goes into the production build changed: a hash over the
 * sources' paths, sizes and modification times (cheap: no file is read).
 */
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

const INPUTS = ["src", "messages", "public", "prisma/schema.prisma", "package-lock.json", "next.config.ts", "postcss.config.mjs", "tsconfig.json"];
const STAMP = path.join(".next", ".build-inputs");

function walk(p: string, out: string[]) {
  let st: fs.Stats;
  try {
    st = fs.statSync(p);
  } catch {
    return;
  }
  if (st.isDirectory()) {
    for (const name of fs.readdirSync(p).sort()) walk(path.join(p, name), out);
  } else {
    out.push(`${p}:${st.size}:${st.mtimeMs}`);
  }
}

export function buildInputsHash(): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(input, lines);
  return crypto.createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function buildIsCurrent(): boolean {
  try {
    return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.readFileSync(STAMP, "utf8") === buildInputsHash();
  } catch {
    return false;
  }
}

export function buildIfNeeded(log: (m: string) => void = console.log): void {
  if (buildIsCurrent()) {
    log("Bản build hiện có vẫn mới — bỏ qua bước build (production build is up to date).");
    return;
  }
  log("Đang build ứng dụng (next build)…");
  const hash = buildInputsHash();
  const r = spawnSync(path.join("node_modules", ".bin", "next"), ["build"], {
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (r.status !== 0) throw new Error(`next build failed (exit ${r.status})`);
  fs.writeFileSync(STAMP, hash);
}
