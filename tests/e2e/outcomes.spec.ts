import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

const RADIATION = "Thí điểm cấp giấy phép tiến hành công việc bức xạ y tế";
const ELDERLY = "Thí điểm tổ công nghệ số cộng đồng hỗ trợ người cao tuổi";

/** The proposer's own proposal page, by (part of) its title; returns its id. */
async function openOwn(page: Page, title: string): Promise<string> {
  await page.goto("/proposals");
  await page.locator("tbody a", { hasText: title }).first().click();
  await expect(page).toHaveURL(/\/proposals\/[^/]+$/);
  return page.url().split("/").pop()!;
}

async function as(page: Page, username: string) {
  await signOut(page);
  await signIn(page, username);
}

async function partyAndMeeting(page: Page, id: string, head: string, party: string, votes: [string, string][], request: boolean) {
  await as(page, head);
  await page.goto(`/proposals/${id}/evaluation`);
  if (request) {
    await page.getByRole("button", { name: "Đề nghị cấp ủy cho ý kiến về kết quả" }).click();
    await expect(page.getByText(/đang chờ cấp ủy trả lời/)).toBeVisible();
  }
  await as(page, party);
  await page.goto(`/proposals/${id}/evaluation`);
  await page.getByLabel("Nhất trí", { exact: true }).check();
  await page.getByLabel("Nội dung ý kiến").fill("Đảng ủy nhất trí với báo cáo kết quả và đề nghị đơn vị đánh giá khách quan.");
  await page.getByRole("button", { name: "Gửi ý kiến của cấp ủy" }).click();
  await expect(page.getByText(/cho ý kiến ngày/)).toBeVisible();
  await as(page, head);
  await page.goto(`/proposals/${id}/evaluation`);
  for (const [name, choice] of votes) await page.getByLabel(`Biểu quyết theo biên bản (nếu đã có): ${name}`).selectOption({ label: choice });
  await page.getByRole("button", { name: "Ghi nhận phiên họp" }).click();
  await page.getByRole("button", { name: "Kết thúc họp, kiểm phiếu" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Thông qua" })).toBeVisible();
}

async function conditionsMet(page: Page) {
  for (const [name, key] of [["Thực hiện đúng chủ trương", "followedPolicy"], ["Động cơ trong sáng", "pureMotive"], ["Vì lợi ích chung", "commonInterest"]] as const) {
    await page.getByRole("radiogroup", { name }).getByLabel("Đáp ứng", { exact: true }).check();
    await page.locator(`#finding-${key}`).fill(`${name}: đối chiếu quyết định phê duyệt, báo cáo định kỳ và kết quả kiểm tra.`);
  }
}

test("a pilot that failed in good faith is reported, evaluated as B with the three conditions met, and its dossier downloaded and verified", async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, "phogiamdoc.skhcn");
  const id = await openOwn(page, RADIATION);
  await page.getByRole("link", { name: "Báo cáo kết quả" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Báo cáo kết quả thực hiện" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Kết quả đạt được").fill("Đã tiếp nhận hồ sơ trực tuyến toàn trình; thời gian cấp phép giảm nhưng chưa đạt mục tiêu do hệ thống ký số gián đoạn.");
  const kpis = page.locator('input[id^="kpi-"]');
  await kpis.nth(0).fill("10,5");
  await kpis.nth(1).fill("62");
  await page.getByLabel("Nguyên nhân khách quan").fill("Hệ thống ký số của tỉnh gián đoạn hai tháng.");
  await page.getByLabel("Nguyên nhân chủ quan").fill("Chưa dự phòng phương án ký số thay thế.");
  await page.getByRole("button", { name: "Gửi báo cáo kết quả" }).click();
  await expect(page.getByText(/báo cáo ngày/)).toBeVisible();

  await partyAndMeeting(page, id, "giamdoc.skhcn", "capuy.skhcn", [["Phạm Thị Lan Anh", "Tán thành"], ["Ngô Thị Hồng Nhung", "Tán thành"]], true);
  // The deputy who wrote the plan does not vote on its results (Art. 8.1).
  await expect(page.getByText(/Không biểu quyết \(là người đề xuất\)/)).toBeVisible();

  await expectAccessible(page);
  await page.getByRole("radio", { name: /^B\./ }).check();
  await page.getByLabel("Nguyên nhân khách quan").fill("Hệ thống ký số của tỉnh gián đoạn hai tháng, ngoài khả năng của đơn vị.");
  await page.getByLabel("Nguyên nhân chủ quan").fill("Chưa dự phòng phương án ký số thay thế.");
  await conditionsMet(page);
  await page.getByText(/Chứng cứ trong hồ sơ/).first().click();
  await page.getByRole("checkbox", { name: /Quyết định phê duyệt/ }).first().check();
  await expect(page.getByText("Loại trừ trách nhiệm", { exact: true })).toBeVisible();
  await page.getByLabel("Số quyết định").fill("21/QĐ-SKHCN");
  await page.getByRole("button", { name: "Ký quyết định đánh giá" }).click();
  await expect(page.getByText(/Quyết định số 21\/QĐ-SKHCN/)).toBeVisible();

  // The printable decision, in the approval decision's official layout.
  await page.getByRole("link", { name: "Bản in quyết định đánh giá" }).click();
  await expect(page.getByText(/loại trừ trách nhiệm của/)).toBeVisible();
  await expect(page.getByText("QUYẾT ĐỊNH:")).toBeVisible();

  // The proposer downloads the dossier and verifies it.
  await page.goto("/");
  await as(page, "phogiamdoc.skhcn");
  await page.goto(`/proposals/${id}`);
  await expect(page.getByText("Loại trừ trách nhiệm").first()).toBeVisible();
  await page.getByRole("link", { name: "Hồ sơ bảo vệ cán bộ" }).first().click();
  await expect(page.getByRole("heading", { name: "Hồ sơ bảo vệ cán bộ" })).toBeVisible();
  for (const section of ["1. Kế hoạch được phê duyệt", "2. Quyết định, ý kiến cấp ủy và biểu quyết", "7. Báo cáo kết quả", "8. Đánh giá và kết luận"]) {
    await expect(page.getByRole("heading", { name: section })).toBeVisible();
  }
  await expectAccessible(page);
  const pdf = await page.request.get(`/api/proposals/${id}/dossier/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toContain("application/pdf");
  expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
  const payload = (await page.getByTestId("dossier-payload").textContent())!.trim();
  expect(payload).toMatch(/^HS1\|/);

  await page.getByRole("link", { name: "Kiểm tra hồ sơ" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: /^Kiểm tra hồ sơ bảo vệ cán bộ/ })).toBeVisible();
  await page.getByLabel("Mã kiểm tra hồ sơ").fill(payload);
  await page.getByRole("button", { name: "Kiểm tra", exact: true }).click();
  await expect(page.getByText("Mọi mục của hồ sơ khớp với hồ sơ gốc và nhật ký.")).toBeVisible();
  await expectAccessible(page);
});

test("an abuse finding on an A outcome gives no protection", async ({ page }) => {
  test.setTimeout(240_000);
  await signIn(page, "canbo.halong");
  const id = await openOwn(page, ELDERLY);
  // The result report is in; the Party committee was asked: it answers, then the collective votes.
  await partyAndMeeting(page, id, "chutich.halong", "capuy.halong", [["Nông Văn Dũng", "Tán thành"], ["Châu Thị Mỹ Hạnh", "Tán thành"], ["Giáp Văn Lực", "Tán thành"]], false);
  await page.getByRole("radio", { name: /^A\./ }).check();
  await page.getByLabel("Nguyên nhân khách quan").fill("Người cao tuổi hưởng ứng tích cực.");
  await page.getByLabel("Nguyên nhân chủ quan").fill("Báo cáo số liệu hỗ trợ không trung thực để che giấu việc sử dụng sai kinh phí.");
  await conditionsMet(page);
  await expect(page.getByText("Không bị xem xét trách nhiệm", { exact: true })).toBeVisible();
  await page.getByLabel("Có kết luận lợi dụng chủ trương").check();
  await page.getByLabel("Che giấu vi phạm").check();
  await page.getByLabel("Nội dung kết luận").fill("Kết luận kiểm tra: lập khống danh sách người được hỗ trợ để thanh toán kinh phí.");
  await expect(page.getByText("Không được bảo vệ — lợi dụng chủ trương", { exact: true })).toBeVisible();
  await page.getByLabel("Số quyết định").fill("05/QĐ-UBND");
  await page.getByRole("button", { name: "Ký quyết định đánh giá" }).click();
  await expect(page.getByText(/Quyết định số 05\/QĐ-UBND/)).toBeVisible();
  await page.goto(`/proposals/${id}`);
  await expect(page.getByText("Không được bảo vệ — lợi dụng chủ trương").first()).toBeVisible();
  await expect(page.getByText("Loại trừ trách nhiệm")).toHaveCount(0);
});
