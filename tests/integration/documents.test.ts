import { beforeAll, describe, expect, it, vi } from "vitest";
import {
  documentFileName,
  officialDayMonth,
  placeOfUnit,
  type PlanDocumentModel,
} from "@/components/documents/plan-document-model";
import { toVietnamDate } from "@/domain/calendar";
import { currentActor } from "@/server/auth";
import { db } from "@/server/db";
import { loadPlanDocument } from "@/server/documents/plan-document";
import { planPdfDefinition, renderPlanPdf } from "@/server/documents/plan-pdf";
import { saveDraft } from "@/server/proposals/draft";
import { submitProposal } from "@/server/proposals/submit";
import { GET } from "@/app/api/proposals/[id]/pdf/route";
import { seedProposal } from "../support/factories";
import { actorOf, smallOrg } from "./helpers";

// The route reads the session through currentActor(); the test decides who is signed in.
vi.mock("@/server/auth", () => ({ currentActor: vi.fn() }));

let org: Awaited<ReturnType<typeof smallOrg>>;
/** Submitted once, returned, resubmitted with another title: revisions 1 and 2. */
let twice: { id: string; code: string | null };
const FIRST_TITLE = "Thí điểm một cửa liên thông trực tuyến cho hồ sơ đề tài khoa học";
const SECOND_TITLE = "Thí điểm một cửa liên thông trực tuyến, bổ sung chỉ tiêu đo lường";

/** Every string the model shows, in reading order. */
function textOf(m: PlanDocumentModel): string {
  const parts: string[] = [
    m.header.superiorUnit ?? "",
    m.header.unit,
    m.header.nation,
    m.header.motto,
    m.header.placeDate,
    m.title,
    m.subject,
    m.basis,
    ...m.reference,
    ...m.facts.flatMap((f) => [f.label, f.value]),
  ];
  for (const g of m.groups) {
    parts.push(g.heading);
    for (const s of g.sections) {
      parts.push(s.heading);
      for (const b of s.blocks) {
        if (b.kind === "paragraphs") parts.push(...b.paragraphs);
        if (b.kind === "list") parts.push(...b.items);
        if (b.kind === "note") parts.push(b.text);
        if (b.kind === "table") parts.push(...b.table.columns.map((c) => c.label), ...b.table.rows.flat());
      }
    }
  }
  parts.push(m.declaration.heading, m.declaration.text, m.declaration.note ?? "", m.recipients.heading, ...m.recipients.lines);
  parts.push(m.signature.role, m.signature.hint, m.signature.name);
  return parts.join("\n");
}

beforeAll(async () => {
  org = await smallOrg();
  const returned = await seedProposal(db, {
    unit: org.deptA,
    author: org.proposerA,
    status: "RETURNED",
    coAuthors: [org.coAuthorA],
    plan: org.validPlan({ title: FIRST_TITLE }),
  });
  const actor = await actorOf(org.proposerA);
  const row = await db.proposal.findUniqueOrThrow({ where: { id: returned.id }, select: { version: true } });
  const saved = await saveDraft(actor, {
    proposalId: returned.id,
    version: row.version,
    draft: org.validPlan({ title: SECOND_TITLE, coAuthorIds: [org.coAuthorA.id] }),
  });
  await submitProposal(actor, { proposalId: returned.id, version: saved.version });
  twice = { id: returned.id, code: returned.code };
});

