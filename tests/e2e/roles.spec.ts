import { expect, expectAccessible, signIn, signOut, test } from "./support";
import { DEMO_LOGINS } from "../../prisma/demo-logins";

test("the sign-in page is in Vietnamese, accessible, and refuses a wrong password with a clear message", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "Đăng nhập" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/Tên đăng nhập/).fill("canbo.skhcn");
  await page.getByLabel(/^Mật khẩu/).fill("sai-mat-khau");
  await page.getByRole("button", { name: "Đăng nhập" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Tên đăng nhập hoặc mật khẩu không đúng." })).toBeVisible();
  // What was typed stays.
  await expect(page.getByLabel(/Tên đăng nhập/)).toHaveValue("canbo.skhcn");
});

/** What each demo role must find on its home page, from the demo data. */
const HOME_EXPECTATIONS: Record<string, RegExp> = {
  COMMISSION: /Tổng hợp toàn hệ thống/,
  HEAD: /Việc cần tôi xử lý/,
  DEPUTY: /Việc cần tôi xử lý/,
  PARTY_COMMITTEE: /Việc cần tôi xử lý/,
  PROPOSER: /Đề xuất gần đây của tôi/,
  MONITOR: /Đề xuất đang theo dõi/,
  ADMIN: /Quản trị hệ thống/,
};

for (const login of DEMO_LOGINS) {
  test(`${login.role} ${login.username} signs in and sees their own home with data`, async ({ page }) => {
    await signIn(page, login.username);
    const main = page.locator("main");
    await expect(main.getByRole("heading", { level: 2, name: HOME_EXPECTATIONS[login.role] })).toBeVisible();
    // Real data, not an empty shell: at least one proposal link or a non-zero figure.
    if (login.role === "ADMIN") {
      await expect(main.getByText(/^\d+$/).first()).toBeVisible();
    } else if (login.role === "COMMISSION") {
      // The overview shows the report's headline numbers (issue 12.13), this year's receipts first.
      const total = main.getByText("Đề xuất tiếp nhận", { exact: true }).first().locator("xpath=..");
      await expect(total).toHaveText(/Đề xuất tiếp nhận\s*[1-9]\d*/);
    } else {
      await expect(main.locator('a[href^="/proposals/"]:visible, a[href^="/pilots/"]:visible').first()).toBeVisible();
    }
    await expectAccessible(page);
    await signOut(page);
  });
}

test("a head sees overdue decisions flagged in the inbox, most urgent first", async ({ page }) => {
  await signIn(page, "giamdoc.skhcn");
  await page.getByRole("link", { name: /^Chờ xử lý/ }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Việc cần tôi xử lý" })).toBeVisible();
  const first = page.locator("tbody tr").first();
  await expect(first.getByText(/Quá hạn \d+ ngày làm việc/)).toBeVisible();
  await expectAccessible(page);
});

test("a proposer opening another unit's proposal gets a not-found page", async ({ page }) => {
  // Find a proposal of Ninh Bình through its own author's list…
  await signIn(page, "canbo.snnmt");
  await page.goto("/proposals");
  const href = await page.locator('tbody a[href^="/proposals/"]').first().getAttribute("href");
  expect(href).toBeTruthy();
  await signOut(page);
  // …and try to open it as a cadre of Quảng Ninh.
  await signIn(page, "canbo.skhcn");
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Không tìm thấy trang" })).toBeVisible();
  // An unknown id looks exactly the same.
  const unknown = await page.goto("/proposals/khong-ton-tai");
  expect(unknown?.status()).toBe(404);
});

test("the language switch turns the interface to English and back", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await expect(page.getByRole("link", { name: "Đề xuất của tôi" }).first()).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "My proposals" }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("link", { name: "Đề xuất của tôi" }).first()).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "vi");
});

test("a proposer's list searches without diacritics and opens the proposal page with its timeline", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals");
  await expect(page.getByRole("heading", { level: 1, name: "Đề xuất của tôi" })).toBeVisible();
  const firstTitle = (await page.locator("tbody tr td:nth-child(2) a").first().innerText()).trim();
  const folded = firstTitle.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").toLowerCase();
  await page.getByRole("searchbox").fill(folded.split(" ").slice(0, 3).join(" "));
  await page.getByRole("button", { name: "Lọc" }).click();
  await expect(page.locator("tbody tr td:nth-child(2) a", { hasText: firstTitle })).toBeVisible();
  await page.locator("tbody tr td:nth-child(2) a", { hasText: firstTitle }).first().click();
  await expect(page.getByRole("heading", { level: 2, name: "Diễn biến xử lý" })).toBeVisible();
  // Every event of the audit log is named in Vietnamese (none falls back to "other action").
  const timeline = page.locator("section", { has: page.getByRole("heading", { name: "Diễn biến xử lý" }) });
  await expect(timeline.getByText("Tạo đề xuất")).toBeVisible();
  await expect(timeline.getByText("Thao tác khác")).toHaveCount(0);
  await expectAccessible(page);
});

test("the administrator verifies the audit chain from the home page", async ({ page }) => {
  await signIn(page, "quantri");
  await page.getByRole("button", { name: "Kiểm tra tính toàn vẹn của nhật ký" }).click();
  await expect(page.getByRole("status").filter({ hasText: /Chuỗi nhật ký: Toàn vẹn \(\d+ sự kiện\)/ })).toBeVisible();
});
