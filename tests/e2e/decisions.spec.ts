import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signIn, signOut } from "./support";

/** Opens the review form of a proposal from the head's inbox, by (part of) its title. */
async function openFromInbox(page: Page, title: string) {
  await page.goto("/inbox");
  await page.locator("tbody a", { hasText: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "Xem xét, quyết định" })).toBeVisible();
}

async function answerAsPartyCommittee(page: Page, title: string) {
  await signOut(page);
  await signIn(page, "capuy.skhcn");
  await page.locator("main a", { hasText: title }).first().click();
  await page.getByLabel("Nhất trí", { exact: true }).check();
  await page.getByLabel("Nội dung ý kiến").fill("Ban Thường vụ Đảng ủy Sở nhất trí với kế hoạch, đề nghị bảo đảm công khai, minh bạch.");
  await page.getByRole("button", { name: "Gửi ý kiến của cấp ủy" }).click();
  await expect(page.getByText(/cho ý kiến ngày/)).toBeVisible();
  await signOut(page);
  await signIn(page, "giamdoc.skhcn");
}

async function recordVotes(page: Page, votes: [string, string][]) {
  for (const [name, choice] of votes) {
    await page.getByLabel(`Biểu quyết theo biên bản (nếu đã có): ${name}`).selectOption({ label: choice });
  }
  await page.getByRole("button", { name: "Ghi nhận phiên họp" }).click();
  await expect(page.getByRole("button", { name: "Kết thúc họp, kiểm phiếu" })).toBeVisible();
  await page.getByRole("button", { name: "Kết thúc họp, kiểm phiếu" }).click();
}

async function fillApproval(page: Page, number: string) {
  await page.getByLabel("Số quyết định").fill(number);
  await page.getByLabel("Người theo dõi, giám sát").selectOption({ index: 1 });
}

test("the head asks the Party committee, the committee answers, the meeting votes, the head approves a pilot and prints the decision", async ({ page }) => {
  const title = "Kho dữ liệu dùng chung";
  await signIn(page, "giamdoc.skhcn");
  await openFromInbox(page, title);
  await expectAccessible(page);

  // Approving before the Party committee answers is refused with the rule's reason.
  await page.getByRole("button", { name: "Đề nghị cấp ủy cho ý kiến" }).click();
  await expect(page.getByText(/Đã đề nghị ngày .* đang chờ cấp ủy trả lời/)).toBeVisible();
  await answerAsPartyCommittee(page, title);

  await openFromInbox(page, title);
  await recordVotes(page, [
    ["Phạm Thị Lan Anh", "Tán thành"],
    ["Bùi Xuân Trường", "Tán thành"],
    ["Ngô Thị Hồng Nhung", "Không tán thành"],
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Thông qua" })).toBeVisible();
  await expect(page.getByText("Kết quả: 2/3 thành viên tán thành")).toBeVisible();

  await page.getByLabel("Phê duyệt thí điểm").check();
  await fillApproval(page, "201/QĐ-SKHCN");
  await page.getByRole("button", { name: "Ký quyết định" }).click();
  await expect(page.getByText("Đã ban hành quyết định.")).toBeVisible();
  // Not a dead end: the signed decision, with where to go next.
  await expect(page.getByRole("heading", { level: 2, name: "Quyết định đã ký" })).toBeVisible();
  await expect(page.getByText("Số 201/QĐ-SKHCN")).toBeVisible();
  await expect(page.getByRole("link", { name: "In quyết định" })).toBeVisible();
  await page.getByRole("link", { name: "Theo dõi thực hiện" }).click();
  await expect(page.getByText("Chưa bắt đầu").first()).toBeVisible();
  await page.goBack();

  await page.getByRole("link", { name: /Kho dữ liệu dùng chung/ }).first().click();
  await expect(page.getByText("Đã phê duyệt", { exact: true }).first()).toBeVisible();
  await expect(page.getByText("Phê duyệt thí điểm")).toBeVisible();
  await page.getByRole("link", { name: "Bản in quyết định" }).click();
  await expect(page.getByText("QUYẾT ĐỊNH", { exact: true })).toBeVisible();
  await expect(page.getByText(/201\/QĐ-SKHCN/).first()).toBeVisible();
});

test("the head returns a plan for revision with comments; the proposer sees them in the form", async ({ page }) => {
  const title = "Cơ chế đặt hàng nghiên cứu khoa học";
  await signIn(page, "giamdoc.skhcn");
  await openFromInbox(page, title);
  await page.getByLabel("Trả lại để hoàn thiện").check();
  await page.getByRole("button", { name: "Trả lại kế hoạch" }).click();
  await expect(page.getByText("Vui lòng nhập thông tin này.")).toBeVisible();
  await page.getByLabel("Ý kiến để hoàn thiện kế hoạch").fill("Đề nghị bổ sung dự toán chi tiết và chỉ tiêu đánh giá đầu ra của từng nhiệm vụ.");
  await page.getByRole("button", { name: "Trả lại kế hoạch" }).click();
  await expect(page.getByText("Đã trả lại kế hoạch để hoàn thiện.")).toBeVisible();
  await signOut(page);

  await signIn(page, "canbo.skhcn");
  await page.goto("/proposals?status=RETURNED");
  await page.locator("tbody a", { hasText: title }).first().click();
  await page.getByRole("link", { name: "Sửa kế hoạch" }).click();
  await expect(page.getByText("Đề nghị bổ sung dự toán chi tiết")).toBeVisible();
});

test("after a failed vote the head approves alone, stating the reasons, and the decision says so", async ({ page }) => {
  const title = "Thí điểm cho phép viên chức khoa học góp vốn";
  await signIn(page, "giamdoc.skhcn");
  await openFromInbox(page, title);
  await page.getByRole("button", { name: "Đề nghị cấp ủy cho ý kiến" }).click();
  await expect(page.getByText(/đang chờ cấp ủy trả lời/)).toBeVisible();
  await answerAsPartyCommittee(page, title);
  await openFromInbox(page, title);
  await recordVotes(page, [
    ["Phạm Thị Lan Anh", "Tán thành"],
    ["Bùi Xuân Trường", "Không tán thành"],
    ["Ngô Thị Hồng Nhung", "Không tán thành"],
  ]);
  await expect(page.getByRole("status").filter({ hasText: "Không thông qua" })).toBeVisible();
  await expect(page.getByText("Người đứng đầu tự quyết định (Điều 8)")).toBeVisible();

  await page.getByLabel("Phê duyệt triển khai thực hiện").check();
  await fillApproval(page, "202/QĐ-SKHCN");
  await page.getByRole("button", { name: "Ký quyết định" }).click();
  // No reasons written: refused, with the rule explained, and nothing typed is lost.
  await expect(page.getByText(/phải ghi rõ lý do và chịu trách nhiệm cá nhân/).first()).toBeVisible();
  await expect(page.getByLabel("Số quyết định")).toHaveValue("202/QĐ-SKHCN");
  await page.getByLabel("Lý do người đứng đầu tự quyết định").fill("Cấp thiết để thu hút doanh nghiệp khởi nguồn; tôi chịu trách nhiệm cá nhân về quyết định này.");
  await page.getByRole("button", { name: "Ký quyết định" }).click();
  await expect(page.getByText("Đã ban hành quyết định.")).toBeVisible();
  await page.getByRole("link", { name: new RegExp(title) }).first().click();
  await expect(page.getByText("Người đứng đầu tự quyết định (Điều 8)")).toBeVisible();
});
