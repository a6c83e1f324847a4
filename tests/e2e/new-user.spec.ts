/**
 * What a new user hit in the landed screens (issue 12), one journey per defect, each through the
 * real UI with a real sign-in. Each test failed on the code before its fix.
 */
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn } from "./support";

/** A tiny but real PDF (the server sniffs the content, not the name). */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
);

async function newDraft(page: Page) {
  await page.goto("/proposals");
  await page.getByRole("button", { name: "+ Đề xuất mới" }).click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+\/edit$/);
}

async function waitSaved(page: Page) {
  await expect(page.getByRole("status").filter({ hasText: "Đã lưu tự động" })).toBeVisible({ timeout: 15_000 });
}

/** The number shown by a stat card (a link) labelled exactly `label`. */
async function statValue(page: Page, label: string): Promise<number> {
  const card = page.locator("main a").filter({ has: page.getByText(label, { exact: true }) }).first();
  return Number((await card.locator("p").nth(1).innerText()).replace(/\D/g, ""));
}

test("12.1 — 'Tiếp tục →' after going back from step 7 moves on; it never submits the plan nor shows errors", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await newDraft(page);
  await page.getByLabel("Tên đề xuất").fill("Kiểm tra nút Tiếp tục không gửi kế hoạch");
  await waitSaved(page);
  await page.getByRole("button", { name: /Đồng tác giả, cam kết và gửi/ }).click();
  await expect(page.getByRole("button", { name: "Gửi kế hoạch" })).toHaveAttribute("type", "submit");
  await page.getByRole("button", { name: /Chỉ tiêu, rủi ro/ }).click();
  // Step 6 complete, so "Tiếp tục →" may move on (the rest of the plan is still empty).
  await page.getByRole("button", { name: "+ Thêm chỉ tiêu" }).click();
  await page.getByLabel("Chỉ tiêu", { exact: true }).fill("Thời gian giải quyết hồ sơ");
  await page.getByLabel("Đơn vị tính").fill("ngày");
  await page.getByLabel("Hiện trạng").fill("15");
  await page.getByLabel("Mục tiêu", { exact: true }).fill("7");
  await page.getByLabel("Cách đo").fill("Thống kê trên phần mềm một cửa");
  await page.getByRole("button", { name: "Tiếp tục →" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Đồng tác giả, cam kết và gửi" })).toBeVisible();
  // Nothing was submitted: no error summary, no field errors, still a draft.
  await expect(page.getByText(/cần hoàn thiện trước khi gửi/)).toHaveCount(0);
  await expect(page.getByText("Cần xác nhận cam kết trước khi gửi.")).toHaveCount(0);
  await expect(page).toHaveURL(/\/edit$/);
  // Every button of the form says its type.
  expect(await page.locator("button:not([type])").count()).toBe(0);
});

test("12.2 — a PDF uploads from the plan form (step 7) and from the proposal page", async ({ page }) => {
  test.setTimeout(120_000);
  await signIn(page, "canbo.skhcn");
  await newDraft(page);
  const editUrl = page.url();
  await page.getByLabel("Tên đề xuất").fill("Kiểm tra tải tệp đính kèm từ biểu mẫu");
  await waitSaved(page);
  await page.getByRole("button", { name: /Đồng tác giả, cam kết và gửi/ }).click();
  await page.locator("input[type=file]").setInputFiles({ name: "khao-sat.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("link", { name: /khao-sat\.pdf/ })).toBeVisible();
  expect(page.url()).toBe(editUrl);
  await expectAccessible(page);

  // The proposal page: the same component, outside any form.
  await page.goto(editUrl.replace(/\/edit$/, ""));
  await page.locator("input[type=file]").setInputFiles({ name: "phu-luc.pdf", mimeType: "application/pdf", buffer: PDF });
  await page.getByRole("button", { name: "Tải lên" }).click();
  await expect(page.getByRole("link", { name: /phu-luc\.pdf/ })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("link", { name: /khao-sat\.pdf/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /phu-luc\.pdf/ })).toBeVisible();
});

test("12.3 — the budget accepts '1.500.000.000' and groups digits while typing", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await newDraft(page);
  await page.getByRole("button", { name: /Thời gian, nguồn lực/ }).click();
  const budget = page.getByLabel("Kinh phí đề nghị (đồng)");
  await budget.pressSequentially("1500000000");
  await expect(budget).toHaveValue("1.500.000.000");
  await budget.fill("");
  await budget.fill("2.500.000");
  await expect(budget).toHaveValue("2.500.000");
  await page.getByRole("button", { name: "Tiếp tục →" }).click();
  await expect(page.getByText(/Kinh phí là số đồng/)).toHaveCount(0);
  // The last change is saved (not an earlier save's status).
  await expect(page.getByRole("status").filter({ hasText: "Chưa lưu" })).toHaveCount(0, { timeout: 15_000 });
  await waitSaved(page);
  await page.reload();
  await page.getByRole("button", { name: /Thời gian, nguồn lực/ }).click();
  await expect(page.getByLabel("Kinh phí đề nghị (đồng)")).toHaveValue("2.500.000");
});

test("12.4 — a new draft has no number until it has content; an empty draft can be deleted", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await newDraft(page);
  await expect(page.getByText("Chưa đánh số")).toBeVisible();
  await page.getByRole("button", { name: "Xoá bản nháp trống" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Xoá bản nháp trống" }).click();
  await expect(page).toHaveURL(/\/proposals$/);
  await expect(page.getByText("Đã xoá bản nháp trống.")).toBeVisible();

  await newDraft(page);
  await page.getByLabel("Tên đề xuất").fill("Bản nháp có nội dung thì được đánh số");
  await waitSaved(page);
  await expect(page.getByRole("button", { name: "Xoá bản nháp trống" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(/DX-\d{4}-\d{6}/)).toBeVisible();
});

test("12.9 — on a review page the menu highlights 'Chờ xử lý', not 'Đề xuất của tôi'", async ({ page }) => {
  await signIn(page, "giamdoc.skhcn");
  await page.goto("/inbox");
  await page.locator("main table a[href$='/review']").first().click();
  await expect(page).toHaveURL(/\/review$/);
  const nav = page.getByRole("navigation", { name: "Điều hướng chính" }).last();
  await expect(nav.getByRole("link", { name: /Chờ xử lý/ })).toHaveAttribute("aria-current", "page");
  await expect(nav.getByRole("link", { name: /Đề xuất của tôi/ })).not.toHaveAttribute("aria-current", "page");
});

test("12.11 — notifications say the outcome and what to do next; opening one marks it read", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/notifications");
  await expect(page.getByText(/đã được phê duyệt cho (thí điểm|thực hiện)/).first()).toBeVisible();
  await expect(page.getByText(/^Việc cần làm: /).first()).toBeVisible();
  await expectAccessible(page);
  const subtitle = page.getByText(/\d+ thông báo mới/).first();
  const before = Number((await subtitle.innerText()).replace(/\D/g, ""));
  expect(before).toBeGreaterThan(0);
  const unread = page.locator("main li").filter({ has: page.locator(".sr-only", { hasText: "Chưa đọc:" }) }).first();
  await unread.getByRole("link").click();
  await expect(page).toHaveURL(/\/proposals\//);
  await page.goto("/notifications");
  await expect(page.getByText(new RegExp(`^${before - 1} thông báo mới$|^Không có thông báo mới$`))).toBeVisible();
});

test("12.12 — a returned proposal tells its proposer the next step", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals?status=RETURNED");
  const row = page.locator("tbody tr").first();
  await expect(row.getByText("Sửa theo ý kiến và gửi lại")).toBeVisible();
  await expect(row.getByRole("link", { name: "Mở kế hoạch để sửa" })).toBeVisible();
});

test("12.13 — the home page and the dashboard show the same numbers (one report definition)", async ({ page }) => {
  await signIn(page, "bantochuc");
  const labels = ["Đề xuất tiếp nhận", "Đề xuất được phê duyệt", "Đề xuất đang thực hiện (cuối kỳ)", "Đề xuất đã đánh giá kết quả", "Đề xuất có bước xử lý quá hạn"];
  const home: number[] = [];
  for (const l of labels) home.push(await statValue(page, l));
  await page.goto("/reports");
  const dashboard: number[] = [];
  for (const l of labels) dashboard.push(await statValue(page, l));
  expect(home).toEqual(dashboard);
  // The funnel follows a cohort and says why it can differ from the card.
  await expect(page.getByText(/có thể khác thẻ «Đề xuất đã đánh giá kết quả»/)).toBeVisible();
});

test("12.14 — the periodic table prefetches no drill-down list and fits 1366 px", async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signIn(page, "bantochuc");
  const prefetches: string[] = [];
  page.on("request", (r) => {
    if (r.url().includes("/reports/proposals") && (r.headers()["next-router-prefetch"] || r.url().includes("_rsc"))) prefetches.push(r.url());
  });
  await page.goto("/reports/periodic");
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo định kỳ theo đơn vị" })).toBeVisible();
  await page.mouse.wheel(0, 2000);
  await page.waitForTimeout(1500);
  expect(prefetches).toEqual([]);
  const lastHeader = page.locator("thead tr").first().locator("th").last();
  const box = await lastHeader.boundingBox();
  expect(box).not.toBeNull();
  expect(box!.x + box!.width).toBeLessThanOrEqual(1366);
});

test("12.15, 12.16 — every export is listed; XLSX carries the field and the audit checkpoint, verifiable in the app", async ({ page }) => {
  test.setTimeout(150_000);
  await signIn(page, "bantochuc");
  await page.goto("/reports/periodic?field=DIGITAL");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải Excel (XLSX)" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const summary = wb.getWorksheet("Tổng hợp")!;
  const texts = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1).getCell(1).text);
  expect(texts).toContain("Lĩnh vực: Chuyển đổi số");
  const checkpoint = texts.find((x) => x.startsWith("Điểm kiểm tra nhật ký"));
  expect(checkpoint).toBeDefined();
  expect(checkpoint).not.toContain("npm run");
  const hash = /mã ([0-9a-f]{64})/.exec(checkpoint!)![1];

  await page.goto("/reports/exports");
  await expect(page.getByText("Bạn chưa xuất báo cáo nào")).toHaveCount(0);
  await expect(page.locator("tbody tr").first()).toContainText("xlsx", { ignoreCase: true });

  await page.goto(`/verify?head=${hash}`);
  await expect(page.getByText(/Điểm kiểm tra có trong nhật ký: sự kiện số \d+/)).toBeVisible();
  await expect(page.getByText(/Chuỗi nhật ký toàn vẹn/)).toBeVisible();
  await expectAccessible(page);
  await page.goto(`/verify?head=${"0".repeat(64)}`);
  await expect(page.getByText(/Không tìm thấy mã này trong nhật ký/)).toBeVisible();
});

test("12.17 — a drill-down without unit= uses the officer's scope and shows the overdue step, days and who", async ({ page }) => {
  await signIn(page, "btc.quangninh");
  await page.goto("/reports/proposals?measure=OVERDUE");
  await expect(page.getByRole("heading", { level: 1, name: /Đề xuất có bước xử lý quá hạn: \d+ đề xuất/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Bước quá hạn" })).toBeVisible();
  await expect(page.locator("main table").getByText(/(quá hạn|trả lời muộn) \d+ ngày làm việc/).first()).toBeVisible();
});

test("12.18 — English shows '2 Dec 2026'-style dates, never month-first numbers", async ({ page }) => {
  await signIn(page, "canbo.skhcn");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "My proposals" }).first()).toBeVisible();
  await page.goto("/proposals");
  const updated = page.locator("tbody tr").first().locator("td").last();
  await expect(updated).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}/);
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.locator("tbody tr").first().locator("td").last()).toHaveText(/\d{2}\/\d{2}\/\d{4}/);
});

test("12.19, 12.20 — the phone menu says Close when open and shows the unread count when closed; /favicon.ico exists", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, "canbo.skhcn");
  const summary = page.locator("summary");
  await expect(summary).toContainText("Mở menu");
  await expect(summary).toContainText(/\d+ thông báo chưa đọc/);
  await summary.click();
  await expect(summary).toContainText("Đóng menu");
  await expect(summary.getByText("Mở menu")).toBeHidden();
  const icon = await page.request.get("/favicon.ico");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toMatch(/image/);
});
