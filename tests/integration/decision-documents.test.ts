import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  buildDecisionDocumentModel,
  decisionFileName,
  signerPosition,
  unitNameUnderSuperior,
  type DecisionDocumentModel,
  type DecisionDocumentSource,
} from "@/components/documents/decision-document-model";
import { officialDayMonth } from "@/components/documents/official-document-model";
import { toVietnamDate } from "@/domain/calendar";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { GET } from "@/app/api/decisions/[id]/pdf/route";
import { currentActor } from "@/server/auth";
import { db } from "@/server/db";
import { loadDecisionDocument } from "@/server/documents/decision-document";
import { decisionPdfDefinition, renderDecisionPdf } from "@/server/documents/decision-pdf";
import { documentLanguage } from "@/server/documents/language";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal } from "@/server/proposals/submit";
import { approveProposal } from "@/server/reviews/decide";
import { answerPartyOpinion, closeMeeting, recordMeeting, requestPartyOpinion } from "@/server/reviews/steps";
import { profileForUnit } from "@/server/rules";
import { seedProposal, seedUnit, seedUser } from "../support/factories";
import { actorOf, smallOrg } from "./helpers";

// The route reads the session through currentActor(); the test decides who is signed in.
vi.mock("@/server/auth", () => ({ currentActor: vi.fn() }));

/** Every string the model shows, in reading order. */
function textOf(m: DecisionDocumentModel): string {
  const parts: string[] = [m.header.superiorUnit ?? "", m.header.unit, m.header.number, m.header.nation, m.header.motto, m.header.placeDate];
  parts.push(m.title, m.subject, m.issuer, ...m.preamble, m.decides);
  for (const a of m.articles) {
    parts.push(`${a.number} ${a.lead}`);
    for (const b of a.blocks) {
      if (b.kind === "paragraphs") parts.push(...b.paragraphs);
      if (b.kind === "list") parts.push(...b.items);
      if (b.kind === "note") parts.push(b.text);
      if (b.kind === "table") parts.push(...b.table.columns.map((c) => c.label), ...b.table.rows.flat());
    }
  }
  parts.push(m.recipients.heading, ...m.recipients.lines, m.signature.role, m.signature.hint ?? "", m.signature.name);
  return parts.join("\n");
}

const TITLE = "Thí điểm một cửa liên thông trực tuyến cho hồ sơ đề tài khoa học";

/** A pilot approved by the collective's vote, as the approval form records it. */
function source(over: Partial<DecisionDocumentSource> = {}): DecisionDocumentSource {
  return {
    kind: "PILOT",
    basis: "VOTE",
    number: "125/QĐ-SKHCN",
    signedOn: "2026-03-09",
    year: 2026,
    place: "Quảng Ninh",
    issuingUnitName: "Sở Khoa học và Công nghệ tỉnh Quảng Ninh",
    superiorUnitName: "Tỉnh Quảng Ninh",
    proposal: { code: "DX-2026-000123" },
    revision: { number: 2, title: TITLE, submittedOn: "2026-02-05", submitter: { fullName: "Nguyễn Văn An", title: "Chuyên viên chính" } },
    proposer: { fullName: "Nguyễn Văn An", title: "Chuyên viên chính" },
    proposerUnitName: null,
    coAuthorNames: ["Trịnh Thu Trang"],
    signer: { fullName: "Phạm Thị Lan Anh", title: "Giám đốc Sở" },
    profile: { name: DECREE_73_PROFILE.name, isDecree73: true, resultReportWorkingDays: 5, progressReportEveryDays: 30 },
    partyOpinion: { answeredOn: "2026-03-02", stance: "AGREE", by: { fullName: "Đinh Văn Sơn", title: "Bí thư Đảng ủy Sở" } },
    vote: { heldOn: "2026-03-06", eligible: 3, for: 2, passed: true, tie: false, percent: "50", strictlyGreater: true },
    rationale: null,
    conditionsOverride: null,
    scope: "Thí điểm tại ba xã của tỉnh.\nÁp dụng cho hồ sơ đề tài cấp tỉnh.",
    participatingUnits: "Sở Nội vụ, Sở Tài chính",
    startDate: "2026-04-01",
    endDate: "2026-12-31",
    budgetVnd: 350_000_000n,
    people: 6,
    equipment: "Máy chủ ảo, 02 máy quét",
    targets: [
      { name: "Thời gian xử lý hồ sơ", unit: "ngày", baseline: "15", target: "7", method: "Phần mềm một cửa" },
      { name: "Tỷ lệ hồ sơ trực tuyến", unit: "%", baseline: "40.5", target: "90", method: null },
    ],
    monitor: { fullName: "Lương Thị Mai", title: "Thanh tra viên chính" },
    monitorOutsideUnit: false,
    reportEveryDays: 30,
    reasons: null,
    ...over,
  };
}

