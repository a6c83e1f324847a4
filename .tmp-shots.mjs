import { chromium } from "@playwright/test";
const BASE = "http://127.0.0.1:3214";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
async function session(user, locale, width) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 }, locale: "vi-VN" });
  if (locale === "en") await ctx.addCookies([{ name: "NEXT_LOCALE", value: "en", url: BASE }]);
  const page = await ctx.newPage();
  if (user) {
    await page.goto(BASE + "/login");
    await page.fill("#username", user);
    await page.fill("#password", "SangTao@2026");
    await page.click("button[type=submit]");
    await page.waitForURL(BASE + "/");
  }
  return { ctx, page };
}
const shots = JSON.parse(process.argv[2]);
for (const s of shots) {
  const { ctx, page } = await session(s.user, s.locale, s.width);
  await page.goto(BASE + s.path);
  if (s.click) for (const c of s.click) { await page.getByText(c, { exact: true }).first().click(); await page.waitForTimeout(2500); await page.waitForLoadState("networkidle"); }
  await page.waitForTimeout(500);
  if (s.selector) await page.locator(s.selector).screenshot({ path: `/tmp/wt14-shots/${s.name}.png` }); else await page.screenshot({ path: `/tmp/wt14-shots/${s.name}.png`, fullPage: true });
  console.log(s.name, page.url());
  await ctx.close();
}
await browser.close();
