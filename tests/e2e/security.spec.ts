/**
 * The hardening seen from outside, against the built app behind scripts/serve.ts: security headers
 * on every kind of answer (issue point 5), pages that still run under the nonce CSP, framing
 * refused, no open redirect after sign-in (4), malformed URLs answered 400 (8), and a replayed
 * session cookie refused after sign-out (6).
 */
import { expect, test } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

const STATIC = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

test("every answer carries the security headers; pages get a fresh nonce CSP", async ({ request }) => {
  const login = await request.get("/login");
  const again = await request.get("/login");
  for (const res of [login, again]) {
    expect(res.status()).toBe(200);
    expect(res.headers()).toMatchObject(STATIC);
    expect(res.headers()["permissions-policy"]).toContain("camera=()");
    const csp = res.headers()["content-security-policy"];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    // Served over plain HTTP here: no HSTS (it is sent when the request came over HTTPS).
    expect(res.headers()["strict-transport-security"]).toBeUndefined();
  }
  const nonce = (h: string) => /'nonce-([^']+)'/.exec(h)?.[1];
  expect(nonce(login.headers()["content-security-policy"])).not.toBe(nonce(again.headers()["content-security-policy"]));
  // Next's own scripts carry the nonce.
  const html = await login.text();
  expect(html).toContain(`nonce="${nonce(login.headers()["content-security-policy"])}"`);

  const api = await request.get("/api/attachments/does-not-exist");
  expect(api.headers()).toMatchObject(STATIC);
  const missing = await request.get("/khong-ton-tai");
  expect(missing.status()).toBe(404);
  expect(missing.headers()).toMatchObject(STATIC);
  expect(missing.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
});

test("HSTS is sent when the request came over HTTPS through a trusted hop only", async ({ request }) => {
  // The test server trusts no proxy: a client's own X-Forwarded-Proto is ignored.
  const res = await request.get("/login", { headers: { "x-forwarded-proto": "https" } });
  expect(res.headers()["strict-transport-security"]).toBeUndefined();
});

test("pages run under the CSP (no violation) and cannot be framed", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
  });
  await signIn(page, "canbo.skhcn");
  // Client navigation works (hydrated React under the nonce policy).
  await page.getByRole("link", { name: /Đề xuất của tôi/ }).first().click();
  await expect(page).toHaveURL(/\/proposals/);
  expect(violations).toEqual([]);

  // A same-origin page that frames a signed-in page: the browser refuses to render it.
  await page.route("**/framing-probe", (route) => route.fulfill({ contentType: "text/html", body: '<iframe id="f" src="/proposals"></iframe>' }));
  await page.goto("/framing-probe");
  const frame = page.frameLocator("#f");
  await expect(frame.getByRole("heading")).toHaveCount(0);
});

test("no open redirect after sign-in", async ({ page, baseURL }) => {
  test.setTimeout(180_000); // four sign-ins
  const app = new URL(baseURL!);
  for (const target of ["/%5Cexample.com", "/%09/example.com", "//example.com", "/.//example.com"]) {
    await page.goto(`/login?callbackUrl=${target}`);
    await page.getByLabel(/Tên đăng nhập/).fill("canbo.skhcn");
    await page.getByLabel(/^Mật khẩu/).fill("SangTao@2026");
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.waitForURL((url) => url.host !== app.host || url.pathname !== "/login");
    const landed = new URL(page.url());
    expect(landed.host, target).toBe(app.host);
    expect(landed.pathname, target).toBe("/");
    await signOut(page);
  }
});

test("malformed URLs are answered 400 with a clear message, not 500", async ({ request }) => {
  for (const path of ["/proposals/%C3%28", "/proposals/abc%00", "/proposals?q=%00", "/api/proposals/%E0%A4%A/pdf"]) {
    const res = await request.get(path);
    expect(res.status(), path).toBe(400);
    expect(await res.text()).toMatch(/không hợp lệ|không được phép/);
    expect(res.headers()).toMatchObject(STATIC);
  }
});

test("a session cookie replayed after sign-out is refused", async ({ page, browser }) => {
  test.setTimeout(120_000);
  await signIn(page, "canbo.skhcn");
  const cookies = await page.context().cookies();
  await signOut(page);
  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const p = await replay.newPage();
  await p.goto("/proposals");
  await expect(p).toHaveURL(/\/login/);
  await replay.close();
});

test("an administrator unlocks an account locked by wrong passwords (audited), on an accessible page", async ({ page }) => {
  test.setTimeout(180_000); // eight sign-in attempts
  const login = async (password: string) => {
    await page.goto("/login");
    await page.getByLabel(/Tên đăng nhập/).fill("giamsat.quangninh");
    await page.getByLabel(/^Mật khẩu/).fill(password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
  };
  for (let i = 0; i < 5; i++) {
    await login(`sai-${i}`);
    await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  }
  await login("SangTao@2026");
  await expect(page.getByRole("alert").filter({ hasText: "Đăng nhập sai quá nhiều lần" })).toBeVisible();

  await signIn(page, "quantri");
  await page.goto("/admin/sign-in");
  await expect(page.getByRole("heading", { name: "Tài khoản bị khóa đăng nhập" })).toBeVisible();
  const row = page.getByRole("row").filter({ hasText: "giamsat.quangninh" });
  await expect(row).toContainText("5");
  await expectAccessible(page);
  await row.getByRole("button", { name: "Mở khóa" }).click();
  await expect(page.getByRole("row").filter({ hasText: "giamsat.quangninh" })).toHaveCount(0);
  await expect(page.getByText("Không có tài khoản nào bị khóa")).toBeVisible();
  await signOut(page);

  await signIn(page, "giamsat.quangninh");
  await page.goto("/invitations");
  await expect(page.getByText("Không có lời mời nào đang chờ bạn trả lời.")).toBeVisible();
  await expectAccessible(page);
});