const vi_ = documentLanguage("vi");

describe("the decision document model (khoản 1 Điều 8 NĐ 73/2023 in the layout of Nghị định 30/2020)", () => {
  it("a pilot approved by vote: header, number, title, issuer, grounds, three articles, sign-off", () => {
    const m = buildDecisionDocumentModel(source(), vi_);
    expect(m.header).toEqual({
      superiorUnit: "TỈNH QUẢNG NINH",
      unit: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      number: "Số: 125/QĐ-SKHCN",
      placeDate: "Quảng Ninh, ngày 09 tháng 3 năm 2026",
    });
    expect(m.title).toBe("QUYẾT ĐỊNH");
    expect(m.subject).toBe(`Về việc phê duyệt thí điểm đề xuất “${TITLE}”`);
    expect(m.issuer).toBe("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(m.preamble).toEqual([
      "Căn cứ Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích và bảo vệ cán bộ năng động, sáng tạo vì lợi ích chung;",
      "Căn cứ Nghị định số 73/2023/NĐ-CP ngày 29/9/2023 của Chính phủ quy định về khuyến khích và bảo vệ cán bộ năng động, sáng tạo, dám nghĩ, dám làm, dám đột phá, dám chịu trách nhiệm vì lợi ích chung;",
      "Căn cứ Kế hoạch đề xuất đổi mới, sáng tạo số DX-2026-000123, lần trình 2, ngày 05/02/2026 của Nguyễn Văn An, Chuyên viên chính;",
      "Căn cứ ý kiến của cấp ủy cùng cấp (Đinh Văn Sơn, Bí thư Đảng ủy Sở) ngày 02/03/2026 về kế hoạch lần trình 2: nhất trí;",
      "Căn cứ kết quả biểu quyết của tập thể lãnh đạo ngày 06/03/2026 về kế hoạch lần trình 2: 2/3 thành viên tán thành (cơ sở tính là 3 thành viên có quyền biểu quyết, thông qua khi có trên 50% tán thành, phiếu không biểu quyết và vắng mặt không tính là tán thành, theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP);",
      "Theo đề nghị của Nguyễn Văn An, Chuyên viên chính.",
    ]);
    expect(m.decides).toBe("QUYẾT ĐỊNH:");
    expect(m.articles.map((a) => a.number)).toEqual(["Điều 1.", "Điều 2.", "Điều 3."]);
    expect(m.articles[0].lead).toBe(
      `Phê duyệt thí điểm đề xuất đổi mới, sáng tạo “${TITLE}” (mã DX-2026-000123, Kế hoạch lần trình 2) của Nguyễn Văn An, Chuyên viên chính, với các nội dung chủ yếu sau:`,
    );

    const text = textOf(m);
    for (const expected of [
      "1. Phạm vi thực hiện: Thí điểm tại ba xã của tỉnh.",
      "Áp dụng cho hồ sơ đề tài cấp tỉnh.",
      "2. Đơn vị tham gia, phối hợp: Sở Nội vụ, Sở Tài chính",
      "3. Thời gian thực hiện: từ ngày 01/04/2026 đến ngày 31/12/2026.",
      "4. Nguồn lực bảo đảm:",
      "Kinh phí: 350.000.000 đồng;",
      "Nhân lực: 6 người;",
      "Trang thiết bị, phương tiện: Máy chủ ảo, 02 máy quét.",
      "5. Chỉ tiêu, kết quả cần đạt:",
      "Nguyễn Văn An, Chuyên viên chính và các đồng tác giả Trịnh Thu Trang chịu trách nhiệm tổ chức thực hiện",
      "định kỳ 30 ngày một lần báo cáo tiến độ",
      "trong thời hạn 5 ngày làm việc kể từ ngày kết thúc thực hiện, báo cáo kết quả bằng văn bản đầy đủ, trung thực.",
      "2. Giao Lương Thị Mai, Thanh tra viên chính theo dõi, giám sát, kiểm tra việc thực hiện",
      "3. Sở Nội vụ, Sở Tài chính có trách nhiệm phối hợp",
      "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Nguyễn Văn An, Trịnh Thu Trang, Lương Thị Mai và các cơ quan, đơn vị, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.",
    ]) {
      expect(text).toContain(expected);
    }
    const targets = m.articles[0].blocks.find((b) => b.kind === "table");
    expect(targets?.kind === "table" && targets.table.rows).toEqual([
      ["1", "Thời gian xử lý hồ sơ", "ngày", "15", "7", "Phần mềm một cửa"],
      ["2", "Tỷ lệ hồ sơ trực tuyến", "%", "40,5", "90", "—"],
    ]);
    expect(m.recipients).toEqual({
      heading: "Nơi nhận:",
      lines: ["- Như Điều 3;", "- Cấp ủy cùng cấp;", "- Tỉnh Quảng Ninh (để báo cáo);", "- Lưu: VT, hồ sơ đề xuất DX-2026-000123."],
    });
    expect(m.signature).toEqual({ role: "GIÁM ĐỐC", hint: null, name: "Phạm Thị Lan Anh" });
    expect(m.info.fileName).toBe("QD-125-QD-SKHCN.pdf");
  });

  it("Decree 30 header and recipients name the governing body (UBND tỉnh), not the province; the Sở is printed once", () => {
    const m = buildDecisionDocumentModel(source({ superiorUnitName: "Ủy ban nhân dân tỉnh Quảng Ninh" }), vi_);
    expect(m.header.superiorUnit).toBe("ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH");
    expect(m.header.unit).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(m.recipients.lines).toContain("- Ủy ban nhân dân tỉnh Quảng Ninh (để báo cáo);");
    expect(textOf(m)).not.toContain("Tỉnh Quảng Ninh (để báo cáo)");
  });

  it("a head assigns (giao) a monitor of the unit and requests (đề nghị) one of another body", () => {
    expect(textOf(buildDecisionDocumentModel(source(), vi_))).toContain("2. Giao Lương Thị Mai, Thanh tra viên chính theo dõi, giám sát");
    const outside = textOf(buildDecisionDocumentModel(source({ monitorOutsideUnit: true }), vi_));
    expect(outside).toContain("2. Đề nghị Lương Thị Mai, Thanh tra viên chính theo dõi, giám sát");
    expect(outside).not.toContain("Giao Lương Thị Mai");
  });

  it("Art. 4, 5.1: an approval over a condition found not met states the override in its grounds", () => {
    const m = buildDecisionDocumentModel(
      source({ conditionsOverride: { conditions: ["LAWFUL", "NOT_YET_REGULATED"], reason: "Bộ Tư pháp đã có ý kiến thống nhất về cơ sở pháp lý của việc thí điểm." } }),
      vi_,
    );
    expect(m.preamble).toContain(
      "Xét các điều kiện tại Điều 4, khoản 1 Điều 5 Nghị định số 73/2023/NĐ-CP được nhận định là chưa đáp ứng (không trái quy định, vấn đề chưa được quy định), người đứng đầu vẫn quyết định phê duyệt với lý do: Bộ Tư pháp đã có ý kiến thống nhất về cơ sở pháp lý của việc thí điểm;",
    );
  });

  it("an approval for implementation says so in the title and Điều 1", () => {
    const m = buildDecisionDocumentModel(source({ kind: "IMPLEMENT" }), vi_);
    expect(m.subject).toBe(`Về việc phê duyệt triển khai thực hiện đề xuất “${TITLE}”`);
    expect(m.articles[0].lead).toMatch(/^Phê duyệt triển khai thực hiện đề xuất đổi mới, sáng tạo “/);
  });

  it("khoản 1 Điều 8: after a failed vote the head approves alone, bears personal responsibility, and the rationale is printed", () => {
    const rationale = "Cấp thiết để thu hút doanh nghiệp khởi nguồn.\nTôi chịu trách nhiệm cá nhân về quyết định này.";
    const m = buildDecisionDocumentModel(
      source({ basis: "HEAD_ALONE", rationale, vote: { heldOn: "2026-03-06", eligible: 3, for: 1, passed: false, tie: false, percent: "50", strictlyGreater: true } }),
      vi_,
    );
    expect(m.preamble).toContain("Căn cứ kết quả biểu quyết của tập thể lãnh đạo ngày 06/03/2026 về kế hoạch lần trình 2: 1/3 thành viên tán thành (cơ sở tính là 3 thành viên có quyền biểu quyết, thông qua khi có trên 50% tán thành, phiếu không biểu quyết và vắng mặt không tính là tán thành, theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP), tập thể lãnh đạo không thông qua;");
    expect(m.preamble).toContain(
      "Xét thấy việc thực hiện đề xuất là cần thiết, khả thi; tập thể lãnh đạo không thông qua, người đứng đầu quyết định phê duyệt và chịu trách nhiệm cá nhân về quyết định của mình theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP, với lý do: Cấp thiết để thu hút doanh nghiệp khởi nguồn. Tôi chịu trách nhiệm cá nhân về quyết định này;",
    );
    // The head's reasons come after the vote and before the request line.
    expect(m.preamble.at(-1)).toMatch(/^Theo đề nghị của /);
    expect(m.preamble.findIndex((l) => l.startsWith("Xét thấy"))).toBe(m.preamble.length - 2);
    // A vote that passed never reads as a sole approval.
    expect(textOf(buildDecisionDocumentModel(source(), vi_))).not.toContain("chịu trách nhiệm cá nhân");
  });

  it("Art. 8.1: a tie decided by the head's side is named as such", () => {
    const m = buildDecisionDocumentModel(source({ vote: { heldOn: "2026-03-06", eligible: 2, for: 1, passed: true, tie: true, percent: "50", strictlyGreater: true } }), vi_);
    expect(m.preamble).toContain(
      "Căn cứ kết quả biểu quyết của tập thể lãnh đạo ngày 06/03/2026 về kế hoạch lần trình 2: 1/2 thành viên tán thành (cơ sở tính là 2 thành viên có quyền biểu quyết, thông qua khi có trên 50% tán thành, phiếu không biểu quyết và vắng mặt không tính là tán thành, theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP), số phiếu bằng nhau, thông qua theo ý kiến đã biểu quyết của người đứng đầu;",
    );
  });

  it("not approved: title, Điều 1 with the reasons, Điều 2 on effect; no resources, no targets, no monitor", () => {
    const m = buildDecisionDocumentModel(
      source({
        kind: "NOT_APPROVED",
        number: "52/QĐ-SKHCN",
        partyOpinion: { answeredOn: "2026-03-02", stance: "DISAGREE", by: null },
        vote: null,
        reasons: "Nội dung vượt thẩm quyền của đơn vị.\nĐề nghị trình cấp có thẩm quyền.",
        budgetVnd: null,
        targets: [],
        monitor: null,
      }),
      vi_,
    );
    expect(m.subject).toBe(`Về việc không phê duyệt đề xuất “${TITLE}”`);
    expect(m.articles.map((a) => a.number)).toEqual(["Điều 1.", "Điều 2."]);
    expect(m.articles[0].lead).toBe(
      `Không phê duyệt đề xuất đổi mới, sáng tạo “${TITLE}” (mã DX-2026-000123, Kế hoạch lần trình 2) của Nguyễn Văn An, Chuyên viên chính.`,
    );
    expect(m.articles[0].blocks).toEqual([
      { kind: "paragraphs", paragraphs: ["Lý do: Nội dung vượt thẩm quyền của đơn vị.", "Đề nghị trình cấp có thẩm quyền."] },
    ]);
    expect(m.preamble).toContain("Căn cứ ý kiến của cấp ủy cùng cấp ngày 02/03/2026 về kế hoạch lần trình 2: không nhất trí;");
    expect(m.recipients.lines[0]).toBe("- Như Điều 2;");
    const text = textOf(m);
    for (const absent of ["Kinh phí", "đồng", "Chỉ tiêu", "theo dõi, giám sát", "biểu quyết"]) expect(text).not.toContain(absent);
    expect(m.info.fileName).toBe("QD-52-QD-SKHCN.pdf");
  });

  it("cites the regulation profile the decision names and reads its deadlines from it", () => {
    const m = buildDecisionDocumentModel(
      source({ profile: { name: "Quy định số 12-QĐ/TU của Tỉnh ủy Quảng Ninh.", isDecree73: false, resultReportWorkingDays: 4, progressReportEveryDays: 15 }, reportEveryDays: null }),
      vi_,
    );
    expect(m.preamble[1]).toBe("Căn cứ Quy định số 12-QĐ/TU của Tỉnh ủy Quảng Ninh;");
    const text = textOf(m);
    expect(text).not.toContain("Nghị định số 73/2023/NĐ-CP ngày 29/9/2023");
    expect(text).toContain("định kỳ 15 ngày một lần");
    expect(text).toContain("trong thời hạn 4 ngày làm việc");
  });

  it("an unnumbered, undated decision leaves room for both and is named after the proposal", () => {
    const m = buildDecisionDocumentModel(source({ number: null, signedOn: null }), vi_);
    expect(m.header.number).toBe("Số:        /QĐ");
    expect(m.header.placeDate).toMatch(/^Quảng Ninh, ngày\s+tháng\s+năm 2026$/);
    expect(m.info.fileName).toBe("QD-DX-2026-000123.pdf");
  });

  it("labels follow another locale on request while names and titles stay as typed", () => {
    const m = buildDecisionDocumentModel(source(), documentLanguage("en"));
    expect(m.title).toBe("DECISION");
    expect(m.subject).toBe(`Approving the pilot of the proposal “${TITLE}”`);
    expect(textOf(m)).toContain("Budget: 350,000,000 VND;");
  });

  it.each([
    ["Giám đốc Sở", "Sở Khoa học và Công nghệ", { position: "Giám đốc", issuer: "Giám đốc Sở Khoa học và Công nghệ" }],
    ["Chủ tịch UBND tỉnh", "Tỉnh Quảng Ninh", { position: "Chủ tịch UBND", issuer: "Chủ tịch UBND Tỉnh Quảng Ninh" }],
    ["Trưởng phòng Chuyển đổi số", "Phòng Chuyển đổi số", { position: "Trưởng phòng Chuyển đổi số", issuer: "Trưởng phòng Chuyển đổi số" }],
    ["Giám đốc", "Sở Y tế", { position: "Giám đốc", issuer: "Giám đốc Sở Y tế" }],
    [null, "Sở Y tế", null],
    ["  ", "Sở Y tế", null],
  ])("the signer titled %j of %s signs as %j", (title, unit, expected) => {
    expect(signerPosition(title, unit, "vi")).toEqual(expected);
  });

  it("without a title the head signs as the head of the unit", () => {
    const m = buildDecisionDocumentModel(source({ signer: { fullName: "Nguyễn Văn Giám Đốc", title: null } }), vi_);
    expect(m.issuer).toBe("NGƯỜI ĐỨNG ĐẦU SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(m.signature).toEqual({ role: "NGƯỜI ĐỨNG ĐẦU", hint: null, name: "Nguyễn Văn Giám Đốc" });
  });

  it("helpers: unit name under its province, ASCII file names", () => {
    expect(unitNameUnderSuperior("Sở Khoa học và Công nghệ tỉnh Quảng Ninh", "Tỉnh Quảng Ninh", "vi")).toBe("Sở Khoa học và Công nghệ");
    expect(unitNameUnderSuperior("Sở Y tế", "Tỉnh Quảng Ninh", "vi")).toBe("Sở Y tế");
    expect(unitNameUnderSuperior("Tỉnh Quảng Ninh", "Tỉnh Quảng Ninh", "vi")).toBe("Tỉnh Quảng Ninh");
    expect(decisionFileName("125/QĐ-SKHCN", "DX-1")).toBe("QD-125-QD-SKHCN.pdf");
    expect(decisionFileName('12/QĐ-UBND "x"', "DX-1")).toBe("QD-12-QD-UBND-x.pdf");
    expect(decisionFileName("  ", "DX-2026-000001")).toBe("QD-DX-2026-000001.pdf");
  });
});

