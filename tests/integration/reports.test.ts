/**
 * The Commission's reports (KL 14 §3.2) on a hand-built fixture: two provinces under a central
 * unit, proposals in every kind of state, the expected flags of each proposal written by hand.
 * Every number of the periodic table, its subtotals and grand total, the dashboard, the drill-down
 * lists and the exports must agree with them and with each other.
 */
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { addWorkingDays, toVietnamDate, workingDaysBetween } from "@/domain/calendar";
import { NotFoundError } from "@/domain/errors";
import { zeroCounts, type Counts } from "@/domain/report-tree";
import { MEASURES, PERIODIC_COLUMNS, type Measure } from "@/domain/reports";
import type { Unit } from "@/generated/prisma/client";
import type { SessionActor } from "@/server/actor";
import { db } from "@/server/db";
import { resolveReport, type ReportContext } from "@/server/reports/context";
import { BOM } from "@/server/reports/export/csv";
import { exportMeta } from "@/server/reports/export/model";
import { periodicPdfDefinition } from "@/server/reports/export/pdf";
import { buildExport, exportJobFile, exportJobStatus, listExportJobs, requestExport, runReportExport } from "@/server/reports/export/runner";
import { dashboard, drillCount, drillDown, drillIds, medians, periodicReport, reportSql } from "@/server/reports/queries";
import { workingDaysBetweenSql } from "@/server/reports/sql";
import { loadCalendar } from "@/server/rules";
import { seedCalendar, seedProposal, seedRegulationProfile, seedUnit, seedUser } from "../support/factories";
import { actorOf } from "./helpers";

/** "Today" of the fixture: Monday 15 June 2026, 10:00 in Hà Nội. Every story ends before it. */
const NOW = new Date("2026-06-15T03:00:00.000Z");
const YEAR_2026 = { preset: "y-2026" };

type Fixture = {
  central: Unit;
  p1: Unit;
  p2: Unit;
  a: Unit;
  a1: Unit;
  b: Unit;
  d: Unit;
  national: SessionActor;
  province1: SessionActor;
  headA: SessionActor;
  /** Proposal key → unit and the measures it counts in for 2026 (by hand, from its story). */
  expected: Record<string, { unit: Unit; in2026: Measure[] }>;
  ids: Record<string, string>;
};

let f: Fixture;

const RECEIVED_APPROVED_PILOT: Measure[] = ["RECEIVED", "DECIDED", "APPROVED", "APPROVED_BY_VOTE", "APPROVED_PILOT", "FUNNEL_APPROVED"];
const FUNNEL_DONE: Measure[] = ["FUNNEL_EXECUTION_ENDED", "FUNNEL_RESULT_REPORTED", "FUNNEL_EVALUATED", "COHORT_CONCLUDED", "EVALUATED"];

