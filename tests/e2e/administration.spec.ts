import { expect, test, type Page } from "@playwright/test";
import { addWorkingDays, toVietnamDate } from "../../src/domain/calendar";
import { VIETNAM_HOLIDAYS } from "../../src/domain/holidays-vn";
import { expectAccessible, signIn, signOut } from "./support";

const shown = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const calendar = () => ({
  holidays: new Set(VIETNAM_HOLIDAYS.filter((h) => h.kind === "HOLIDAY").map((h) => h.date)),
  makeUpWorkdays: new Set(VIETNAM_HOLIDAYS.filter((h) => h.kind === "MAKEUP_WORKDAY").map((h) => h.date)),
});

/** Picks the <option> of a select whose text contains `text` (unit options are indented labels). */
async function selectContaining(page: Page, label: string, text: string) {
  const select = page.getByRole("combobox", { name: label, exact: true });
  const value = await select.locator("option", { hasText: text }).first().getAttribute("value");
  await select.selectOption(value!);
}

test("an administrator imports a CSV of people, makes one of them head of a new unit", async ({ page }) => {
  const tag = Math.random().toString(36).slice(2, 7);
  await signIn(page, "quantri");
  await page.goto("/admin/import");
  await expect(page.getByRole("heading", { level: 1, name: "Nhập đơn vị và người dùng từ tệp" })).toBeVisible();
  await expectAccessible(page);

  // A file with a bad row: the preview names the row and the problem, and nothing is imported.
  const bad = `ten_dang_nhap,email,ho_ten,chuc_vu,ma_don_vi,vai_tro\nsai.${tag},khong-phai-email,Người Sai,,QN-SKHCN,PROPOSER\n`;
  await page.getByLabel("Tệp CSV hoặc XLSX").setInputFiles({ name: "sai.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText("Có 1 lỗi trong tệp. Chưa có gì được nhập")).toBeVisible();
  await expect(page.getByRole("row", { name: /2 Thư điện tử/ })).toContainText("Thư điện tử «khong-phai-email» không hợp lệ.");

  const csv = [
    "ten_dang_nhap,email,ho_ten,chuc_vu,ma_don_vi,vai_tro",
    `nhap.${tag}.mot,nhap.${tag}.mot@quangninh.gov.vn,Phạm Văn Nhập,Chuyên viên,QN-SKHCN,PROPOSER`,
    `nhap.${tag}.hai,nhap.${tag}.hai@quangninh.gov.vn,Lý Thị Tệp,Chuyên viên chính,QN-SKHCN,PROPOSER`,
  ].join("\n");
  await page.getByLabel("Tệp CSV hoặc XLSX").setInputFiles({ name: "nguoi-dung.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText("Mọi dòng đều hợp lệ.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Nhập 2 dòng" }).click();
  await expect(page.getByRole("heading", { name: "Kết quả nhập" })).toBeVisible();
  await expect(page.getByTestId("temporary-password")).toHaveText(/\S{10,}/);
  // The same file again changes nothing.
  await page.getByRole("button", { name: "Xem trước" }).click();
  await expect(page.getByText("Tệp không có gì mới so với dữ liệu hiện có.")).toBeVisible();

  // A new unit under the department: it has no head yet, and the page says so.
  await page.getByRole("navigation", { name: "Các trang quản trị" }).getByRole("link", { name: "Đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Đơn vị" })).toBeVisible();
  await expectAccessible(page);
  await selectContaining(page, "Đơn vị cấp trên", "(QN-SKHCN)");
  await page.getByRole("textbox", { name: "Tên đơn vị", exact: true }).fill(`Phòng Thử nghiệm ${tag}`);
  await page.getByRole("textbox", { name: "Mã đơn vị", exact: true }).fill(`QN-SKHCN-TN${tag}`.toUpperCase());
  await page.getByLabel("Cơ quan chủ quản (in trên văn bản)").fill("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
  await page.getByRole("button", { name: "Thêm đơn vị" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Phòng Thử nghiệm ${tag}` })).toBeVisible();
  await expect(page.getByText("Đơn vị chưa có người đứng đầu")).toBeVisible();
  const unitUrl = page.url();

  // One of the imported people becomes its head.
  await page.goto(`/admin/people?q=nhap.${tag}.hai`);
  await page.getByRole("link", { name: "Lý Thị Tệp" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lý Thị Tệp" })).toBeVisible();
  await expect(page.getByText("Chưa đổi mật khẩu tạm")).toBeVisible();
  await selectContaining(page, "Đơn vị", `(QN-SKHCN-TN${tag}`.toUpperCase());
  await page.getByRole("combobox", { name: "Vai trò", exact: true }).selectOption("HEAD");
  await page.getByRole("button", { name: "Giao vai trò" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`Phòng Thử nghiệm ${tag}`) })).toContainText("Người đứng đầu");
  await expectAccessible(page);

  await page.goto(unitUrl);
  await expect(page.getByRole("row", { name: /Lý Thị Tệp/ })).toContainText("Người đứng đầu");
  await expect(page.getByText("Đơn vị chưa có người đứng đầu")).toHaveCount(0);
});

test("a holiday added today leaves an open deadline's due date as it was and moves a new one", async ({ page }) => {
  const today = toVietnamDate(new Date());
  // The next working day: inside both the open deadline's window and a new one's.
  const holiday = addWorkingDays(today, 1, calendar());

  // The open deadline of a plan submitted days ago.
  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals");
  await page.getByRole("link", { name: "Cơ chế đặt hàng nghiên cứu khoa học theo kết quả đầu ra" }).click();
  const oldDue = (await page.getByText(/^Hạn: \d{2}\/\d{2}\/\d{4}$/).first().textContent())!.trim();
  await signOut(page);

  await signIn(page, "quantri");
  await page.goto(`/admin/calendar?year=${holiday.slice(0, 4)}`);
  await page.getByRole("textbox", { name: "Ngày", exact: true }).fill(holiday);
  await page.getByLabel("Tên tiếng Việt").fill("Ngày nghỉ đột xuất");
  await page.getByRole("button", { name: "Thêm vào lịch" }).click();
  await expect(page.getByRole("row", { name: new RegExp(shown(holiday)) })).toContainText("Ngày nghỉ đột xuất");
  await signOut(page);

  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals");
  await page.getByRole("link", { name: "Cơ chế đặt hàng nghiên cứu khoa học theo kết quả đầu ra" }).click();
  await expect(page.getByText(oldDue).first()).toBeVisible();

  // A plan submitted now: its deadline counts the new holiday.
  await page.goto("/proposals");
  await page.getByRole("link", { name: "Nền tảng số tiếp nhận, sàng lọc sáng kiến của người dân và doanh nghiệp tỉnh Quảng Ninh" }).click();
  await page.getByRole("link", { name: "Sửa kế hoạch" }).click();
  await page.getByRole("button", { name: /Đồng tác giả, cam kết và gửi/ }).click();
  await page.getByLabel(/Tôi cam kết đề xuất này vì lợi ích chung/).check();
  await page.getByRole("button", { name: "Gửi kế hoạch" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  const withHoliday = calendar();
  withHoliday.holidays.add(holiday);
  const expected = addWorkingDays(today, 7, withHoliday);
  expect(expected).not.toBe(addWorkingDays(today, 7, calendar()));
  await expect(page.getByText(`Hạn: ${shown(expected)}`).first()).toBeVisible();
});

test("each person's settings: a wrong current password is refused, the language switches, roles are read-only", async ({ page }) => {
  await signIn(page, "canbo2.cds");
  await page.getByRole("link", { name: "Cài đặt" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Cài đặt cá nhân" })).toBeVisible();
  await expect(page.getByRole("row", { name: /Phòng Chuyển đổi số/ })).toContainText("Cán bộ đề xuất");
  await expectAccessible(page);
  await page.getByLabel("Mật khẩu hiện tại").fill("sai-mat-khau");
  await page.getByLabel(/^Mật khẩu mới/).fill("ngan");
  await page.getByLabel("Nhập lại mật khẩu mới").fill("ngan");
  await page.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(page.getByText("Mật khẩu cần ít nhất 10 ký tự.")).toBeVisible();
  await page.getByLabel("Ngôn ngữ giao diện").selectOption("en");
  await page.getByRole("button", { name: "Lưu", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "My settings" })).toBeVisible();
  await page.getByLabel("Interface language").selectOption("vi");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cài đặt cá nhân" })).toBeVisible();
});
