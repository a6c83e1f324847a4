/**
 * Issue point 13: `npm start` must not hang when its web server dies by a signal — it stops
 * PostgreSQL cleanly and exits non-zero so a supervisor restarts it.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function startSupervised() {
  // Node itself (with tsx as a loader), so the signals reach the supervising process directly.
  const proc = spawn(process.execPath, ["--import", "tsx", "tests/security/fixtures/supervised.ts"], { stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((r) => proc.once("exit", (code) => r(code)));
  const ready = new Promise<{ child: number; dataDir: string }>((resolve, reject) => {
    let out = "";
    proc.stdout.on("data", (d) => {
      out += String(d);
      if (out.includes("\n")) resolve(JSON.parse(out.split("\n")[0]));
    });
    proc.once("exit", (code) => reject(new Error(`exited early (${code})`)));
  });
  return { proc, exited, ready };
}

const withTimeout = <T>(p: Promise<T>, ms: number) =>
  Promise.race([p, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still running after ${ms} ms`)), ms))]);

describe("13. the start script and its web server", () => {
  it("exits non-zero, with PostgreSQL stopped cleanly, when the web server is killed with SIGKILL", async () => {
    const s = startSupervised();
    const { child, dataDir } = await s.ready;
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(true);
    process.kill(child, "SIGKILL");
    expect(await withTimeout(s.exited, 90_000)).toBe(1);
    // A clean shutdown removed the lock file (an ephemeral cluster is deleted altogether).
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  }, 120_000);

  it("exits 0 on SIGTERM, stopping the web server and PostgreSQL", async () => {
    const s = startSupervised();
    const { child, dataDir } = await s.ready;
    s.proc.kill("SIGTERM");
    expect(await withTimeout(s.exited, 90_000)).toBe(0);
    expect(() => process.kill(child, 0)).toThrow();
    expect(fs.existsSync(path.join(dataDir, "postmaster.pid"))).toBe(false);
  }, 120_000);
});
