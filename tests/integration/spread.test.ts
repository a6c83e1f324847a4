/**
 * Recognition and spread (Decree 73 Art. 10; KL 14 §2.5): recognitions only for completed
 * proposals, the catalogue (publish, search, public view, adopt), replication links both ways,
 * institutionalisation, the cadre's record, and the reports counting what these use-cases create.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { toVietnamDate } from "@/domain/calendar";
import { verifyAuditChain } from "@/server/audit";
import { db } from "@/server/db";
import { personRecord } from "@/server/people/record";
import { getProposal } from "@/server/proposals/queries";
import { periodicReport } from "@/server/reports/queries";
import { resolveReport } from "@/server/reports/context";
import { recommendInstitutionalisation, updateInstitutionalisation } from "@/server/spread/institutionalisation";
import { adoptModel, publishModel, withdrawModel } from "@/server/spread/models";
import { getModel, listInstitutionalisations, proposalSpread, searchCatalogue } from "@/server/spread/queries";
import { recordRecognition } from "@/server/spread/recognitions";
import { seedProposal, seedUnit, seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

let org: Awaited<ReturnType<typeof smallOrg>>;
const today = () => toVietnamDate(new Date());

beforeAll(async () => {
  org = await smallOrg();
});

async function completed(title = "Một cửa liên thông điện tử cấp xã", coAuthors: { id: string }[] = []) {
  return seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED", title, coAuthors });
}

function commendation(proposalId: string, userIds: string[], extra: Record<string, unknown> = {}) {
  return {
    proposalId,
    kind: "COMMENDATION",
    userIds,
    form: "Giấy khen",
    level: "UNIT",
    decidingBody: "Giám đốc Sở Khoa học và Công nghệ",
    number: "15/QĐ-SKHCN",
    decidedOn: today(),
    ...extra,
  };
}

function publication(proposalId: string, extra: Record<string, unknown> = {}) {
  return {
    proposalId,
    summary: "Tiếp nhận và trả kết quả hồ sơ một cửa hoàn toàn trực tuyến, rút ngắn thời gian xử lý một nửa.",
    results: [{ indicator: "Thời gian xử lý hồ sơ", unit: "ngày", baseline: "10", target: "5", achieved: "4" }],
    contactName: "Văn phòng Sở",
    contactEmail: "vanphong@skhcn.gov.vn",
    contactPhone: "",
    documentIds: [],
    ...extra,
  };
}

describe("recognition (Art. 10)", () => {
  it("Art. 10: the head records a commendation for a completed proposal; audited, notified, listed on the proposal", async () => {
    const p = await completed("Khen thưởng đề xuất hoàn thành", [org.coAuthorA]);
    const head = await actorOf(org.headA);
    const r = await recordRecognition(head, commendation(p.id, [org.proposerA.id, org.coAuthorA.id]));
    expect(r.count).toBe(2);
    const rows = await db.recognition.findMany({ where: { proposalId: p.id } });
    expect(rows.map((x) => x.userId).sort()).toEqual([org.proposerA.id, org.coAuthorA.id].sort());
    expect(rows[0]).toMatchObject({ kind: "COMMENDATION", form: "Giấy khen", level: "UNIT", number: "15/QĐ-SKHCN", recordedById: org.headA.id });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { proposalId: p.id, action: "recognition.record" } });
    expect(audit.actorId).toBe(org.headA.id);
    const notes = await db.notification.findMany({ where: { proposalId: p.id, kind: "recognition.recorded" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([org.proposerA.id, org.coAuthorA.id].sort());
    const view = await getProposal(head, p.id);
    const spread = await proposalSpread(head, { id: p.id, resource: view!.resource, authorId: p.authorId, coAuthorIds: [org.coAuthorA.id] });
    expect(spread.recognitions).toHaveLength(1);
    expect(spread.recognitions[0].people.sort()).toEqual(["Lê Văn Sáng Tạo", "Phạm Thị Đồng Tác Giả"].sort());
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it.each(["B", "C", "NONE"] as const)("Art. 10: refused when the outcome is %s (not completed)", async (outcome) => {
    const p = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED", outcome });
    const head = await actorOf(org.headA);
    await expect(recordRecognition(head, commendation(p.id, [org.proposerA.id]))).rejects.toMatchObject({
      code: "VALIDATION_FAILED",
      issues: [expect.objectContaining({ code: "OUTCOME_NOT_COMPLETED" })],
    });
    expect(await db.recognition.count({ where: { proposalId: p.id } })).toBe(0);
  });

  it("Art. 10: refused before the evaluation (wrong state → 409), for an outsider (404), for the author (403), for a stranger to the plan (422)", async () => {
    const running = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "IN_PROGRESS" });
    const p = await completed("Từ chối khen thưởng");
    expect(await statusOf(recordRecognition(await actorOf(org.headA), commendation(running.id, [org.proposerA.id])))).toBe(409);
    expect(await statusOf(recordRecognition(await actorOf(org.headB), commendation(p.id, [org.proposerA.id])))).toBe(404);
    expect(await statusOf(recordRecognition(await actorOf(org.proposerA), commendation(p.id, [org.proposerA.id])))).toBe(403);
    expect(await statusOf(recordRecognition(await actorOf(org.headA), commendation(p.id, [org.proposerB.id])))).toBe(422);
    expect(await statusOf(recordRecognition(await actorOf(org.headA), commendation(p.id, [org.proposerA.id], { number: "" })))).toBe(422);
    expect(await statusOf(recordRecognition(await actorOf(org.headA), commendation(p.id, [org.proposerA.id], { decidedOn: "2999-01-01" })))).toBe(422);
    expect(await db.recognition.count({ where: { proposalId: p.id } })).toBe(0);
  });

  it("Art. 10: praise, an early salary step proposal and an evaluation note each record what they need", async () => {
    const p = await completed("Các hình thức ghi nhận");
    const head = await actorOf(org.provinceHead);
    await recordRecognition(head, { proposalId: p.id, kind: "PRAISE", userIds: [org.proposerA.id], decidedOn: today(), note: "Biểu dương tại hội nghị sơ kết." });
    await recordRecognition(head, { proposalId: p.id, kind: "EARLY_SALARY_STEP", userIds: [org.proposerA.id], decidedOn: today(), decidingBody: "Sở Nội vụ", number: "88/TTr-UBND" });
    await recordRecognition(head, { proposalId: p.id, kind: "EVALUATION_NOTE", userIds: [org.proposerA.id], decidedOn: today(), note: "Ghi nhận khi đánh giá, xếp loại năm và quy hoạch." });
    expect(await statusOf(recordRecognition(head, { proposalId: p.id, kind: "EVALUATION_NOTE", userIds: [org.proposerA.id], decidedOn: today() }))).toBe(422);
    expect((await db.recognition.findMany({ where: { proposalId: p.id }, orderBy: { createdAt: "asc" } })).map((r) => r.kind)).toEqual(["PRAISE", "EARLY_SALARY_STEP", "EVALUATION_NOTE"]);
  });
});

describe("the catalogue of effective models (KL 14 §2.5)", () => {
  it("publishes only a completed model, once; search folds diacritics; the public listing shows only published models and nothing personal", async () => {
    const p = await completed("Mô hình một cửa số hóa toàn trình");
    const failed = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED", outcome: "B", title: "Mô hình chưa hoàn thành một cửa" });
    const head = await actorOf(org.headA);
    expect(await statusOf(publishModel(head, publication(failed.id)))).toBe(422);
    expect(await statusOf(publishModel(head, publication(p.id, { contactEmail: "" })))).toBe(422);
    const { modelId } = await publishModel(head, publication(p.id));
    expect(await statusOf(publishModel(head, publication(p.id)))).toBe(422);

    const found = await searchCatalogue({ q: "mot cua so hoa" });
    expect(found.items.map((i) => i.id)).toEqual([modelId]);
    expect((await searchCatalogue({ q: "MỘT CỬA" })).items.map((i) => i.id)).toContain(modelId);
    expect((await searchCatalogue({ q: "khong co gi" })).items).toEqual([]);
    expect((await searchCatalogue({ field: "HEALTH" })).items.map((i) => i.id)).not.toContain(modelId);
    expect((await searchCatalogue({ unitId: org.province.id })).items.map((i) => i.id)).toContain(modelId);
    expect((await searchCatalogue({ unitId: org.deptB.id })).items.map((i) => i.id)).not.toContain(modelId);

    // What the public page renders: no author, no proposal, nothing but the unit and the published contact.
    const item = found.items[0];
    expect(Object.keys(item).sort()).toEqual(
      ["_count", "contactEmail", "contactName", "contactPhone", "contactTitle", "field", "id", "publishedAt", "replications", "results", "summary", "title", "unit"].sort(),
    );
    expect(JSON.stringify(item)).not.toContain(org.proposerA.fullName);
    expect(JSON.stringify(item)).not.toContain(org.proposerA.id);

    const withdrawn = await completed("Mô hình rút khỏi danh mục");
    const w = await publishModel(head, publication(withdrawn.id));
    await withdrawModel(head, { modelId: w.modelId, version: 0 });
    expect((await searchCatalogue({ q: "rut khoi danh muc" })).items).toEqual([]);
    expect(await getModel(await actorOf(org.headB), w.modelId)).toBeNull();
  });

  it("adopting a model opens a pre-filled draft in the adopting unit, linked both ways, counted as a replication", async () => {
    const p = await completed("Mô hình tiếp nhận hồ sơ một cửa lưu động");
    const { modelId } = await publishModel(await actorOf(org.headA), publication(p.id));
    const adopter = await actorOf(org.proposerB);
    // Own unit cannot adopt its own model; a unit the adopter does not belong to is a 404.
    expect(await statusOf(adoptModel(await actorOf(org.proposerA), { modelId, unitId: org.deptA.id }))).toBe(422);
    expect(await statusOf(adoptModel(adopter, { modelId, unitId: org.deptA.id }))).toBe(404);

    const { proposalId } = await adoptModel(adopter, { modelId, unitId: org.deptB.id });
    const draft = await db.proposal.findUniqueOrThrow({ where: { id: proposalId } });
    expect(draft).toMatchObject({ status: "DRAFT", unitId: org.deptB.id, authorId: org.proposerB.id, title: "Mô hình tiếp nhận hồ sơ một cửa lưu động" });
    const plan = draft.draft as Record<string, unknown>;
    const source = (await db.proposalRevision.findFirstOrThrow({ where: { proposalId: p.id } })).plan as Record<string, unknown>;
    expect(plan.content).toBe(source.content);
    expect(plan.bottleneck).toBe(source.bottleneck);
    expect(plan.startDate).toBeUndefined();
    expect(plan.coAuthorIds).toEqual([]);

    // Both ways: the source lists the replication, the new proposal says where it came from.
    const headA = await actorOf(org.headA);
    const src = await getProposal(headA, p.id);
    const fromSource = await proposalSpread(headA, { id: p.id, resource: src!.resource, authorId: p.authorId, coAuthorIds: [] });
    expect(fromSource.replications).toEqual([
      expect.objectContaining({ unitName: "Sở Y tế", proposal: expect.objectContaining({ id: proposalId, status: "DRAFT", readable: false }), outcome: null }),
    ]);
    const mine = await getProposal(adopter, proposalId);
    const fromNew = await proposalSpread(adopter, { id: proposalId, resource: mine!.resource, authorId: org.proposerB.id, coAuthorIds: [] });
    expect(fromNew.adoptedFrom).toEqual([expect.objectContaining({ code: p.code, modelId, proposalId: null })]);
    expect((await getModel(adopter, modelId))!.replications).toEqual([expect.objectContaining({ unitName: "Sở Y tế", proposalId })]);
    expect(await db.auditEvent.count({ where: { proposalId: p.id, action: "replication.record" } })).toBe(1);
    expect(await db.notification.count({ where: { proposalId: p.id, kind: "model.adopted", userId: org.proposerA.id } })).toBe(1);
    expect((await searchCatalogue({ outcome: "REPLICATED" })).items.map((i) => i.id)).toContain(modelId);
    expect((await searchCatalogue({ outcome: "REPLICATED_COMPLETED" })).items.map((i) => i.id)).not.toContain(modelId);
  });
});

describe("institutionalisation (KL 14 §2.5)", () => {
  it("a recommendation goes recommended → drafting → issued with the document's number and date; the Commission sees it", async () => {
    const p = await completed("Mô hình kiến nghị thể chế hóa");
    const head = await actorOf(org.headA);
    const recommendation = {
      proposalId: p.id,
      authority: "Bộ Nội vụ",
      targetDocument: "Nghị định về tiếp nhận hồ sơ trực tuyến",
      content: "Bổ sung quy định cho phép tiếp nhận và trả kết quả hoàn toàn trực tuyến ở cấp xã.",
      recommendedOn: today(),
    };
    expect(await statusOf(recommendInstitutionalisation(await actorOf(org.commission), recommendation))).toBe(403);
    const { id } = await recommendInstitutionalisation(head, recommendation);
    expect(await statusOf(updateInstitutionalisation(head, { id, version: 0, status: "ISSUED" }))).toBe(422);
    await updateInstitutionalisation(head, { id, version: 0, status: "DRAFTING" });
    expect(await statusOf(updateInstitutionalisation(head, { id, version: 0, status: "DECLINED" }))).toBe(409);
    await updateInstitutionalisation(head, { id, version: 1, status: "ISSUED", issuedNumber: "12/2026/NĐ-CP", issuedOn: today() });
    expect(await statusOf(updateInstitutionalisation(head, { id, version: 2, status: "DRAFTING" }))).toBe(422);
    expect(await db.institutionalisation.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ISSUED", issuedNumber: "12/2026/NĐ-CP" });

    const list = await listInstitutionalisations(await actorOf(org.commission));
    expect(list.items.map((i) => i.id)).toContain(id);
    expect(list.counts.ISSUED).toBeGreaterThanOrEqual(1);
    const foreign = await seedUnit(db, { name: "Tỉnh Khác" });
    const otherCommission = await seedUser(db, { unit: foreign, role: "COMMISSION" });
    expect((await listInstitutionalisations(await actorOf(otherCommission))).items).toEqual([]);
    expect(await statusOf(updateInstitutionalisation(await actorOf(org.headB), { id, version: 2, status: "DECLINED" }))).toBe(404);

    const failed = await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "EVALUATED", outcome: "C" });
    expect(await statusOf(recommendInstitutionalisation(head, { ...recommendation, proposalId: failed.id }))).toBe(422);
  });
});

describe("the cadre's record (Art. 10)", () => {
  it("is visible to the person, their unit's leadership and the Commission in scope, and nobody else", async () => {
    const p = await completed("Hồ sơ cá nhân: đề xuất hoàn thành");
    await seedProposal(db, { unit: org.deptA, author: org.proposerA, status: "DRAFT", title: "Bản nháp riêng tư của tác giả" });
    await recordRecognition(await actorOf(org.headA), { proposalId: p.id, kind: "PRAISE", userIds: [org.proposerA.id], decidedOn: today(), note: "Biểu dương trước tập thể." });

    const own = await personRecord(await actorOf(org.proposerA), org.proposerA.id);
    expect(own!.proposals.some((x) => x.status === "DRAFT")).toBe(true);
    const byHead = await personRecord(await actorOf(org.headA), org.proposerA.id);
    expect(byHead!.proposals.some((x) => x.status === "DRAFT")).toBe(false);
    expect(byHead!.proposals.find((x) => x.id === p.id)).toMatchObject({ status: "EVALUATED", evaluation: expect.objectContaining({ category: "A", conclusion: "NOT_RESPONSIBLE" }), readable: true });
    expect(byHead!.recognitions.some((r) => r.kind === "PRAISE" && r.proposal.id === p.id)).toBe(true);
    expect(await personRecord(await actorOf(org.deputyA), org.proposerA.id)).not.toBeNull();
    expect(await personRecord(await actorOf(org.provinceHead), org.proposerA.id)).not.toBeNull();
    expect(await personRecord(await actorOf(org.commission), org.proposerA.id)).not.toBeNull();

    for (const outsider of [org.coAuthorA, org.headB, org.proposerB, org.officeHead]) {
      expect(await personRecord(await actorOf(outsider), org.proposerA.id), outsider.fullName).toBeNull();
    }
    const foreign = await seedUnit(db, { name: "Tỉnh Ngoài Phạm Vi" });
    const otherCommission = await seedUser(db, { unit: foreign, role: "COMMISSION" });
    expect(await personRecord(await actorOf(otherCommission), org.proposerA.id)).toBeNull();
  });
});

describe("the reports count what these use-cases create (src/domain/reports.ts)", () => {
  it("RECOGNISED, RECOGNITION_COMMENDATION, REPLICATED and INSTITUTIONALISED grow by one each", async () => {
    const count = async () => {
      const ctx = await resolveReport(await actorOf(org.commission), { unit: org.province.id, from: today(), to: today() });
      const t = (await periodicReport(ctx)).total;
      return [t.RECOGNISED, t.RECOGNITION_COMMENDATION, t.REPLICATED, t.INSTITUTIONALISED];
    };
    const before = await count();
    const p = await completed("Mô hình được đếm trong báo cáo");
    const head = await actorOf(org.headA);
    await recordRecognition(head, commendation(p.id, [org.proposerA.id]));
    const { modelId } = await publishModel(head, publication(p.id));
    await adoptModel(await actorOf(org.proposerB), { modelId, unitId: org.deptB.id });
    await recommendInstitutionalisation(head, { proposalId: p.id, authority: "Bộ Tư pháp", targetDocument: "Thông tư hướng dẫn", content: "Đề nghị ban hành thông tư hướng dẫn áp dụng thống nhất.", recommendedOn: today() });
    expect(await count()).toEqual(before.map((n) => n + 1));
  });
});