beforeAll(async () => {
  await seedCalendar(db);
  await seedRegulationProfile(db);
  const central = await seedUnit(db, { name: "Ban Tổ chức Thử nghiệm", kind: "CENTRAL" });
  const p1 = await seedUnit(db, { name: "Tỉnh Một", kind: "PROVINCE", parent: central });
  const p2 = await seedUnit(db, { name: "Tỉnh Hai", kind: "PROVINCE", parent: central });
  const a = await seedUnit(db, { name: "Sở A", parent: p1 });
  const a1 = await seedUnit(db, { name: "Phòng A1", parent: a });
  const b = await seedUnit(db, { name: "Sở B", parent: p1 });
  const d = await seedUnit(db, { name: "Sở D", parent: p2 });
  const national = await actorOf(await seedUser(db, { unit: central, role: "COMMISSION", fullName: "Nguyễn Thị Ban Tổ Chức" }));
  const province1 = await actorOf(await seedUser(db, { unit: p1, role: "COMMISSION", fullName: "Trần Văn Tỉnh Một" }));
  const headA = await actorOf(await seedUser(db, { unit: a, role: "HEAD", fullName: "Lê Giám Đốc Sở A" }));
  const proposer = async (unit: Unit) => seedUser(db, { unit, role: "PROPOSER" });
  const authors = new Map<string, { id: string }>();
  for (const u of [p1, a, a1, b, d]) authors.set(u.id, await proposer(u));

  const ids: Record<string, string> = {};
  const seed = async (key: string, unit: Unit, status: Parameters<typeof seedProposal>[1]["status"], now = NOW) => {
    const p = await seedProposal(db, { unit, author: authors.get(unit.id)!, status, now, title: `Đề xuất ${key} — đổi mới thủ tục hành chính` });
    ids[key] = p.id;
    return p;
  };

  // Sở A (and its office A1, inside A's subtree)
  await seed("a1", a, "SUBMITTED");
  await seed("a2", a, "APPROVED");
  const a3 = await seed("a3", a, "APPROVED");
  await db.decision.updateMany({ where: { proposalId: a3.id, kind: "PILOT" }, data: { kind: "IMPLEMENT", basis: "HEAD_ALONE", rationale: "Cần thiết, khả thi; người đứng đầu tự chịu trách nhiệm." } });
  const a4 = await seed("a4", a, "EVALUATED");
  await db.recognition.create({ data: { proposalId: a4.id, userId: authors.get(a.id)!.id, kind: "COMMENDATION", decidedOn: new Date("2026-06-01"), note: "Khen thưởng" } });
  await db.recognition.create({ data: { proposalId: a4.id, userId: authors.get(a.id)!.id, kind: "COMMENDATION", decidedOn: new Date("2026-06-02"), note: "Lần hai: vẫn một đề xuất" } });
  await db.institutionalisation.create({ data: { proposalId: a4.id, targetDocument: "Nghị định sửa đổi", recommendedOn: new Date("2026-06-02") } });
  await seed("a5", a, "DRAFT");
  await seed("o1", a1, "IN_PROGRESS");
  const o2 = await seed("o2", a1, "CLOSED");
  await db.evaluation.updateMany({ where: { proposalId: o2.id }, data: { category: "B", conclusion: "EXCLUDED" } });
  // Sở B
  await seed("b1", b, "NOT_APPROVED");
  await seed("b2", b, "RETURNED");
  await seed("b3", b, "SUSPENDED");
  await seed("b4", b, "STOPPED");
  const b5 = await seed("b5", b, "EVALUATED");
  await db.evaluation.updateMany({ where: { proposalId: b5.id }, data: { category: "C", conclusion: "REDUCED", damageCaused: true, damageVnd: 50_000_000n } });
  await db.replication.create({ data: { sourceProposalId: b5.id, targetUnitId: d.id, adoptedOn: new Date("2026-06-03") } });
  // A recognition before the period: never counted in 2026.
  await db.recognition.create({ data: { proposalId: b5.id, userId: authors.get(b.id)!.id, kind: "PRAISE", decidedOn: new Date("2025-12-31"), note: "Năm trước" } });
  // Tỉnh Một's own staff
  await seed("p1", p1, "RESULT_REPORTED");
  // Tỉnh Hai → Sở D
  await seed("d1", d, "WITHDRAWN");
  const d2 = await seed("d2", d, "EVALUATED");
  await db.evaluation.updateMany({ where: { proposalId: d2.id }, data: { category: "B", conclusion: "ABUSE", pureMotive: false, abuse: true, abuseKinds: ["PROFITEERING"], abuseFindings: "Trục lợi." } });
  // Submitted a month before "today" and never answered: its decision deadline is overdue now.
  const cal = await loadCalendar(db, 2026);
  await seed("d3", d, "SUBMITTED", new Date(`${addWorkingDays(toVietnamDate(NOW), -20, cal)}T03:00:00.000Z`));
  // A pilot of late 2025, still running, whose December progress report was never filed.
  await seed("d4", d, "IN_PROGRESS", new Date("2025-11-14T03:00:00.000Z"));

  // What each proposal counts in for 2026, from its story (see the comments in the test of each).
  const expected: Fixture["expected"] = {
    a1: { unit: a, in2026: ["RECEIVED", "COHORT_AWAITING_DECISION"] },
    a2: { unit: a, in2026: [...RECEIVED_APPROVED_PILOT, "IN_EXECUTION", "COHORT_IN_EXECUTION"] },
    a3: { unit: a, in2026: ["RECEIVED", "DECIDED", "APPROVED", "APPROVED_BY_HEAD", "APPROVED_IMPLEMENT", "FUNNEL_APPROVED", "IN_EXECUTION", "COHORT_IN_EXECUTION"] },
    a4: {
      unit: a,
      in2026: [...RECEIVED_APPROVED_PILOT, ...FUNNEL_DONE, "OUTCOME_A", "CONCLUSION_NOT_RESPONSIBLE", "RECOGNISED", "RECOGNITION_COMMENDATION", "INSTITUTIONALISED"],
    },
    a5: { unit: a, in2026: [] },
    o1: { unit: a1, in2026: [...RECEIVED_APPROVED_PILOT, "IN_EXECUTION", "COHORT_IN_EXECUTION"] },
    o2: { unit: a1, in2026: [...RECEIVED_APPROVED_PILOT, ...FUNNEL_DONE, "OUTCOME_B", "CONCLUSION_EXCLUDED", "PROTECTED"] },
    b1: { unit: b, in2026: ["RECEIVED", "DECIDED", "NOT_APPROVED", "COHORT_NOT_PROCEEDING"] },
    b2: { unit: b, in2026: ["RECEIVED", "RETURNED", "COHORT_DRAFTING"] },
    // Suspended before its first monthly progress report: a suspended pilot owes no report (Art. 6),
    // so nothing is overdue.
    b3: { unit: b, in2026: [...RECEIVED_APPROVED_PILOT, "IN_EXECUTION", "SUSPENDED", "COHORT_IN_EXECUTION"] },
    // Stopped: execution ended; the result report (5 working days) is overdue.
    b4: { unit: b, in2026: [...RECEIVED_APPROVED_PILOT, "STOPPED", "OVERDUE", "FUNNEL_EXECUTION_ENDED", "COHORT_AWAITING_RESULT_REPORT"] },
    b5: { unit: b, in2026: [...RECEIVED_APPROVED_PILOT, ...FUNNEL_DONE, "OUTCOME_C", "CONCLUSION_REDUCED", "PROTECTED", "REPLICATED"] },
    // Result reported weeks ago, the evaluation (7 working days) is overdue.
    p1: { unit: p1, in2026: [...RECEIVED_APPROVED_PILOT, "OVERDUE", "FUNNEL_EXECUTION_ENDED", "FUNNEL_RESULT_REPORTED", "COHORT_AWAITING_EVALUATION"] },
    d1: { unit: d, in2026: ["RECEIVED", "COHORT_NOT_PROCEEDING"] },
    d2: { unit: d, in2026: [...RECEIVED_APPROVED_PILOT, ...FUNNEL_DONE, "OUTCOME_B", "ABUSE"] },
    d3: { unit: d, in2026: ["RECEIVED", "OVERDUE", "COHORT_AWAITING_DECISION"] },
    // Approved in 2025: only the snapshot (in execution at the period's end) and the overdue report.
    d4: { unit: d, in2026: ["IN_EXECUTION", "OVERDUE"] },
  };
  f = { central, p1, p2, a, a1, b, d, national, province1, headA, expected, ids };
});

