import { expect, expectAccessible, signIn, test } from "./support";
import { VIETNAM_HOLIDAYS } from "../../src/domain/holidays-vn";

/**
 * A weekday of June–November 2027 that the seeded calendar does not hold. Random, so a retry after
 * a failure halfway (the day left in the database) picks another day instead of a 409.
 */
function freeWeekday2027(): { iso: string; shown: string } {
  const taken = new Set(VIETNAM_HOLIDAYS.map((h) => h.date));
  for (;;) {
    const d = new Date(Date.UTC(2027, 5, 1) + Math.floor(Math.random() * 180) * 86_400_000);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !taken.has(iso)) {
      return { iso, shown: `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}` };
    }
  }
}

test("the administrator keeps the holiday calendar: sees Tết 2026, adds a 2027 holiday, sees it listed, deletes it", async ({ page }) => {
  await signIn(page, "quantri");
  await page.getByRole("link", { name: "Quản trị" }).first().click();
  // /admin is an overview (issue 12.21), not the calendar: counts and the administration tasks.
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { level: 1, name: "Quản trị hệ thống" })).toBeVisible();
  await expect(page.getByText("Sự kiện nhật ký")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Lịch ngày nghỉ" }).last().click();
  await expect(page).toHaveURL(/\/admin\/calendar/);

  await page.goto("/admin/calendar?year=2026");
  await expect(page.getByRole("heading", { level: 1, name: "Lịch ngày nghỉ và ngày làm việc bù" })).toBeVisible();
  await expect(page.getByText("Thay đổi lịch không làm dời các thời hạn đã mở")).toBeVisible();
  const tet = page.getByRole("row", { name: /Thứ Hai, 16\/02\/2026/ });
  await expect(tet).toContainText("Tết Nguyên đán");
  await expect(tet).toContainText("Ngày nghỉ");
  await expect(page.getByRole("row", { name: /Thứ Bảy, 10\/01\/2026/ })).toContainText("Ngày làm việc bù");
  // The month grid names the day for screen readers too.
  const february = page.getByRole("table", { name: /tháng 2 năm 2026/i });
  await expect(february.getByRole("cell", { name: /^17\s*: Ngày nghỉ lễ, tết, nghỉ bù — Tết Nguyên đán$/ })).toBeVisible();
  await expect(page.getByText("Số ngày làm việc năm 2026")).toBeVisible();
  await expectAccessible(page);

  // A taken date is refused with a message that says so (409), and what was typed stays.
  await page.getByRole("textbox", { name: "Ngày", exact: true }).fill("2027-01-01");
  await page.getByLabel("Tên tiếng Việt").fill("Ngày trùng");
  await page.getByRole("button", { name: "Thêm vào lịch" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ngày này đã có trong lịch" }).first()).toBeVisible();
  await expect(page.getByLabel("Tên tiếng Việt")).toHaveValue("Ngày trùng");

  // Added from the 2026 page, the 2027 day takes the administrator to 2027, where it is listed.
  const day = freeWeekday2027();
  await page.getByRole("textbox", { name: "Ngày", exact: true }).fill(day.iso);
  await page.getByLabel("Tên tiếng Việt").fill("Ngày nghỉ thử nghiệm");
  await page.getByLabel("Tên tiếng Anh").fill("Test day off");
  await page.getByRole("button", { name: "Thêm vào lịch" }).click();
  await expect(page).toHaveURL(/year=2027/);
  const row = page.getByRole("row", { name: new RegExp(day.shown) });
  await expect(row).toContainText("Ngày nghỉ thử nghiệm");
  await expect(row).toContainText("Test day off");
  await expectAccessible(page);

  await row.getByRole("button", { name: `Xóa ngày ${day.shown}` }).click();
  const dialog = page.getByRole("dialog", { name: `Xóa ngày ${day.shown} khỏi lịch?` });
  await expect(dialog).toBeVisible();
  await expectAccessible(page);
  await dialog.getByRole("button", { name: "Xóa khỏi lịch" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("row", { name: new RegExp(day.shown) })).toHaveCount(0);
  await expect(page.getByRole("row", { name: /Thứ Sáu, 01\/01\/2027/ })).toContainText("Tết Dương lịch");

  // A year with no calendar yet says what to do.
  await page.goto("/admin/calendar?year=2028");
  await expect(page.getByText("Chưa có lịch nghỉ của năm 2028 — thêm ngày nghỉ theo quyết định của Thủ tướng")).toBeVisible();
  await expectAccessible(page);
});

test("the regulation profile in force is shown with its legal basis, its edit form and its history", async ({ page }) => {
  await signIn(page, "quantri");
  await page.goto("/admin/regulation");
  await expect(page.getByRole("heading", { level: 1, name: "Bộ quy định áp dụng" })).toBeVisible();
  await expect(page.getByText("Bộ quy định có thể chặt hơn Nghị định nhưng không được nới lỏng")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Lịch sử phiên bản" })).toBeVisible();
  const decision = page.getByRole("row", { name: /Quyết định phê duyệt phương án/ });
  await expect(decision).toContainText("7 ngày làm việc");
  await expect(decision).toContainText("Khoản 1 Điều 8 Nghị định 73/2023/NĐ-CP");
  await expect(page.getByRole("row", { name: /Tỷ lệ tán thành/ })).toContainText("Trên 50");
  await expect(page.getByRole("row", { name: /Nhắc người có trách nhiệm/ })).toContainText("Mặc định của hệ thống");
  await expectAccessible(page);
});

test("someone who is not an administrator has no admin menu and the pages answer 404", async ({ page }) => {
  await signIn(page, "giamdoc.skhcn");
  await expect(page.getByRole("link", { name: "Quản trị" })).toHaveCount(0);
  // The not-found page (its HTTP status is 200: the signed-in layout streams behind loading.tsx).
  for (const path of ["/admin", "/admin/calendar?year=2026", "/admin/regulation", "/admin/units", "/admin/people", "/admin/import", "/admin/registers"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1, name: "Không tìm thấy trang" })).toBeVisible();
  }
});
