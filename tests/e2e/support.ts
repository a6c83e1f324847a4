import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "../../prisma/demo-logins";

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
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}