describe("the plan as an official document (Nghị định 30/2020 layout)", () => {
  it("holds the national header, the units, the place and date, the title, code, revision, proposer and signature", async () => {
    const doc = await loadPlanDocument(await actorOf(org.proposerA), twice.id);
    expect(doc).not.toBeNull();
    const m = doc!.model;
    const rev2 = await db.proposalRevision.findFirstOrThrow({ where: { proposalId: twice.id, number: 2 } });
    const d = officialDayMonth(toVietnamDate(rev2.createdAt))!;

    expect(m.lang).toBe("vi");
    expect(m.header).toEqual({
      superiorUnit: "TỈNH THỬ NGHIỆM",
      unit: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      nation: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      motto: "Độc lập - Tự do - Hạnh phúc",
      placeDate: `Thử Nghiệm, ngày ${d.day} tháng ${d.month} năm ${d.year}`,
    });
    expect(m.title).toBe("KẾ HOẠCH ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO");
    expect(m.subject).toBe(SECOND_TITLE);
    expect(m.reference).toEqual([`Mã đề xuất: ${twice.code}`, "Lần trình: 2"]);
    expect(m.signature).toMatchObject({ role: "NGƯỜI ĐỀ XUẤT", name: "Lê Văn Sáng Tạo" });
    expect(m.declaration.note).toBeNull();

    const text = textOf(m);
    for (const expected of ["Người đề xuất", "Lê Văn Sáng Tạo", "Đồng tác giả", "Phạm Thị Đồng Tác Giả", "Lĩnh vực", "Chỉ tiêu đo lường", "Rủi ro và biện pháp", "CAM KẾT CỦA NGƯỜI ĐỀ XUẤT"]) {
      expect(text).toContain(expected);
    }
    // Art. 7.2 order: necessity before content before impact, KPIs and risks last.
    expect(m.groups.map((g) => g.number)).toEqual(["I", "II", "III", "IV"]);
    expect(m.groups.flatMap((g) => g.sections.map((s) => s.heading))).toEqual([
      "Điểm nghẽn, nút thắt",
      "Sự cần thiết",
      "Mục đích, yêu cầu",
      "Nội dung, nhiệm vụ, giải pháp",
      "Phạm vi",
      "Người thực hiện",
      "Thời gian thực hiện",
      "Nguồn lực",
      "Tính khả thi",
      "Tác động tích cực",
      "Tác động tiêu cực",
      "Hiệu quả dự kiến",
      "Chỉ tiêu đo lường",
      "Rủi ro và biện pháp",
    ]);
    const kpis = m.groups[3].sections[0].blocks[0];
    expect(kpis.kind).toBe("table");
    expect(m.info.fileName).toBe(`${twice.code}-lan-2.pdf`);
  });

  it("builds an A4 PDF with DejaVu Serif embedded, from a definition holding the same Vietnamese text", async () => {
    const doc = await loadPlanDocument(await actorOf(org.proposerA), twice.id);
    const definition = JSON.stringify(planPdfDefinition(doc!.model));
    for (const expected of ["KẾ HOẠCH ĐỀ XUẤT ĐỔI MỚI, SÁNG TẠO", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", SECOND_TITLE, "Lần trình: 2", "NGƯỜI ĐỀ XUẤT", "Lê Văn Sáng Tạo"]) {
      expect(definition).toContain(expected);
    }
    const pdf = await renderPlanPdf(doc!.model);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(1024);
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+DejaVuSerif/);
    expect(raw).toContain("/FontFile2");
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });

  it("prints the revision asked for; an unknown or malformed revision is not found", async () => {
    const actor = await actorOf(org.proposerA);
    const first = await loadPlanDocument(actor, twice.id, "1");
    expect(first!.model.subject).toBe(FIRST_TITLE);
    expect(first!.model.reference).toContain("Lần trình: 1");
    expect(first!.model.info.fileName).toBe(`${twice.code}-lan-1.pdf`);
    expect((await loadPlanDocument(actor, twice.id, "2"))!.model.subject).toBe(SECOND_TITLE);
    expect((await loadPlanDocument(actor, twice.id))!.revisions).toEqual([2, 1]);
    for (const bad of ["3", "0", "-1", "1.5", "abc", "1 OR 1=1"]) {
      expect(await loadPlanDocument(actor, twice.id, bad), bad).toBeNull();
    }
  });

  it("prints the working draft, date left blank, when nothing was submitted yet", async () => {
    const draft = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "DRAFT" });
    const doc = await loadPlanDocument(await actorOf(org.proposerA), draft.id, null, { now: new Date("2026-03-02T03:00:00Z") });
    const m = doc!.model;
    expect(m.info.revision).toBeNull();
    expect(m.reference).toContain("Bản nháp, chưa trình");
    expect(m.header.placeDate).toMatch(/^Thử Nghiệm, ngày\s+tháng\s+năm 2026$/);
    expect(m.info.fileName).toBe(`${draft.code}-ban-nhap.pdf`);
    expect(doc!.revisions).toEqual([]);
  });

  it("the head who decides may print it; a proposer of another unit, or an unknown id, gets nothing", async () => {
    expect(await loadPlanDocument(await actorOf(org.headA), twice.id)).not.toBeNull();
    expect(await loadPlanDocument(await actorOf(org.proposerB), twice.id)).toBeNull();
    expect(await loadPlanDocument(await actorOf(org.headB), twice.id, "1")).toBeNull();
    expect(await loadPlanDocument(await actorOf(org.proposerA), "does-not-exist")).toBeNull();
  });

  it("labels follow another locale on request while the content stays as typed", async () => {
    const doc = await loadPlanDocument(await actorOf(org.proposerA), twice.id, "2", { locale: "en" });
    expect(doc!.model.title).toBe("INNOVATION PROPOSAL PLAN");
    expect(doc!.model.reference).toContain("Revision: 2");
    expect(doc!.model.subject).toBe(SECOND_TITLE);
  });
});

