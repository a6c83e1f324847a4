/**
 * What the web server (scripts/serve.ts) checks before a request reaches Next: requests Next would
 * answer with a 500 (malformed %-encoding in the path, NUL characters PostgreSQL refuses) get a
 * 400 with a clear message, and the client address is resolved once (client-ip.ts) and handed on
 * as the only X-Forwarded-For value, so nothing downstream reads a header the client wrote.
 */
import type { IncomingMessage } from "node:http";
import { resolveClientAddress, type TrustedProxies } from "./client-ip";

export type EdgeRefusal = { status: 400; code: "MALFORMED_URL" | "NUL_CHARACTER" };

export const EDGE_MESSAGES: Record<EdgeRefusal["code"], { vi: string; en: string }> = {
  MALFORMED_URL: {
    vi: "Địa chỉ (URL) không hợp lệ: có ký tự mã hóa sai. Vui lòng kiểm tra lại đường dẫn.",
    en: "The address (URL) is malformed: it contains a badly encoded character. Please check the link.",
  },
  NUL_CHARACTER: {
    vi: "Địa chỉ (URL) chứa ký tự không được phép (NUL). Vui lòng kiểm tra lại đường dẫn.",
    en: "The address (URL) contains a character that is not allowed (NUL). Please check the link.",
  },
};

/** Refuses what would otherwise crash deeper down; null when the URL is fine. */
export function checkUrl(rawUrl: string): EdgeRefusal | null {
  const q = rawUrl.indexOf("?");
  const rawPath = q < 0 ? rawUrl : rawUrl.slice(0, q);
  const rawQuery = q < 0 ? "" : rawUrl.slice(q + 1);
  let path: string;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return { status: 400, code: "MALFORMED_URL" };
  }
  if (path.includes("\u0000")) return { status: 400, code: "NUL_CHARACTER" };
  let query: string;
  try {
    query = decodeURIComponent(rawQuery.replace(/\+/g, " "));
  } catch {
    // A malformed % in a query value: URLSearchParams keeps it as typed, which is harmless.
    query = rawQuery;
  }
  if (query.includes("\u0000") || /%00/i.test(rawQuery)) return { status: 400, code: "NUL_CHARACTER" };
  return null;
}

/** Rewrites the forwarding headers to what we know; returns the client address. */
export function normalizeForwarding(req: IncomingMessage, trusted: TrustedProxies): string {
  const peer = req.socket.remoteAddress;
  const client = resolveClientAddress(peer, req.headers["x-forwarded-for"], trusted);
  const fromProxy = trusted.check(peer ?? "");
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  const forwardedProto = String(req.headers["x-forwarded-proto"] ?? "").split(",")[0]?.trim().toLowerCase();
  req.headers["x-forwarded-for"] = client;
  req.headers["x-forwarded-proto"] = fromProxy && (forwardedProto === "https" || forwardedProto === "http") ? forwardedProto : encrypted ? "https" : "http";
  delete req.headers["x-real-ip"];
  delete req.headers["forwarded"];
  if (!fromProxy) {
    delete req.headers["x-forwarded-host"];
    delete req.headers["x-forwarded-port"];
  }
  return client;
}
