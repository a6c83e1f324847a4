import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

const KHOAN_CHI = "Thí điểm khoán chi đến sản phẩm cuối cùng";

/** The pilot's page of a plan, through the proposal page ("Theo dõi thực hiện"). */
async function openPilot(page: Page, title: string) {
  await page.goto("/proposals");
  await page.locator("main a:visible", { hasText: title }).first().click();
  await page.getByRole("link", { name: "Theo dõi thực hiện" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(title) })).toBeVisible();
}

async function openPanel(page: Page, name: string) {
  const panel = page.locator("details", { has: page.locator("summary", { hasText: name }) }).first();
  if ((await panel.getAttribute("open")) === null) await panel.locator("summary").first().click();
  return panel;
}

test.describe.configure({ mode: "serial" });

test("a proposer files a monthly progress report with target values and sees the chart move", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/inbox");
  await expect(page.getByRole("heading", { level: 1, name: "Việc cần tôi xử lý" })).toBeVisible();
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(KHOAN_CHI) })).toBeVisible();
  await expectAccessible(page);

  const card = page.getByRole("article").filter({ hasText: "Tỷ lệ nhiệm vụ nộp sản phẩm đúng hạn" });
  const before = await card.getByTestId(/kpi-share-/).textContent();
  const points = await card.locator("circle").count();

  const panel = await openPanel(page, "Báo cáo tiến độ");
  await panel.getByLabel("Tình hình thực hiện trong kỳ").fill("Các tổ chức chủ trì nộp sản phẩm đúng hạn; đã công khai biên bản nghiệm thu trên Cổng thông tin.");
  await panel.getByLabel("Tỷ lệ nhiệm vụ nộp sản phẩm đúng hạn (%)").fill("97,5");
  await panel.getByLabel("Số chứng từ bình quân mỗi nhiệm vụ (chứng từ)").fill("160");
  await panel.getByRole("button", { name: "+ Thêm rủi ro" }).click();
  await panel.getByLabel("Mô tả rủi ro").fill("Một tổ chức chủ trì có nguy cơ chậm nghiệm thu");
  await panel.getByLabel("Mức độ").selectOption({ label: "Cao" });
  await panel.getByRole("button", { name: "Gửi báo cáo tiến độ" }).click();
  await expect(page.getByText("Đã gửi báo cáo tiến độ; kỳ báo cáo tiếp theo đã mở.")).toBeVisible();

  await expect(card.getByTestId(/kpi-latest-/)).toHaveText("97,5 %");
  await expect(card.locator("circle")).toHaveCount(points + 1);
  await expect(card.getByTestId(/kpi-share-/)).not.toHaveText(before ?? "");
  await expect(page.getByText("Rủi ro cao").first()).toBeVisible();
  await expectAccessible(page);
});

test("a bad CSV is refused row by row and nothing is imported", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/inbox");
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  const panel = await openPanel(page, "Nhập số liệu chỉ tiêu từ tệp");
  await panel.getByLabel("Tệp số liệu").setInputFiles({
    name: "so-lieu.csv",
    mimeType: "text/csv",
    buffer: Buffer.from("Ngày,Chỉ tiêu,Giá trị\n31/02/2026,1,90\n01/01/2026,Không có,abc\n", "utf8"),
  });
  await panel.getByRole("button", { name: "Kiểm tra tệp" }).click();
  await expect(panel.getByText("2/2 dòng có lỗi. Chưa dòng nào được lưu; vui lòng sửa tệp rồi kiểm tra lại.")).toBeVisible();
  await expect(panel.getByText("Dòng 2: Ngày không hợp lệ (dd/mm/yyyy).")).toBeVisible();
  await expect(panel.getByText(/Dòng 3: .*Không có chỉ tiêu này trong quyết định\. Giá trị không phải là số\./)).toBeVisible();
  await expect(panel.getByRole("button", { name: /^Nhập/ })).toHaveCount(0);
  await expectAccessible(page);
});

test("a monitor records an inspection with a flag; the head sees it in the inbox and answers it", async ({ page }) => {
  await signIn(page, "giamsat.quangninh");
  await expect(page.getByRole("heading", { level: 2, name: "Đề xuất đang theo dõi" })).toBeVisible();
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  const panel = await openPanel(page, "Ghi nhận kiểm tra, giám sát");
  await panel.getByLabel("Hình thức").selectOption({ label: "Kiểm tra thực tế" });
  await panel.getByLabel("Mức độ").selectOption({ label: "Cao" });
  await panel.getByLabel("Kết quả, phát hiện").fill("Một tổ chức chủ trì quyết toán khoán chi khi chưa có biên bản nghiệm thu sản phẩm.");
  await panel.getByLabel("Kiến nghị xử lý").fill("Đề nghị thu hồi khoản đã quyết toán, hậu kiểm toàn bộ hồ sơ của tổ chức này.");
  await panel.getByLabel("Cảnh báo").selectOption({ label: "Vi phạm" });
  await panel.getByRole("button", { name: "Lưu ghi nhận" }).click();
  await expect(page.getByText("Đã lưu ghi nhận kiểm tra, giám sát.")).toBeVisible();
  await expect(page.getByText("Vi phạm — chờ trả lời")).toBeVisible();
  await expect(page.getByText("Có nguy cơ").first()).toBeVisible();
  await signOut(page);

  await signIn(page, "giamdoc.skhcn");
  await page.goto("/inbox");
  const row = page.locator("tbody tr", { hasText: "Trả lời cảnh báo giám sát" }).filter({ hasText: KHOAN_CHI }).last();
  await row.getByRole("link").click();
  // The timeline entry (the health card also names the open flag's finding in its reasons).
  const entry = page.locator("li", { hasText: "quyết toán khoán chi khi chưa có biên bản" }).filter({ has: page.getByLabel("Trả lời của người đứng đầu") }).last();
  await entry.getByLabel("Trả lời của người đứng đầu").fill("Đã chỉ đạo thu hồi và hậu kiểm toàn bộ hồ sơ trong 10 ngày.");
  await entry.getByRole("button", { name: "Gửi trả lời" }).click();
  await expect(page.getByText("Đã trả lời cảnh báo.")).toBeVisible();
  // Answered: the entry now carries the head's answer and the "answered" badge instead of the form.
  const answered = page.locator("li", { hasText: "Đã chỉ đạo thu hồi và hậu kiểm toàn bộ hồ sơ trong 10 ngày." }).last();
  await expect(answered.getByText("Đã trả lời", { exact: true })).toBeVisible();
  await expectAccessible(page);
});

