import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./support";

async function next(page: Page) {
  await page.getByRole("button", { name: "Tiếp tục →" }).click();
}

async function waitSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu tự động" })).toBeVisible({ timeout: 15_000 });
}

test("a cadre fills the plan across its steps, reloads half-way, finds the draft, submits, and sees it in the list with its deadline", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals");
  await page.getByRole("button", { name: "+ Đề xuất mới" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+\/edit$/);
  await expect(page.getByRole("heading", { name: "Soạn kế hoạch đề xuất" })).toBeVisible();

  // Step 1: trying to continue with nothing filled shows Vietnamese errors at the fields.
  await next(page);
  await expect(page.getByText("Vui lòng nhập thông tin này.").first()).toBeVisible();
  await expectAccessible(page);

  const title = `Thí điểm tiếp nhận hồ sơ đất đai trực tuyến ${Date.now()}`;
  await page.getByLabel("Tên đề xuất").fill(title);
  await page.getByLabel("Lĩnh vực").selectOption("LAND");
  await page.getByLabel("Chưa được pháp luật quy định").check();
  await page.getByLabel("Điểm nghẽn, nút thắt về cơ chế, chính sách").fill("Chưa có quy định cho phép tiếp nhận hồ sơ đăng ký đất đai hoàn toàn trực tuyến ở cấp xã.");
  await next(page);
  await page.getByLabel("Sự cần thiết").fill("Người dân phải đi lại nhiều lần, hồ sơ giấy thất lạc, thời gian giải quyết kéo dài.");
  await page.getByLabel("Mục đích, yêu cầu").fill("Rút ngắn thời gian, giảm chi phí đi lại cho người dân.");
  await next(page);
  await page.getByLabel("Nội dung, nhiệm vụ, giải pháp").fill("Xây dựng quy trình tiếp nhận trực tuyến, ký số, trả kết quả điện tử; đào tạo cán bộ một cửa.");
  await waitSaved(page);

  // Reload half-way: every field comes back.
  await page.reload();
  await expect(page.getByLabel("Tên đề xuất")).toHaveValue(title);
  await page.getByRole("button", { name: /Nội dung, giải pháp/ }).click();
  await expect(page.getByLabel("Nội dung, nhiệm vụ, giải pháp")).toHaveValue(/Xây dựng quy trình tiếp nhận trực tuyến/);

  await page.getByLabel("Phạm vi thực hiện").fill("Ba xã thí điểm của tỉnh");
  await page.getByLabel("Người, bộ phận thực hiện").fill("Văn phòng đăng ký đất đai và UBND xã");
  await next(page);
  await page.getByLabel("Ngày bắt đầu").fill("2027-01-04");
  await page.getByLabel("Ngày kết thúc").fill("2027-06-30");
  await page.getByRole("button", { name: "+ Thêm mốc" }).click();
  await page.getByLabel("Nội dung mốc").fill("Vận hành thử tại xã đầu tiên");
  await page.getByLabel("Ngày", { exact: true }).fill("2027-02-15");
  await page.getByLabel("Kinh phí đề nghị (đồng)").fill("250000000");
  await page.getByLabel("Nhân lực (người)").fill("6");
  await next(page);
  await page.getByLabel("Tính khả thi").fill("Hạ tầng mạng và chữ ký số đã sẵn sàng ở các xã.");
  await page.getByLabel("Tác động tích cực").fill("Giảm một nửa thời gian giải quyết hồ sơ.");
  await page.getByLabel("Tác động tiêu cực, rủi ro có thể phát sinh").fill("Cán bộ cần thời gian làm quen.");
  await page.getByLabel("Hiệu quả dự kiến").fill("Người dân hài lòng, giảm hồ sơ giấy.");
  await next(page);
  // A half-filled KPI row survives a reload too.
  await page.getByRole("button", { name: "+ Thêm chỉ tiêu" }).click();
  await page.getByLabel("Chỉ tiêu", { exact: true }).fill("Thời gian giải quyết hồ sơ");
  await waitSaved(page);
  await page.reload();
  await page.getByRole("button", { name: /Chỉ tiêu, rủi ro/ }).click();
  await expect(page.getByLabel("Chỉ tiêu", { exact: true })).toHaveValue("Thời gian giải quyết hồ sơ");
  await page.getByLabel("Đơn vị tính").fill("ngày");
  await page.getByLabel("Hiện trạng").fill("15");
  await page.getByLabel("Mục tiêu", { exact: true }).fill("7");
  await page.getByLabel("Cách đo").fill("Thống kê trên phần mềm một cửa");
  await next(page);

  // Submitting without the declaration: the error says so, in Vietnamese.
  await page.getByRole("button", { name: "Gửi kế hoạch" }).click();
  await expect(page.getByText("Cần xác nhận cam kết trước khi gửi.")).toBeVisible();
  await page.getByLabel(/Tôi cam kết đề xuất này vì lợi ích chung/).check();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Gửi kế hoạch" }).click();

  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Đã gửi", { exact: true }).first()).toBeVisible();
  await expect(page.getByText(/Còn \d+ ngày làm việc/).first()).toBeVisible();

  await page.goto("/proposals");
  const row = page.locator("tbody tr", { hasText: title });
  await expect(row).toBeVisible();
  await expect(row.getByText(/Còn \d+ ngày làm việc/)).toBeVisible();
  await expect(row.getByText("Quyết định phê duyệt")).toBeVisible();
});

test("a returned plan is revised and resubmitted; the second revision shows the difference", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals?status=RETURNED");
  await page.locator("tbody a[href^='/proposals/']").first().click();
  await page.getByRole("link", { name: "Sửa kế hoạch" }).click();
  await expect(page.getByText("Kế hoạch được trả lại để hoàn thiện. Ý kiến của đơn vị:")).toBeVisible();
  await page.getByRole("button", { name: /Sự cần thiết/ }).click();
  const necessity = page.getByLabel("Sự cần thiết");
  await necessity.fill(`${await necessity.inputValue()} Bổ sung số liệu khảo sát năm 2026 theo ý kiến của đơn vị.`);
  await page.getByRole("button", { name: /Đồng tác giả, cam kết và gửi/ }).click();
  await page.getByLabel(/Tôi cam kết đề xuất này vì lợi ích chung/).check();
  await page.getByRole("button", { name: "Gửi lại kế hoạch đã hoàn thiện" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  await expect(page.getByText("Lần 2").first()).toBeVisible();
  await page.getByRole("link", { name: "So sánh các lần gửi" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Sự cần thiết" })).toBeVisible();
  await expect(page.locator("ins", { hasText: "Bổ sung số liệu khảo sát năm 2026" })).toBeVisible();
  await expectAccessible(page);
});
