import { spawnSync } from "node:child_process";
import path from "node:path";

const BIN = path.resolve(process.cwd(), "node_modules", ".bin", "prisma");

/** Runs the Prisma CLI (the offline schema engine is set up by prisma.config.ts). */
export function prisma(args: string[], databaseUrl: string, opts: { quiet?: boolean } = {}): void {
  const result = spawnSync(BIN, args, {
    stdio: opts.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    env: { ...process.env, DATABASE_URL: databaseUrl, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    if (opts.quiet) process.stderr.write(`${result.stdout ?? ""}${result.stderr ?? ""}`);
    throw new Error(`prisma ${args.join(" ")} failed (exit ${result.status})`);
  }
}

export function migrateDeploy(databaseUrl: string, opts: { quiet?: boolean } = {}): void {
  prisma(["migrate", "deploy"], databaseUrl, opts);
}
