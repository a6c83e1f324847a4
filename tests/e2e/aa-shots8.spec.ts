import { expect, signIn, test } from "./support";

test("screenshots of the review page", async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto("/login");
  await signIn(page, "giamdoc.skhcn").catch(() => signIn(page, "giamdoc.skhcn"));
  for (const [title, name] of [
    ["Thí điểm cho phép viên chức khoa học góp vốn", "rev2"],
    ["Thí điểm sàn giao dịch công nghệ", "inreview"],
  ] as const) {
    await page.goto("/inbox");
    await page.locator("tbody a", { hasText: title }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Xem xét, quyết định" })).toBeVisible({ timeout: 30_000 });
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.screenshot({ path: `/tmp/shots8/${name}-desktop-vi.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `/tmp/shots8/${name}-phone-vi.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Review and decision" })).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: "/tmp/shots8/inreview-desktop-en.png", fullPage: true });
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Xem xét, quyết định" })).toBeVisible({ timeout: 30_000 });
});
