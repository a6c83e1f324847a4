import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-logins";

/**
 * The `test` every journey uses: besides Playwright's own, it fails the journey when the browser
 * console shows a MISSING_MESSAGE (a message key with no text in vi.json or en.json, which the
 * user sees as a raw key) on any page the journey visits.
 */
export const test = base.extend<{ noMissingMessages: void }>({
  noMissingMessages: [
    async ({ context }, use) => {
      const missing: string[] = [];
      context.on("console", (message) => {
        if (message.text().includes("MISSING_MESSAGE")) missing.push(`${message.page()?.url() ?? "?"}: ${message.text().slice(0, 300)}`);
      });
      await use();
      expect(missing, "MISSING_MESSAGE in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel(/Tên đăng nhập|Username/).fill(username);
  await page.getByLabel(/^Mật khẩu|^Password/).fill(password);
  await page.getByRole("button", { name: /^(Đăng nhập|Sign in)$/ }).click();
  // argon2id is slow on purpose; on a loaded machine the first sign-in can take a while.
  await expect(page).toHaveURL(/\/$/, { timeout: 30_000 });
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: /Đăng xuất|Sign out/ }).click();
  await expect(page).toHaveURL(/\/login/);
}

/** No serious or critical WCAG 2.1 A/AA violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next streams metadata after the body on dynamic pages; check once the <title> has arrived.
  await expect(page).toHaveTitle(/\S/);
  // A form inside a form is invalid HTML: the browser drops the inner one and its buttons submit
  // the outer form (issue 12.2). No page may nest forms.
  expect(await page.locator("form form").count(), "nested <form> elements").toBe(0);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