test("the head suspends the pilot (no report accepted) and lets it resume", async ({ page }) => {
  await signIn(page, "giamdoc.skhcn");
  await page.goto("/inbox");
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  let panel = await openPanel(page, "Chỉ đạo thực hiện");
  await panel.getByLabel("Tạm dừng", { exact: true }).check();
  await panel.getByLabel("Lý do, nội dung chỉ đạo").fill("Tạm dừng để hậu kiểm toàn bộ hồ sơ quyết toán khoán chi.");
  await panel.getByRole("button", { name: "Tạm dừng thực hiện" }).click();
  await expect(page.getByText("Đã tạm dừng thực hiện.")).toBeVisible();
  await expect(page.locator("main").getByText("Tạm dừng", { exact: true }).first()).toBeVisible();
  await signOut(page);

  // The proposer: no report while suspended; the directive waits for acknowledgement.
  await signIn(page, "canbo.skhcn");
  await page.goto("/inbox");
  await page.locator("tbody tr", { hasText: "Xác nhận chỉ đạo" }).first().getByRole("link").click();
  await expect(page.getByText(/Không nhận báo cáo tiến độ cho đến khi được cho tiếp tục/)).toBeVisible();
  // No report form (the timeline still lists the reports already filed).
  await expect(page.getByLabel("Tình hình thực hiện trong kỳ")).toHaveCount(0);
  await page.getByRole("button", { name: "Xác nhận đã nhận chỉ đạo" }).first().click();
  await expect(page.getByText("Đã xác nhận nhận chỉ đạo.")).toBeVisible();
  await signOut(page);

  await signIn(page, "giamdoc.skhcn");
  await page.goto("/inbox");
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  panel = await openPanel(page, "Chỉ đạo thực hiện");
  await panel.getByLabel("Cho tiếp tục sau tạm dừng").check();
  await panel.getByRole("button", { name: "Cho tiếp tục thực hiện" }).click();
  await expect(page.getByText("Đã cho tiếp tục thực hiện.")).toBeVisible();
  await expect(page.locator("main").getByText("Đang thực hiện", { exact: true }).first()).toBeVisible();
});

test("the proposer finishes and the result-report deadline appears (Art. 18)", async ({ page }) => {
  await signIn(page, "canbo.halong");
  await openPilot(page, "Thí điểm cấp giấy phép xây dựng nhà ở riêng lẻ trực tuyến");
  const panel = await openPanel(page, "Kết thúc thực hiện");
  await expect(panel.getByText(/trong 5 ngày làm việc \(Điều 18/)).toBeVisible();
  await panel.getByLabel("Tôi xác nhận việc thực hiện đã kết thúc.").check();
  await panel.getByRole("button", { name: "Ghi nhận kết thúc thực hiện" }).click();
  await expect(page.getByText("Đã ghi nhận kết thúc; thời hạn báo cáo kết quả đã bắt đầu.")).toBeVisible();
  const deadline = page.locator("dl div", { hasText: "Báo cáo kết quả (5 ngày làm việc, Điều 18)" });
  await expect(deadline.getByText("Còn 5 ngày làm việc")).toBeVisible();
  await page.goto("/inbox");
  await expect(page.locator("main").getByText("Báo cáo kết quả").first()).toBeVisible();
});

test("the pilot's page fits a phone and reads in English", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "giamsat.quangninh");
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: new RegExp(KHOAN_CHI) })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "en", url: page.url() }]);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Targets: plan and reality" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

test("foreign pilot ids answer 404", async ({ page }) => {
  await signIn(page, "giamsat.quangninh");
  await page.locator("main a:visible", { hasText: KHOAN_CHI }).first().click();
  await expect(page).toHaveURL(/\/pilots\/[^/]+$/);
  const url = page.url();
  await signOut(page);
  await signIn(page, "canbo.snnmt");
  expect((await page.goto(url))?.status()).toBe(404);
  expect((await page.goto("/pilots/khong-ton-tai"))?.status()).toBe(404);
});