/** Sum of the hand-written flags of the proposals whose unit path starts with `prefix`. */
function expectedCounts(keep: (unit: Unit) => boolean): Counts {
  const c = zeroCounts();
  for (const e of Object.values(f.expected)) {
    if (!keep(e.unit)) continue;
    for (const m of new Set(e.in2026)) c[m] += 1;
  }
  return c;
}
const under = (u: Unit) => (x: Unit) => x.path.startsWith(u.path);

async function report(actor: SessionActor, params: Record<string, string | number | null>): Promise<ReportContext> {
  return resolveReport(actor, params, { now: NOW });
}

describe("the periodic report on the fixture", () => {
  it("counts every column of every row, subtotal and the grand total as written by hand", async () => {
    const ctx = await report(f.national, { ...YEAR_2026, detail: 2 });
    const r = await periodicReport(ctx);
    const byKey = new Map(r.rows.map((row) => [`${row.kind}:${row.name}`, row]));
    expect(r.rows.map((row) => `${row.number} ${row.kind}:${row.name}`)).toEqual([
      "1 subtotal:Tỉnh Hai",
      "1.1 unit:Sở D",
      "2 subtotal:Tỉnh Một",
      " own:Tỉnh Một",
      "2.1 unit:Sở A",
      "2.2 unit:Sở B",
      " total:Ban Tổ chức Thử nghiệm",
    ]);
    const cases: [string, Counts][] = [
      ["subtotal:Tỉnh Hai", expectedCounts(under(f.p2))],
      ["unit:Sở D", expectedCounts(under(f.d))],
      ["subtotal:Tỉnh Một", expectedCounts(under(f.p1))],
      ["own:Tỉnh Một", expectedCounts((u) => u.id === f.p1.id)],
      ["unit:Sở A", expectedCounts(under(f.a))],
      ["unit:Sở B", expectedCounts(under(f.b))],
      ["total:Ban Tổ chức Thử nghiệm", expectedCounts(() => true)],
    ];
    for (const [key, counts] of cases) expect(byKey.get(key)?.counts, key).toEqual(counts);
    // Spot checks of the hand sums, so a wrong flag table cannot pass unnoticed.
    const total = r.total;
    expect([total.RECEIVED, total.APPROVED, total.APPROVED_BY_VOTE, total.APPROVED_BY_HEAD, total.NOT_APPROVED, total.RETURNED]).toEqual([15, 10, 9, 1, 1, 1]);
    expect([total.IN_EXECUTION, total.SUSPENDED, total.STOPPED, total.OUTCOME_A, total.OUTCOME_B, total.OUTCOME_C, total.PROTECTED, total.ABUSE]).toEqual([
      5, 1, 1, 1, 2, 1, 2, 1,
    ]);
    expect([total.RECOGNISED, total.REPLICATED, total.INSTITUTIONALISED, total.OVERDUE]).toEqual([1, 1, 1, 4]);
    // Subtotals are sums of the rows below them; the total is the sum of the level-1 subtotals.
    for (const m of MEASURES) {
      expect(byKey.get("subtotal:Tỉnh Một")!.counts[m]).toBe(byKey.get("own:Tỉnh Một")!.counts[m] + byKey.get("unit:Sở A")!.counts[m] + byKey.get("unit:Sở B")!.counts[m]);
      expect(total[m]).toBe(byKey.get("subtotal:Tỉnh Một")!.counts[m] + byKey.get("subtotal:Tỉnh Hai")!.counts[m]);
    }
    // Drafts are never counted; 16 of the 17 proposals count in at least one measure.
    expect(r.counted).toBe(16);
  });

  it("shows deeper levels on request (Phòng A1 under Sở A) with the same totals", async () => {
    const r = await periodicReport(await report(f.national, { ...YEAR_2026, detail: 3 }));
    const a = r.rows.find((row) => row.name === "Sở A" && row.kind === "subtotal");
    const own = r.rows.find((row) => row.name === "Sở A" && row.kind === "own");
    const office = r.rows.find((row) => row.name === "Phòng A1");
    expect(a?.counts).toEqual(expectedCounts(under(f.a)));
    expect(own?.counts).toEqual(expectedCounts((u) => u.id === f.a.id));
    expect(office?.counts).toEqual(expectedCounts(under(f.a1)));
    expect(r.total).toEqual(expectedCounts(() => true));
  });

  it("follows the period: H2 2025 sees only the 2025 pilot; Q1 2026 sees its snapshot and overdue report", async () => {
    const h2 = (await periodicReport(await report(f.national, { preset: "h2-2025" }))).total;
    const only = (ms: Measure[]) => ({ ...zeroCounts(), ...Object.fromEntries(ms.map((m) => [m, 1])) });
    // …and the praise dated 31/12/2025, counted in the period of its decision.
    expect(h2).toEqual(only([...RECEIVED_APPROVED_PILOT, "IN_EXECUTION", "OVERDUE", "COHORT_IN_EXECUTION", "RECOGNISED", "RECOGNITION_PRAISE"]));
    const q1 = (await periodicReport(await report(f.national, { from: "2026-01-01", to: "2026-03-31" }))).total;
    expect(q1).toEqual(only(["IN_EXECUTION", "OVERDUE"]));
  });

  it("filters by field, and a field nobody used gives zeros", async () => {
    const field = (await db.proposal.findUniqueOrThrow({ where: { id: f.ids.a2 }, select: { field: true } })).field;
    const same = Object.entries(f.expected).filter(([, e]) => e.in2026.length > 0).length;
    const r = await periodicReport(await report(f.national, { ...YEAR_2026, field }));
    expect(r.counted).toBe(same); // every fixture proposal has the same plan field
    const other = field === "HEALTH" ? "EDUCATION" : "HEALTH";
    expect((await periodicReport(await report(f.national, { ...YEAR_2026, field: other }))).counted).toBe(0);
  });
});