let org: Awaited<ReturnType<typeof smallOrg>>;
let approved: { id: string; code: string | null };
let pilotDecisionId: string;
let rejectedDecisionId: string;
let returnedDecisionId: string;

beforeAll(async () => {
  org = await smallOrg();
  approved = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "APPROVED", coAuthors: [org.coAuthorA] });
  pilotDecisionId = (await db.decision.findFirstOrThrow({ where: { proposalId: approved.id, kind: "PILOT" } })).id;
  const rejected = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "NOT_APPROVED" });
  rejectedDecisionId = (await db.decision.findFirstOrThrow({ where: { proposalId: rejected.id } })).id;
  const returned = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "RETURNED" });
  returnedDecisionId = (await db.decision.findFirstOrThrow({ where: { proposalId: returned.id, kind: "RETURNED" } })).id;
});

describe("loading a decision document", () => {
  it("a seeded pilot: the decision's number and date, the vote from Meeting.tally, the Party's opinion, the profile's deadline", async () => {
    const doc = await loadDecisionDocument(await actorOf(org.headA), pilotDecisionId);
    expect(doc).not.toBeNull();
    const m = doc!.model;
    const d = await db.decision.findUniqueOrThrow({ where: { id: pilotDecisionId }, include: { revision: true } });
    const meeting = await db.meeting.findFirstOrThrow({ where: { proposalId: approved.id, purpose: "DECISION" } });
    const tally = meeting.tally as { eligible: number; for: number };
    const opinion = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: approved.id, stage: "DECISION" } });
    const profile = await profileForUnit(db, org.deptA.path);
    const day = (date: Date) => date.toISOString().slice(0, 10).split("-").reverse().join("/");
    const signed = officialDayMonth(d.signedOn!.toISOString().slice(0, 10))!;

    expect(doc!.proposalId).toBe(approved.id);
    expect(m.kind).toBe("PILOT");
    expect(m.header.unit).toBe("SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(m.header.superiorUnit).toBe("TỈNH THỬ NGHIỆM");
    expect(m.header.number).toBe(`Số: ${d.number}`);
    expect(m.header.placeDate).toBe(`Thử Nghiệm, ngày ${signed.day} tháng ${signed.month} năm ${signed.year}`);
    expect(m.subject).toBe(`Về việc phê duyệt thí điểm đề xuất “${d.revision.title}”`);
    // The seeded head has no title: the fallback names the office.
    expect(m.issuer).toBe("NGƯỜI ĐỨNG ĐẦU SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(m.signature.name).toBe("Nguyễn Văn Giám Đốc");

    const text = textOf(m);
    expect(text).toContain(`Căn cứ Kế hoạch đề xuất đổi mới, sáng tạo số ${approved.code}, lần trình 1, ngày ${day(new Date(d.revision.createdAt.getTime() + 7 * 3600_000))} của Lê Văn Sáng Tạo;`);
    expect(text).toContain(`ngày ${day(new Date(opinion.answeredAt!.getTime() + 7 * 3600_000))} về kế hoạch lần trình 1: nhất trí;`);
    expect(text).toContain(
      `Căn cứ kết quả biểu quyết của tập thể lãnh đạo ngày ${day(meeting.heldOn)} về kế hoạch lần trình 1: ${tally.for}/${tally.eligible} thành viên tán thành (cơ sở tính là ${tally.eligible} thành viên có quyền biểu quyết, thông qua khi có trên 50% tán thành`,
    );
    // The decision cites the meeting and the opinion of the revision it approved.
    expect(d.meetingId).toBe(meeting.id);
    expect(d.partyOpinionId).toBe(opinion.id);
    expect(text).toContain("Theo đề nghị của Lê Văn Sáng Tạo.");
    expect(text).toContain(`Kinh phí: ${new Intl.NumberFormat("vi").format(d.budgetVnd!)} đồng;`);
    expect(text).toContain(`Nhân lực: ${d.people} người;`);
    expect(text).toContain("Lê Văn Sáng Tạo và các đồng tác giả Phạm Thị Đồng Tác Giả chịu trách nhiệm");
    expect(text).toContain(`định kỳ ${d.reportEveryDays} ngày một lần`);
    expect(text).toContain(`trong thời hạn ${profile.resultReportWorkingDays} ngày làm việc kể từ ngày kết thúc thực hiện`);
    expect(text).not.toContain("chịu trách nhiệm cá nhân");
    const targets = m.articles[0].blocks.find((b) => b.kind === "table");
    expect(targets?.kind).toBe("table");
    expect(targets?.kind === "table" && targets.table.rows.length).toBe((d.targets as unknown[]).length);
    expect(m.info.fileName).toMatch(/^QD-\d+-QD-[A-Z0-9]+\.pdf$/);
  });

  it("a seeded refusal prints as a decision not to approve, with the reasons and the Party's disagreement", async () => {
    const m = (await loadDecisionDocument(await actorOf(org.proposerA), rejectedDecisionId))!.model;
    expect(m.kind).toBe("NOT_APPROVED");
    expect(m.subject).toMatch(/^Về việc không phê duyệt đề xuất “/);
    const text = textOf(m);
    expect(text).toContain("Lý do: Nội dung vượt thẩm quyền của đơn vị.");
    expect(text).toContain(": không nhất trí;");
    expect(m.articles).toHaveLength(2);
  });

  it("the governing body is data on the unit: a Sở's decision is headed and reported to the provincial People's Committee", async () => {
    await db.unit.update({ where: { id: org.deptA.id }, data: { governingBodyName: "Ủy ban nhân dân tỉnh Thử Nghiệm" } });
    try {
      const m = (await loadDecisionDocument(await actorOf(org.headA), pilotDecisionId))!.model;
      expect(m.header.superiorUnit).toBe("ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM");
      expect(m.recipients.lines).toContain("- Ủy ban nhân dân tỉnh Thử Nghiệm (để báo cáo);");
    } finally {
      await db.unit.update({ where: { id: org.deptA.id }, data: { governingBodyName: null } });
    }
  });

  it("a return for revision is not a decision document: nothing to print", async () => {
    expect(await loadDecisionDocument(await actorOf(org.headA), returnedDecisionId)).toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.proposerA), returnedDecisionId)).toBeNull();
  });

  it("whoever may read the proposal may print its decision; others, and unknown ids, get nothing", async () => {
    expect(await loadDecisionDocument(await actorOf(org.proposerA), pilotDecisionId)).not.toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.coAuthorA), pilotDecisionId)).not.toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.commission), pilotDecisionId)).not.toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.proposerB), pilotDecisionId)).toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.headB), pilotDecisionId)).toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.officeHead), pilotDecisionId)).toBeNull();
    expect(await loadDecisionDocument(await actorOf(org.headA), "does-not-exist")).toBeNull();
  });

  it("Art. 8 through the use-cases: a failed vote, the head approves alone with reasons, the document says so", async () => {
    const deputy2 = await seedUser(db, { unit: org.deptA, role: "DEPUTY", fullName: "Võ Văn Phó Hai" });
    const party = await seedUser(db, { unit: org.deptA, role: "PARTY_COMMITTEE", fullName: "Bí thư Đảng ủy Sở", title: "Bí thư Đảng ủy Sở" });
    const monitor = await seedUser(db, { unit: org.province, role: "MONITOR", fullName: "Thanh tra tỉnh", title: "Thanh tra viên" });
    await db.user.update({ where: { id: org.headA.id }, data: { title: "Giám đốc Sở" } });
    const proposer = await actorOf(org.proposerA);
    const draft = await createDraft(proposer, {});
    const saved = await saveDraft(proposer, { proposalId: draft.id, version: draft.version, draft: org.validPlan({ title: "Thí điểm cho phép viên chức khoa học góp vốn" }) });
    await submitProposal(proposer, { proposalId: draft.id, version: saved.version });
    const version = async () => (await db.proposal.findUniqueOrThrow({ where: { id: draft.id } })).version;

    const head = await actorOf(org.headA);
    await requestPartyOpinion(head, { proposalId: draft.id, version: await version() });
    const opinion = await db.partyOpinion.findFirstOrThrow({ where: { proposalId: draft.id, answeredAt: null } });
    await answerPartyOpinion(await actorOf(party), { opinionId: opinion.id, stance: "COMMENTS", content: "Đề nghị làm rõ cơ chế góp vốn." });
    const today = toVietnamDate(new Date());
    const meeting = await recordMeeting(head, {
      proposalId: draft.id,
      version: await version(),
      heldOn: today,
      presentIds: [org.headA.id, org.deputyA.id, deputy2.id],
      votes: [
        { userId: org.headA.id, choice: "FOR" },
        { userId: org.deputyA.id, choice: "AGAINST" },
        { userId: deputy2.id, choice: "AGAINST" },
      ],
    });
    await closeMeeting(head, { meetingId: meeting.meetingId });
    const r = await approveProposal(head, {
      proposalId: draft.id,
      version: await version(),
      kind: "IMPLEMENT",
      basis: "HEAD_ALONE",
      rationale: "Cấp thiết để thu hút doanh nghiệp khởi nguồn cho các viện nghiên cứu của tỉnh.",
      number: "202/QĐ-SKHCN",
      signedOn: today,
      scope: "Áp dụng tại các viện nghiên cứu thuộc Sở",
      startDate: "2027-01-04",
      endDate: "2027-12-31",
      budgetVnd: "350000000",
      people: "4",
      targets: [{ name: "Số doanh nghiệp khởi nguồn", unit: "doanh nghiệp", baseline: "0", target: "3", method: "Giấy chứng nhận đăng ký" }],
      monitorId: monitor.id,
      reportEveryDays: 45,
    });

    const m = (await loadDecisionDocument(await actorOf(org.proposerA), r.decisionId))!.model;
    const todayText = today.split("-").reverse().join("/");
    expect(m.header.number).toBe("Số: 202/QĐ-SKHCN");
    expect(m.issuer).toBe("GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ");
    expect(m.signature.role).toBe("GIÁM ĐỐC");
    expect(m.subject).toBe("Về việc phê duyệt triển khai thực hiện đề xuất “Thí điểm cho phép viên chức khoa học góp vốn”");
    expect(m.preamble).toContain(`Căn cứ ý kiến của cấp ủy cùng cấp (Bí thư Đảng ủy Sở, Bí thư Đảng ủy Sở) ngày ${todayText} về kế hoạch lần trình 1: có ý kiến góp ý;`);
    expect(m.preamble).toContain(`Căn cứ kết quả biểu quyết của tập thể lãnh đạo ngày ${todayText} về kế hoạch lần trình 1: 1/3 thành viên tán thành (cơ sở tính là 3 thành viên có quyền biểu quyết, thông qua khi có trên 50% tán thành, phiếu không biểu quyết và vắng mặt không tính là tán thành, theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP), tập thể lãnh đạo không thông qua;`);
    expect(m.preamble.find((l) => l.startsWith("Xét thấy"))).toContain(
      "người đứng đầu quyết định phê duyệt và chịu trách nhiệm cá nhân về quyết định của mình theo khoản 1 Điều 8 Nghị định số 73/2023/NĐ-CP, với lý do: Cấp thiết để thu hút doanh nghiệp khởi nguồn cho các viện nghiên cứu của tỉnh;",
    );
    const text = textOf(m);
    expect(text).toContain("Kinh phí: 350.000.000 đồng;");
    expect(text).toContain("định kỳ 45 ngày một lần");
    // The monitor works for the province's inspectorate, not for the Sở: requested, not assigned.
    expect(text).toContain("Đề nghị Thanh tra tỉnh, Thanh tra viên theo dõi, giám sát");
    expect(text).not.toContain("Giao Thanh tra tỉnh");
    expect(m.info.fileName).toBe("QD-202-QD-SKHCN.pdf");
    await db.user.update({ where: { id: org.headA.id }, data: { title: null } });
  });

  it("a decision under a unit's own regulation profile cites it and takes its deadlines", async () => {
    const rules = { ...DECREE_73_PROFILE, code: "QD-TU-THU-NGHIEM", name: "Quy định số 99-QĐ/TU của Tỉnh ủy Thử Nghiệm", resultReportWorkingDays: 4 };
    const profile = await db.regulationProfile.create({ data: { code: rules.code, name: rules.name, rules } });
    const unit = await seedUnit(db, { name: "Sở Tư pháp", parent: org.province });
    await db.unit.update({ where: { id: unit.id }, data: { regulationProfileId: profile.id } });
    const author = await seedUser(db, { unit, role: "PROPOSER", fullName: "Cán bộ Tư Pháp" });
    const p = await seedProposal(db, { unit, author, status: "APPROVED" });
    const decision = await db.decision.findFirstOrThrow({ where: { proposalId: p.id, kind: "PILOT" } });

    // No profile code recorded (older rows): the unit's profile applies.
    const m = (await loadDecisionDocument(await actorOf(author), decision.id))!.model;
    expect(m.preamble[1]).toBe("Căn cứ Quy định số 99-QĐ/TU của Tỉnh ủy Thử Nghiệm;");
    // A profile may tighten the Decree (4 working days instead of 5), never loosen it.
    expect(textOf(m)).toContain("trong thời hạn 4 ngày làm việc");

    // The code recorded on the decision wins over the unit's current profile.
    await db.decision.update({ where: { id: decision.id }, data: { profileCode: DECREE_73_PROFILE.code } });
    const again = (await loadDecisionDocument(await actorOf(author), decision.id))!.model;
    expect(again.preamble[1]).toMatch(/^Căn cứ Nghị định số 73\/2023\/NĐ-CP ngày 29\/9\/2023 của Chính phủ/);
    expect(textOf(again)).toContain(`trong thời hạn ${DECREE_73_PROFILE.resultReportWorkingDays} ngày làm việc`);
  });

  it("builds an A4 PDF with DejaVu Serif embedded, from a definition holding the decision's text", async () => {
    const m = (await loadDecisionDocument(await actorOf(org.headA), pilotDecisionId))!.model;
    const definition = JSON.stringify(decisionPdfDefinition(m));
    for (const expected of ["QUYẾT ĐỊNH", "QUYẾT ĐỊNH:", m.subject, m.header.number, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Điều 1. ", "Điều 3. ", "Nguyễn Văn Giám Đốc"]) {
      expect(definition).toContain(JSON.stringify(expected).slice(1, -1));
    }
    const pdf = await renderDecisionPdf(m);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1024);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });
});

