import ExcelJS from "exceljs";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, signIn, test } from "./support";

/** The Vietnamese year of "now" (the demo data is dated relative to now). */
const YEAR = Number(new Intl.DateTimeFormat("en", { timeZone: "Asia/Ho_Chi_Minh", year: "numeric" }).format(new Date()));

/** The number shown by a stat card of the dashboard. */
async function statValue(page: Page, label: string): Promise<number> {
  const card = page.locator("main a").filter({ has: page.getByText(label, { exact: true }) }).first();
  return Number((await card.locator("p").nth(1).innerText()).replace(/\D/g, ""));
}

test("a Commission user changes the period, sees the charts follow, drills into a number and downloads the XLSX", async ({ page }) => {
  await signIn(page, "bantochuc");
  await page.getByRole("link", { name: "Báo cáo" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo tổng hợp" })).toBeVisible();
  await expect(page.getByText(`Từ 01/01/${YEAR} đến 31/12/${YEAR}`)).toBeVisible();
  const yearReceived = await statValue(page, "Đề xuất tiếp nhận");
  expect(yearReceived).toBeGreaterThan(0);
  await expectAccessible(page);

  // Six months instead of the year: the figures and every chart's links follow the new period.
  await page.getByLabel("Kỳ báo cáo").selectOption(`h1-${YEAR}`);
  await page.getByRole("button", { name: "Xem báo cáo" }).click();
  await expect(page).toHaveURL(new RegExp(`preset=h1-${YEAR}`));
  await expect(page.getByText(`Từ 01/01/${YEAR} đến 30/06/${YEAR}`)).toBeVisible();
  const funnel = page.getByRole("figure").filter({ hasText: "Tiến trình của đề xuất tiếp nhận trong kỳ" }).first();
  await funnel.getByText("Xem bảng số liệu").click();
  const firstStage = funnel.getByRole("table").getByRole("link").first();
  await expect(firstStage).toHaveAttribute("href", new RegExp(`from=${YEAR}-01-01&to=${YEAR}-06-30`));
  const halfReceived = await statValue(page, "Đề xuất tiếp nhận");
  expect(halfReceived).toBeLessThanOrEqual(yearReceived);
  await expect(firstStage).toHaveText(String(halfReceived));
  await expectAccessible(page);

  // A custom range shows its date inputs.
  await page.getByLabel("Kỳ báo cáo").selectOption("custom");
  await expect(page.getByLabel("Từ ngày")).toBeVisible();

  // The periodic table: the grand total's "received" links to exactly that many proposals.
  await page.getByRole("link", { name: "Báo cáo định kỳ" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo định kỳ theo đơn vị" })).toBeVisible();
  const totalRow = page.locator("tbody tr").filter({ has: page.getByRole("rowheader", { name: "Tổng cộng" }) });
  await expect(totalRow).toHaveCount(1);
  const received = totalRow.getByRole("link", { name: /^Đề xuất tiếp nhận — Tổng cộng: \d+, xem danh sách$/ });
  const count = Number(await received.innerText());
  expect(count).toBe(halfReceived);
  await expectAccessible(page);
  await received.click();
  await expect(page).toHaveURL(/\/reports\/proposals\?measure=RECEIVED/);
  await expect(page.getByRole("heading", { level: 1, name: `Đề xuất tiếp nhận: ${count} đề xuất` })).toBeVisible();
  await expect(page.locator("main table tbody tr")).toHaveCount(Math.min(count, 50));
  await expectAccessible(page);

  // Back to the table, then the Excel file.
  await page.getByRole("link", { name: /Quay lại báo cáo/ }).click();
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Tải Excel (XLSX)" }).click()]);
  expect(download.suggestedFilename()).toMatch(/^bao-cao-sang-tao_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const summary = wb.getWorksheet("Tổng hợp")!;
  expect(summary.getRow(6).getCell(2).text).toBe("Đơn vị");
  const last = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1)).find((r) => r.getCell(2).text === "Tổng cộng");
  expect(Number(last?.getCell(3).value)).toBe(count);
});

test("a province's Commission reports on its own province only; another province's unit is not found", async ({ page }) => {
  await signIn(page, "btc.quangninh");
  await page.goto("/reports/periodic");
  await expect(page.getByText(/Tỉnh Quảng Ninh và các đơn vị trực thuộc/)).toBeVisible();
  const options = await page.getByLabel("Đơn vị", { exact: true }).locator("option").allTextContents();
  expect(options.some((o) => o.includes("Ninh Bình"))).toBe(false);
  expect(options.some((o) => o.includes("Sở Khoa học và Công nghệ tỉnh Quảng Ninh"))).toBe(true);
  await expect(page.getByRole("rowheader", { name: /Ninh Bình/ })).toHaveCount(0);
  await expectAccessible(page);

  // The national Commission's unit list holds Ninh Bình's units; their ids are foreign here.
  const ninhBinh = await page.context().browser()!.newContext({ baseURL: page.url().replace(/\/reports.*$/, "") });
  const other = await ninhBinh.newPage();
  await signIn(other, "bantochuc");
  await other.goto("/reports/periodic");
  const foreignId = await other.getByLabel("Đơn vị", { exact: true }).locator("option", { hasText: "Tỉnh Ninh Bình" }).getAttribute("value");
  await ninhBinh.close();
  expect(foreignId).toBeTruthy();
  expect((await page.goto(`/reports?unit=${foreignId}`))?.status()).toBe(404);
  expect((await page.goto(`/reports/proposals?measure=RECEIVED&unit=${foreignId}`))?.status()).toBe(404);
  const api = await page.request.post("/api/reports/export", { form: { format: "csv", unit: foreignId! } });
  expect(api.status()).toBe(404);
});