describe("GET /api/proposals/:id/pdf", () => {
  const get = (id: string, query = "") =>
    GET(new Request(`http://localhost/api/proposals/${id}/pdf${query}`), { params: Promise.resolve({ id }) });

  it("answers 401 signed out, 404 for a foreign proposal, an unknown id or revision", async () => {
    vi.mocked(currentActor).mockResolvedValue(null);
    const anonymous = await get(twice.id);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ code: "UNAUTHENTICATED" });

    vi.mocked(currentActor).mockResolvedValue(await actorOf(org.proposerB));
    expect((await get(twice.id)).status).toBe(404);
    vi.mocked(currentActor).mockResolvedValue(await actorOf(org.proposerA));
    expect((await get("does-not-exist")).status).toBe(404);
    const unknownRevision = await get(twice.id, "?revision=9");
    expect(unknownRevision.status).toBe(404);
    expect(await unknownRevision.json()).toEqual({ code: "NOT_FOUND" });
  });

  it("sends the PDF as an attachment with an ASCII file name naming the revision", async () => {
    vi.mocked(currentActor).mockResolvedValue(await actorOf(org.proposerA));
    const res = await get(twice.id, "?revision=1");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toBe(`attachment; filename="${twice.code}-lan-1.pdf"`);
    expect(res.headers.get("cache-control")).toContain("no-store");
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(body.length).toBe(Number(res.headers.get("content-length")));
  });
});

describe("document helpers", () => {
  it.each([
    ["2026-11-26", { day: "26", month: "11", year: "2026" }],
    ["2026-02-05", { day: "05", month: "02", year: "2026" }],
    ["2026-03-09", { day: "09", month: "3", year: "2026" }],
    ["2026-01-10", { day: "10", month: "01", year: "2026" }],
  ])("Decree 30 writes %s as ngày %o", (iso, expected) => {
    expect(officialDayMonth(iso)).toEqual(expected);
  });

  it.each([
    [[{ kind: "CENTRAL", name: "Ban Tổ chức Trung ương", shortName: null }, { kind: "PROVINCE", name: "Tỉnh Quảng Ninh", shortName: "Quảng Ninh" }], "Quảng Ninh"],
    [[{ kind: "PROVINCE", name: "Thành phố Hải Phòng", shortName: null }, { kind: "DEPARTMENT", name: "Sở Y tế", shortName: null }], "Hải Phòng"],
    [[{ kind: "CENTRAL", name: "Ban Tổ chức Trung ương", shortName: null }, { kind: "MINISTRY", name: "Bộ Tư pháp", shortName: null }], "Hà Nội"],
  ])("the place of %j is %s", (chain, place) => {
    expect(placeOfUnit(chain)).toBe(place);
  });

  it("keeps file names ASCII whatever the code holds", () => {
    expect(documentFileName("DX-2026-000123", 2)).toBe("DX-2026-000123-lan-2.pdf");
    expect(documentFileName('DX "Đ" 1', null)).toBe("DX-1-ban-nhap.pdf");
  });
});