describe("GET /api/decisions/:id/pdf", () => {
  const get = (id: string) => GET(new Request(`http://localhost/api/decisions/${id}/pdf`), { params: Promise.resolve({ id }) });

  it("answers 401 signed out; 404 for a foreign decision, an unknown id or a return for revision", async () => {
    vi.mocked(currentActor).mockResolvedValue(null);
    const anonymous = await get(pilotDecisionId);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: "UNAUTHENTICATED" });

    vi.mocked(currentActor).mockResolvedValue(await actorOf(org.proposerB));
    expect((await get(pilotDecisionId)).status).toBe(404);
    vi.mocked(currentActor).mockResolvedValue(await actorOf(org.proposerA));
    expect((await get("does-not-exist")).status).toBe(404);
    const returned = await get(returnedDecisionId);
    expect(returned.status).toBe(404);
    expect(await returned.json()).toEqual({ code: "NOT_FOUND" });
  });

  it("sends the PDF as an attachment named after the decision's number, in ASCII", async () => {
    vi.mocked(currentActor).mockResolvedValue(await actorOf(org.proposerA));
    const d = await db.decision.findUniqueOrThrow({ where: { id: pilotDecisionId } });
    const res = await get(pilotDecisionId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="QD-${d.number!.replace("/QĐ-", "-QD-")}.pdf"`);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.length).toBe(Number(res.headers.get("content-length")));
  });
});
