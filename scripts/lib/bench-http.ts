/**
 * HTTP side of `npm run bench`: a signed-in browser without the browser. Signs in through
 * next-auth's credentials flow (GET /api/auth/csrf, POST /api/auth/callback/credentials with
 * csrfToken, username, password, json=true), keeps the cookies, and times complete responses.
 */

export class HttpSession {
  private readonly cookies = new Map<string, string>();

  constructor(private readonly base: string) {}

  private remember(res: Response) {
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(";");
      const i = pair.indexOf("=");
      if (i > 0) this.cookies.set(pair.slice(0, i).trim(), pair.slice(i + 1).trim());
    }
  }

  private cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  static async signIn(base: string, username: string, password: string): Promise<HttpSession> {
    const s = new HttpSession(base.replace(/\/$/, ""));
    const csrfRes = await fetch(`${s.base}/api/auth/csrf`, { headers: { cookie: s.cookieHeader() } });
    s.remember(csrfRes);
    const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
    const res = await fetch(`${s.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie: s.cookieHeader() },
      body: new URLSearchParams({ csrfToken, username, password, json: "true", callbackUrl: `${s.base}/` }).toString(),
    });
    s.remember(res);
    await res.arrayBuffer();
    if (![...s.cookies.keys()].some((k) => k.includes("session-token"))) {
      throw new Error(`sign-in as ${username} failed (HTTP ${res.status}, no session cookie)`);
    }
    return s;
  }

  /** GET `path` and read the whole body; returns the elapsed milliseconds (throws unless 200). */
  async time(path: string): Promise<{ ms: number; bytes: number }> {
    const started = performance.now();
    const res = await fetch(`${this.base}${path}`, { headers: { cookie: this.cookieHeader() }, redirect: "manual" });
    const body = await res.arrayBuffer();
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`GET ${path} → HTTP ${res.status}`);
    return { ms, bytes: body.byteLength };
  }
}
