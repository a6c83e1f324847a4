import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname, "src") };

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // A real PostgreSQL started once; every test file gets its own database cloned from
          // a migrated template, so files never see each other's rows.
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
          env: { ARGON2_MEMORY_KIB: "1024", NODE_ENV: "test" },
        },
      },
      {
        resolve: { alias },
        test: {
          // tests/security: one test (or more) per point of the ASVS hardening, real PostgreSQL.
          name: "security",
          include: ["tests/security/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/integration/setup.ts"],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: {
            ARGON2_MEMORY_KIB: "1024",
            NODE_ENV: "test",
            LOGIN_MAX_FAILURES_PER_ACCOUNT: "5",
            LOGIN_MAX_FAILURES_PER_ADDRESS: "20",
            LOGIN_MAX_FAILURES_PER_ACCOUNT_GLOBAL: "12",
          },
        },
      },
    ],
  },
});
