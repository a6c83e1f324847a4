import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";

// Project root = the folder of this file (jiti, which loads it, provides
// __dirname; fall back to the working directory, the CLI's default root).
const root = typeof __dirname === "string" ? __dirname : process.cwd();

// Prisma's CLI needs a native `schema-engine` binary that it downloads from
// binaries.prisma.sh; offline that download fails and so does every command.
// When no native engine is installed, point the CLI at our stand-in, which
// runs the official schema engine compiled to WebAssembly
// (@prisma/schema-engine-wasm) over @prisma/adapter-pg. Machines that did get
// the native engine keep using it, and an explicit PRISMA_SCHEMA_ENGINE_BINARY
// always wins.
function nativeSchemaEngineInstalled(): boolean {
  // The places the CLI itself searches (node_modules/@prisma/engines first).
  const dirs = [
    path.join(root, "node_modules", "@prisma", "engines"),
    path.join(root, "node_modules", "prisma"),
    path.join(root, "node_modules", "prisma", "runtime"),
    path.join(root, "node_modules"),
  ];
  return dirs.some((dir) => {
    let names: string[];
    try {
      names = fs.readdirSync(dir);
    } catch {
      return false;
    }
    return names.some(
      (name) =>
        /^schema-engine-[a-z0-9._-]+?(\.exe)?$/i.test(name) &&
        !/\.(gz|sha256|tmp|lock)$/i.test(name) &&
        fs.statSync(path.join(dir, name)).isFile(),
    );
  });
}

if (!nativeSchemaEngineInstalled()) {
  process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(root, "prisma", "engine", "schema-engine.cjs");
}

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: {
    // Default: the embedded PostgreSQL of `npm start` (scripts/lib/postgres.ts), so a developer can
    // run `npx prisma migrate dev` while the app runs; `npm run prisma -- …` starts it if needed.
    url: process.env.DATABASE_URL ?? `postgresql://postgres:postgres@127.0.0.1:${process.env.PG_PORT ?? 54329}/sangtao`,
  },
});
