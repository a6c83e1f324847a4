import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

// Several sign-ins per journey: allow for a busy machine.
test.describe.configure({ timeout: 180_000 });

const TITLE = "Ứng dụng trí tuệ nhân tạo hỗ trợ thẩm định hồ sơ đăng ký nhiệm vụ khoa học và công nghệ";

/** The proposer finds their completed pilot in "Đề xuất của tôi" and returns its page's address. */
async function completedPilotUrl(page: Page) {
  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals?q=tri+tue+nhan+tao");
  await page.locator("tbody a", { hasText: TITLE }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  const url = page.url();
  await signOut(page);
  return url;
}

test("a completed pilot is commended, published, found without diacritics by another unit, adopted, and its new draft opens pre-filled", async ({ page }) => {
  const url = await completedPilotUrl(page);

  // The head commends the proposer (Art. 10) on the proposal page.
  await signIn(page, "giamdoc.skhcn");
  await page.goto(url);
  await expect(page.getByRole("heading", { name: "Khen thưởng và nhân rộng" })).toBeVisible();
  await expect(page.getByText("Hoàn thành (loại A)")).toBeVisible();
  await page.getByText("Ghi nhận, khen thưởng mới").click();
  await page.getByLabel("Hình thức ghi nhận").selectOption("COMMENDATION");
  await page.getByLabel("Hình thức (Bằng khen, Giấy khen…)").fill("Giấy khen");
  await page.getByRole("combobox", { name: "Cấp", exact: true }).selectOption("UNIT");
  await page.getByLabel("Cơ quan quyết định / được đề nghị").fill("Giám đốc Sở Khoa học và Công nghệ");
  // A missing number is refused at the field; what was typed stays.
  await page.getByRole("button", { name: "Ghi nhận", exact: true }).click();
  await expect(page.getByText("Vui lòng nhập thông tin này.")).toBeVisible();
  await expect(page.getByLabel("Hình thức (Bằng khen, Giấy khen…)")).toHaveValue("Giấy khen");
  await page.getByLabel("Số văn bản").fill("35/QĐ-SKHCN");
  await page.getByRole("button", { name: "Ghi nhận", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Đã ghi nhận khen thưởng." })).toBeVisible();
  await expect(page.getByText("Khen thưởng — Giấy khen")).toBeVisible();
  await expect(page.getByText(/Cấp cơ sở · Giám đốc Sở Khoa học và Công nghệ · Số 35\/QĐ-SKHCN/)).toBeVisible();
  await expectAccessible(page);

  // …and publishes the model to the catalogue (KL 14 §2.5).
  await page.getByText("Công bố vào danh mục mô hình hiệu quả").click();
  await page.getByLabel("Tóm tắt mô hình").fill("Công cụ trí tuệ nhân tạo kiểm tra tính hợp lệ và trùng lặp hồ sơ nhiệm vụ khoa học; chuyên viên vẫn là người kết luận. Thời gian thẩm định sơ bộ giảm hơn một nửa.");
  const achieved = page.getByLabel("Đạt được");
  for (let i = 0; i < (await achieved.count()); i++) {
    if (!(await achieved.nth(i).inputValue())) await achieved.nth(i).fill(i === 0 ? "2.8" : "100");
  }
  await page.getByLabel("Người / bộ phận liên hệ").fill("Phòng Quản lý khoa học — Sở KH&CN Quảng Ninh");
  await page.getByLabel("Thư điện tử").fill("qlkh.skhcn@quangninh.gov.vn");
  await page.getByRole("button", { name: "Công bố mô hình" }).click();
  await expect(page.getByText(/Đã công bố vào danh mục ngày/)).toBeVisible();
  await signOut(page);

  // Another province's cadre searches without diacritics, opens the model and adopts it.
  await signIn(page, "canbo.skhcnnb");
  await page.getByRole("link", { name: "Mô hình hiệu quả" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Danh mục mô hình hiệu quả" })).toBeVisible();
  await page.getByLabel("Từ khóa").fill("tri tue nhan tao tham dinh");
  await page.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(page.locator("main li")).toHaveCount(1);
  await expectAccessible(page);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText("Chưa có đơn vị nào áp dụng.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Áp dụng mô hình" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+\/edit$/);
  await expect(page.getByLabel("Tên đề xuất")).toHaveValue(TITLE);
  await expect(page.getByLabel("Lĩnh vực")).toHaveValue("DIGITAL");
  await expect(page.getByLabel("Điểm nghẽn, nút thắt về cơ chế, chính sách")).toHaveValue(/trí tuệ nhân tạo/);
  await signOut(page);

  // The original shows where it was replicated (the new draft stays private to its author).
  await signIn(page, "giamdoc.skhcn");
  await page.goto(url);
  await expect(page.getByText(/Sở Khoa học và Công nghệ tỉnh Ninh Bình · áp dụng ngày/)).toBeVisible();
  await expect(page.getByText("đề xuất đang soạn thảo")).toBeVisible();
});

test("the public catalogue lists published models without sign-in and shows no author", async ({ page }) => {
  await page.goto("/models?q=so+hoa+ho+so+dat+dai");
  await expect(page.getByRole("heading", { level: 1, name: "Mô hình đổi mới, sáng tạo hiệu quả" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Số hóa hồ sơ đất đai cấp xã và cấp bản sao trích lục trực tuyến" })).toBeVisible();
  await page.getByText("Xem chi tiết").first().click();
  await expect(page.getByText("motcua.halong@quangninh.gov.vn")).toBeVisible();
  // The author of the Hạ Long model (Khổng Văn Thắng) never appears on the public page.
  await expect(page.getByText("Khổng Văn Thắng")).toHaveCount(0);
  await expectAccessible(page);
});

test("a cadre reads their own record; their head opens it from the proposal; another unit's head gets a 404", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.getByRole("link", { name: "Hồ sơ của tôi" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Nguyễn Văn An" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Ghi nhận, khen thưởng" })).toContainText("Biểu dương trước tập thể");
  await expectAccessible(page);
  await signOut(page);

  const url = await completedPilotUrl(page);
  await signIn(page, "giamdoc.skhcn");
  await page.goto(url);
  await page.getByRole("link", { name: "Nguyễn Văn An" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nguyễn Văn An" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Các đề xuất" })).toContainText(TITLE);
  const record = page.url();
  expect(record).toMatch(/\/people\/[^/]+$/);
  await signOut(page);

  await signIn(page, "giamdoc.stc");
  const res = await page.goto(record);
  expect(res?.status()).toBe(404);
});
