/**
 * Next.js Proxy (the successor of middleware in Next 16): runs before every page and route handler
 * and sets the per-request Content-Security-Policy. Next reads the policy from the request headers
 * and puts the nonce on its own inline scripts, so only scripts it rendered for this response run
 * (ASVS 5.0 V3.4.3). HSTS is sent when the request came over HTTPS (the web server sets
 * X-Forwarded-Proto from the socket or a trusted proxy). Static headers: next.config.ts.
 */
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS_VALUE } from "@/server/http/security-headers";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const https = request.headers.get("x-forwarded-proto") === "https" || request.nextUrl.protocol === "https:";
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });
  const headers = new Headers(request.headers);
  headers.set("x-nonce", nonce);
  headers.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("Content-Security-Policy", csp);
  if (https) response.headers.set("Strict-Transport-Security", HSTS_VALUE);
  return response;
}

export const config = {
  // Everything but Next's own immutable assets (they carry the static headers of next.config.ts).
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
