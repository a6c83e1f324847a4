/**
 * The production web server: Next's request handler behind a thin Node HTTP server that resolves
 * the client address (TRUSTED_PROXIES, src/server/http/client-ip.ts) and refuses malformed URLs
 * with a 400 before Next sees them (src/server/http/edge.ts). `npm start` and the browser tests
 * run it; running `next start` directly would let clients choose their own X-Forwarded-For.
 *
 *   PORT=3000 HOST=0.0.0.0 [TRUSTED_PROXIES=10.0.0.0/8] tsx scripts/serve.ts
 */
import http from "node:http";
import next from "next";
import { parseTrustedProxies } from "../src/server/http/client-ip";
import { checkUrl, EDGE_MESSAGES, normalizeForwarding } from "../src/server/http/edge";
import { NON_HTML_CSP, STATIC_SECURITY_HEADERS } from "../src/server/http/security-headers";

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? "0.0.0.0";
const trusted = parseTrustedProxies(process.env.TRUSTED_PROXIES);

async function main() {
  const app = next({ dev: false, dir: process.cwd(), hostname, port });
  await app.prepare();
  const handle = app.getRequestHandler();
  const server = http.createServer((req, res) => {
    const refusal = checkUrl(req.url ?? "/");
    if (refusal) {
      const m = EDGE_MESSAGES[refusal.code];
      res.statusCode = refusal.status;
      for (const h of STATIC_SECURITY_HEADERS) res.setHeader(h.key, h.value);
      res.setHeader("Content-Security-Policy", NON_HTML_CSP);
      res.setHeader("Content-Type", "text/plain; charset=utf-8");
      res.end(`${m.vi}\n${m.en}\n`);
      return;
    }
    normalizeForwarding(req, trusted);
    void handle(req, res);
  });
  server.listen(port, hostname, () => {
    console.log(`[serve] http://${hostname}:${port}${trusted.spec ? ` (trusted proxies: ${trusted.spec})` : ""}`);
  });
  const close = () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", close);
  process.on("SIGINT", close);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