describe("scope", () => {
  it("a province's Commission sees only its subtree, and another province is a 404", async () => {
    const ctx = await report(f.province1, YEAR_2026);
    expect(ctx.root.id).toBe(f.p1.id);
    const r = await periodicReport(ctx);
    expect(r.total).toEqual(expectedCounts(under(f.p1)));
    expect(r.rows.some((row) => row.name === "Sở D" || row.name === "Tỉnh Hai")).toBe(false);
    await expect(report(f.province1, { ...YEAR_2026, unit: f.p2.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(report(f.province1, { ...YEAR_2026, unit: f.d.id })).rejects.toBeInstanceOf(NotFoundError);
    await expect(report(f.province1, { ...YEAR_2026, unit: "does-not-exist" })).rejects.toBeInstanceOf(NotFoundError);
    // A drill-down into another province from a report rooted in Tỉnh Một is a 404 too.
    await expect(drillIds(ctx, "RECEIVED", { unitId: f.d.id, own: false })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a unit head reports on their own subtree; exporting needs report.export", async () => {
    const ctx = await report(f.headA, YEAR_2026);
    expect(ctx.root.id).toBe(f.a.id);
    expect((await periodicReport(ctx)).total).toEqual(expectedCounts(under(f.a)));
    await expect(report(f.headA, { ...YEAR_2026, unit: f.p1.id })).rejects.toBeInstanceOf(NotFoundError);
    const proposerActor = await actorOf(await seedUser(db, { unit: f.a, role: "PROPOSER" }));
    await expect(report(proposerActor, YEAR_2026)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("one definition everywhere", () => {
  it("dashboard counts equal the table's, and each equals the length of its drill-down list", async () => {
    const ctx = await report(f.national, YEAR_2026);
    const [d, table] = await Promise.all([dashboard(ctx), periodicReport(ctx)]);
    expect(d.total).toEqual(table.total);
    // Per unit on the dashboard = the level-1 subtotals of the table.
    for (const row of d.perUnit) {
      const same = table.rows.find((r) => r.unitId === row.unitId && r.own === row.own && r.kind !== "total");
      expect(row.counts, row.name).toEqual(same?.counts);
    }
    for (const m of MEASURES) {
      const ids = await drillIds(ctx, m, null);
      expect(ids.length, m).toBe(table.total[m]);
      expect(await drillCount(ctx, m, null), m).toBe(table.total[m]);
    }
    // The exact proposals, not only as many.
    const receivedA = await drillIds(ctx, "RECEIVED", { unitId: f.a.id, own: false });
    expect(new Set(receivedA)).toEqual(new Set(["a1", "a2", "a3", "a4", "o1", "o2"].map((k) => f.ids[k])));
    const overdue = await drillIds(ctx, "OVERDUE", null);
    expect(new Set(overdue)).toEqual(new Set(["b4", "p1", "d3", "d4"].map((k) => f.ids[k])));
    const own = await drillIds(ctx, "RECEIVED", { unitId: f.p1.id, own: true });
    expect(own).toEqual([f.ids.p1]);
  });

  it("the keyset-paginated drill-down walks exactly the counted proposals", async () => {
    const ctx = await report(f.national, YEAR_2026);
    for (const [m, target] of [
      ["RECEIVED", null],
      ["APPROVED_BY_VOTE", { unitId: f.p1.id, own: false }],
      ["IN_EXECUTION", { unitId: f.d.id, own: false }],
    ] as const) {
      const seen: string[] = [];
      let cursor: string | null = null;
      for (let i = 0; i < 20; i++) {
        const page: Awaited<ReturnType<typeof drillDown>> = await drillDown(ctx, m, target, { cursor, limit: 2 });
        seen.push(...page.items.map((p) => p.id));
        cursor = page.nextCursor;
        if (!cursor) break;
      }
      expect(seen.sort(), m).toEqual((await drillIds(ctx, m, target)).sort());
    }
  });

  it("medians of working days to decision and to evaluation, with their counts", async () => {
    const ctx = await report(f.national, YEAR_2026);
    const m = await medians(ctx);
    // Minimal stories: approval 5 working days after receipt, refusal 4; evaluation 3 after the report.
    expect(m.decision).toEqual({ median: 5, n: expectedCounts(() => true).DECIDED });
    expect(m.evaluation).toEqual({ median: 3, n: expectedCounts(() => true).EVALUATED });
    const p2 = m.byUnit.find((u) => u.unitId === f.p2.id);
    expect(p2?.decision.n).toBe(expectedCounts(under(f.p2)).DECIDED);
  });

  it("working days in SQL equal the domain's (weekends, Tết, 30/4–1/5, 2/9, make-up days)", async () => {
    const cal = await loadCalendar(db, 2026);
    const pairs: [string, string][] = [];
    const starts = ["2025-12-29", "2026-01-30", "2026-02-13", "2026-02-20", "2026-04-24", "2026-04-29", "2026-08-28", "2026-09-01", "2026-06-13", "2026-06-15"];
    for (const a of starts) for (const span of [0, 1, 2, 5, 7, 12, 30, 75]) pairs.push([a, toVietnamDate(new Date(Date.parse(`${a}T00:00:00Z`) + span * 86_400_000 + 3_600_000))]);
    const rows = await reportSql<{ i: number; wd: number }[]>(workingDaysBetweenSql(pairs));
    const got = rows.map((r) => `${pairs[r.i].join("→")}: ${r.wd}`);
    const want = pairs.map(([a, b]) => `${a}→${b}: ${workingDaysBetween(a, b, cal)}`);
    expect(got).toEqual(want);
  });
});

describe("exports", () => {
  it("the CSV starts with a BOM and reads back in Vietnamese with the table's numbers", async () => {
    const ctx = await report(f.national, YEAR_2026);
    const file = await buildExport(ctx, f.national, "csv", { now: NOW });
    expect([...file.data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(file.mimeType).toContain("text/csv");
    const text = file.data.toString("utf8");
    expect(text.startsWith(BOM)).toBe(true);
    const lines = text.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toContain("Đơn vị");
    expect(lines[0]).toContain("Quyết định – Người đứng đầu tự quyết");
    const total = lines.find((l) => l.includes("Tổng cộng"))!;
    const cells = total.split(",");
    const t = expectedCounts(() => true);
    expect(cells.slice(4).map(Number)).toEqual(PERIODIC_COLUMNS.map((m) => t[m]));
    expect(lines.some((l) => l.includes("Tỉnh Một (trực tiếp)"))).toBe(true);
  });

  it("the XLSX has the Vietnamese header, one row per table row, the totals, and the proposals", async () => {
    const ctx = await report(f.national, YEAR_2026);
    const table = await periodicReport(ctx);
    const file = await buildExport(ctx, f.national, "xlsx", { now: NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.data as unknown as ArrayBuffer);
    const summary = wb.getWorksheet("Tổng hợp")!;
    expect(summary.getRow(1).getCell(1).text).toContain("BÁO CÁO TÌNH HÌNH THỰC HIỆN");
    expect(summary.getRow(3).getCell(1).text).toBe("Kỳ báo cáo: Từ 01/01/2026 đến 31/12/2026");
    expect(summary.getRow(6).getCell(2).text).toBe("Đơn vị");
    expect(summary.getRow(6).getCell(4).text).toBe("Quyết định");
    expect(summary.getRow(7).getCell(5).text).toBe("Theo biểu quyết");
    expect(summary.views[0]).toMatchObject({ state: "frozen", ySplit: 7 });
    const data = table.rows.map((_, i) => summary.getRow(8 + i));
    expect(data.map((r) => r.getCell(2).text)).toEqual(["Tỉnh Hai", "Sở D", "Tỉnh Một", "Tỉnh Một (trực tiếp)", "Sở A", "Sở B", "Tổng cộng"]);
    const totalRow = data[data.length - 1];
    const t = expectedCounts(() => true);
    expect(PERIODIC_COLUMNS.map((_, i) => Number(totalRow.getCell(3 + i).value))).toEqual(PERIODIC_COLUMNS.map((m) => t[m]));
    expect(totalRow.font?.bold).toBe(true);

    const list = wb.getWorksheet("Danh sách đề xuất")!;
    expect(list.getRow(1).getCell(1).text).toBe("Mã đề xuất");
    const codes: string[] = [];
    for (let i = 2; i <= 1 + table.counted; i++) codes.push(list.getRow(i).getCell(1).text);
    expect(codes.every((c) => /^DX-\d{4}-\d{6}$/.test(c))).toBe(true);
    expect(codes).toEqual([...codes].sort());
    const listTotal = list.getRow(2 + table.counted);
    expect(listTotal.getCell(1).text).toBe("Tổng cộng");
    const results = PERIODIC_COLUMNS.map((_, i) => (listTotal.getCell(7 + i).value as { result: number }).result);
    expect(results).toEqual(PERIODIC_COLUMNS.map((m) => t[m]));
    expect(wb.getWorksheet("Định nghĩa")!.getRow(2).getCell(1).text).toBe("Đề xuất tiếp nhận");
  });

  it("the PDF is landscape and names the period, the scope, the date and who produced it", async () => {
    const ctx = await report(f.province1, YEAR_2026);
    const table = await periodicReport(ctx);
    const def = periodicPdfDefinition(exportMeta(ctx, f.province1, NOW), table.rows);
    expect(def.pageOrientation).toBe("landscape");
    const text = JSON.stringify(def.content);
    expect(text).toContain("Kỳ báo cáo: Từ 01/01/2026 đến 31/12/2026");
    expect(text).toContain("Phạm vi: Tỉnh Một và các đơn vị trực thuộc");
    expect(text).toContain("Người lập: Trần Văn Tỉnh Một");
    expect(text).toContain("Ngày lập: 15/06/2026 10:00");
    const file = await buildExport(ctx, f.province1, "pdf", { now: NOW });
    expect(file.data.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("a large export runs as a job: queued, then the runner reports progress and stores the file; only its owner sees it", async () => {
    const previous = process.env.EXPORT_SYNC_MAX_ROWS;
    process.env.EXPORT_SYNC_MAX_ROWS = "3";
    const queued: { jobId: string }[] = [];
    try {
      const result = await requestExport(f.national, { unit: f.central.id, ...YEAR_2026 }, "xlsx", {
        enqueue: async (data) => {
          queued.push(data);
        },
      });
      expect(result.kind).toBe("job");
      const jobId = result.kind === "job" ? result.jobId : "";
      expect(queued).toEqual([{ jobId }]);
      expect((await exportJobStatus(f.national, jobId))?.status).toBe("QUEUED");
      // Someone else's job does not exist for them.
      expect(await exportJobStatus(f.province1, jobId)).toBeNull();
      expect(await exportJobFile(f.province1, jobId)).toBeNull();

      const progress: number[] = [];
      await runReportExport(queued[0], { onProgress: (p) => progress.push(p) });
      expect(progress[progress.length - 1]).toBe(100);
      expect(progress).toEqual([...progress].sort((x, y) => x - y));
      const status = await exportJobStatus(f.national, jobId);
      expect(status).toMatchObject({ status: "DONE", progress: 100 });
      const file = await exportJobFile(f.national, jobId);
      expect(file?.fileName).toMatch(/^bao-cao-sang-tao_2026-01-01_2026-12-31\.xlsx$/);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(Buffer.from(file!.data) as unknown as ArrayBuffer);
      // The job ran "now" (the real clock), so compare with the report as of now.
      const live = await periodicReport(await resolveReport(f.national, { unit: f.central.id, ...YEAR_2026 }));
      expect(wb.getWorksheet("Danh sách đề xuất")!.rowCount).toBe(live.counted + 3);
      // Running it again is a no-op.
      await runReportExport(queued[0]);
      expect((await exportJobStatus(f.national, jobId))?.status).toBe("DONE");
    } finally {
      if (previous === undefined) delete process.env.EXPORT_SYNC_MAX_ROWS;
      else process.env.EXPORT_SYNC_MAX_ROWS = previous;
    }
  });

  it("a small export comes back at once; an unknown format or a foreign unit is a 404", async () => {
    const small = await requestExport(f.province1, { unit: f.p1.id, ...YEAR_2026 }, "csv", { now: NOW });
    expect(small.kind).toBe("file");
    await expect(requestExport(f.province1, { unit: f.p1.id }, "docx")).rejects.toBeInstanceOf(NotFoundError);
    await expect(requestExport(f.province1, { unit: f.d.id }, "csv")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a small export is recorded in the user's download area, with its file (issue 12.15)", async () => {
    const before = (await listExportJobs(f.province1)).length;
    const small = await requestExport(f.province1, { unit: f.p1.id, ...YEAR_2026 }, "pdf", { now: NOW });
    expect(small.kind).toBe("file");
    const jobs = await listExportJobs(f.province1);
    expect(jobs).toHaveLength(before + 1);
    expect(jobs[0]).toMatchObject({ status: "DONE", progress: 100 });
    const file = await exportJobFile(f.province1, jobs[0].id);
    expect(file?.fileName).toMatch(/\.pdf$/);
  });

  it("the header names the field's value and the audit checkpoint with the in-app place to verify it (issue 12.16)", async () => {
    const ctx = await report(f.province1, { ...YEAR_2026, field: "DIGITAL" });
    const meta = exportMeta(ctx, f.province1, NOW, { seq: "42", hash: "a".repeat(64) });
    expect(meta.lines).toContain("Lĩnh vực: Chuyển đổi số");
    expect(meta.checkpoint).toContain("Điểm kiểm tra nhật ký: sự kiện số 42, mã " + "a".repeat(64));
    expect(meta.checkpoint).toContain(`/verify?head=${"a".repeat(64)}`);
    expect(meta.checkpoint).not.toContain("npm run");
    expect(JSON.stringify(periodicPdfDefinition(meta, (await periodicReport(ctx)).rows).content)).toContain("/verify?head=");
    const all = exportMeta(await report(f.province1, YEAR_2026), f.province1, NOW);
    expect(all.lines).toContain("Lĩnh vực: Tất cả lĩnh vực");

    // The XLSX prints the checkpoint under the table, as the PDF does.
    const xlsx = await buildExport(ctx, f.province1, "xlsx", { now: NOW });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.data as unknown as ArrayBuffer);
    const summary = wb.getWorksheet("Tổng hợp")!;
    const texts = [...Array(summary.rowCount).keys()].map((i) => summary.getRow(i + 1).getCell(1).text);
    expect(texts).toContain("Lĩnh vực: Chuyển đổi số");
    expect(texts.some((x) => x.startsWith("Điểm kiểm tra nhật ký: sự kiện số"))).toBe(true);
  });
});
