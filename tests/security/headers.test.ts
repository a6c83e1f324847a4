/**
 * Issue point 5 at the unit level (the HTTP answers of the built app: tests/e2e/security.spec.ts):
 * the proxy sets a fresh nonce CSP on every request, forwards it to Next, and adds HSTS only when
 * the request came over HTTPS (X-Forwarded-Proto as set by scripts/serve.ts).
 */
import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { STATIC_SECURITY_HEADERS } from "@/server/http/security-headers";
import { proxy } from "@/proxy";
import nextConfig from "../../next.config";

describe("5. security headers", () => {
  it("a fresh nonce CSP per request, forwarded to the page renderer; HSTS only over HTTPS", () => {
    const a = proxy(new NextRequest("http://127.0.0.1:3000/proposals", { headers: { "x-forwarded-proto": "http" } }));
    const b = proxy(new NextRequest("http://127.0.0.1:3000/proposals", { headers: { "x-forwarded-proto": "https" } }));
    const nonce = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];
    expect(nonce(a.headers.get("content-security-policy"))).toBeTruthy();
    expect(nonce(a.headers.get("content-security-policy"))).not.toBe(nonce(b.headers.get("content-security-policy")));
    expect(a.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    // Next reads the request-side policy to put the nonce on its scripts.
    expect(a.headers.get("x-middleware-request-content-security-policy")).toBe(a.headers.get("content-security-policy"));
    expect(a.headers.get("strict-transport-security")).toBeNull();
    expect(b.headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect(b.headers.get("content-security-policy")).toContain("upgrade-insecure-requests");
  });

  it("the static headers apply to every path", async () => {
    const rules = await nextConfig.headers!();
    const all = rules.find((r) => r.source === "/:path*");
    expect(all?.headers.map((h) => h.key).sort()).toEqual(STATIC_SECURITY_HEADERS.map((h) => h.key).sort());
    expect(Object.fromEntries(all!.headers.map((h) => [h.key, h.value]))).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });
});
