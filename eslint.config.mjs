import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [".tmp-*/**", ".next/**", "node_modules/**", "src/generated/**", ".data/**", ".test-data/**", "test-results/**", "playwright-report/**", "prisma/engine/**", "next-env.d.ts"],
  },
  {
    // Every <button> says what it does: a button without a type submits its form (issue 12.1).
    files: ["src/**/*.tsx"],
    rules: { "react/button-has-type": "error" },
  },
  {
    // Layering (docs/architecture.md): domain is pure; components never reach the server.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: ["@/server/*", "@/app/*", "@/components/*", "@/generated/*", "react", "next/*"] }],
    },
  },
  {
    files: ["src/components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: ["@/server/*", "@/generated/*"] }] },
  },
];

export default config;
