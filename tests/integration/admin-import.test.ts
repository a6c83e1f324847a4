import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { ValidationError } from "@/domain/errors";
import { commitImport, previewImport } from "@/server/admin/import";
import { templateCsv } from "@/server/admin/import-file";
import { verifyAuditChain } from "@/server/audit";
import { authOptions } from "@/server/auth";
import { db } from "@/server/db";
import { seedUser } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };

let org: Awaited<ReturnType<typeof smallOrg>>;
let admin: Awaited<ReturnType<typeof actorOf>>;
let deptAdmin: Awaited<ReturnType<typeof actorOf>>;

beforeAll(async () => {
  org = await smallOrg();
  admin = await actorOf(await seedUser(db, { unit: org.province, role: "ADMIN" }));
  deptAdmin = await actorOf(await seedUser(db, { unit: org.deptA, role: "ADMIN" }));
});

const csv = (text: string) => new TextEncoder().encode(text);
const file = (kind: "units" | "people", text: string, fileName = `${kind}.csv`) => ({ kind, fileName, bytes: csv(text) });
const counts = async () => ({ units: await db.unit.count(), users: await db.user.count(), memberships: await db.membership.count() });

describe("import of units", () => {
  it("previews, imports in dependency order (a child listed before its parent), then a re-import changes nothing", async () => {
    const text = [
      "Mã đơn vị;Tên đơn vị;Tên viết tắt;Loại;Mã đơn vị cấp trên;Cơ quan chủ quản;Địa danh",
      "IMP-P1;Phòng Một;;Phòng;IMP-SO;SỞ NHẬP KHẨU;Quảng Ninh",
      `IMP-SO;Sở Nhập Khẩu;SNK;DEPARTMENT;${org.province.code};UBND TỈNH THỬ NGHIỆM;Quảng Ninh`,
    ].join("\r\n");
    const preview = await previewImport(admin, file("units", text));
    expect(preview).toMatchObject({ rows: 2, creates: 2, updates: 0, unchanged: 0, issues: [] });
    expect(await db.unit.findUnique({ where: { code: "IMP-SO" } })).toBeNull(); // a preview writes nothing
    await commitImport(admin, file("units", text));
    const so = await db.unit.findUniqueOrThrow({ where: { code: "IMP-SO" } });
    const p1 = await db.unit.findUniqueOrThrow({ where: { code: "IMP-P1" } });
    expect(so).toMatchObject({ kind: "DEPARTMENT", parentId: org.province.id, governingBodyName: "UBND TỈNH THỬ NGHIỆM" });
    expect(p1).toMatchObject({ kind: "OFFICE", parentId: so.id, path: `${so.path}${p1.id}/` });

    const before = await counts();
    const seq = (await db.auditEvent.count());
    const again = await commitImport(admin, file("units", text));
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2 });
    expect(await counts()).toEqual(before);
    expect(await db.auditEvent.count()).toBe(seq);
  });

  it("a changed name is an update; moving by import is refused with a row message", async () => {
    const text = `ma_don_vi,ten_don_vi,loai,ma_don_vi_cap_tren\nIMP-P1,Phòng Một (đổi tên),OFFICE,IMP-SO\n`;
    expect(await commitImport(admin, file("units", text))).toMatchObject({ updates: 1 });
    expect((await db.unit.findUniqueOrThrow({ where: { code: "IMP-P1" } })).name).toBe("Phòng Một (đổi tên)");
    const moved = await previewImport(admin, file("units", `ma_don_vi,ten_don_vi,loai,ma_don_vi_cap_tren\nIMP-P1,Phòng Một (đổi tên),OFFICE,${org.deptB.code}\n`));
    expect(moved.issues).toEqual([{ row: 2, column: "ma_don_vi_cap_tren", code: "parentChange", value: org.deptB.code }]);
  });

  it("a department administrator cannot import under a unit outside its subtree", async () => {
    const r = await previewImport(deptAdmin, file("units", `ma_don_vi,ten_don_vi,loai,ma_don_vi_cap_tren\nIMP-X,Phòng X,OFFICE,${org.deptB.code}\n`));
    expect(r.issues).toEqual([{ row: 2, column: "ma_don_vi_cap_tren", code: "parentOutOfScope", value: org.deptB.code }]);
    expect(await statusOf(previewImport(await actorOf(org.headA), file("units", "ma_don_vi\n")))).toBe(403);
  });
});

describe("import of people", () => {
  it("all or nothing: one invalid row and nothing is written; every row's problems are reported", async () => {
    const text = [
      "ten_dang_nhap,email,ho_ten,chuc_vu,ma_don_vi,vai_tro",
      `nhap.mot,mot@x.vn,Nhập Một,Chuyên viên,${org.deptA.code},PROPOSER`,
      `nhap.hai,khong-phai-email,Nhập Hai,,${org.deptA.code},HEAD`,
      `nhap.ba,ba@x.vn,Nhập Ba,,KHONG-CO,Cấp phó`,
      `nhap.mot,bon@x.vn,Nhập Bốn,,${org.deptA.code},Vua`,
    ].join("\n");
    const before = await counts();
    const err = await commitImport(admin, file("people", text)).catch((e) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect(await counts()).toEqual(before);
    const preview = await previewImport(admin, file("people", text));
    expect(preview.issues).toEqual([
      { row: 3, column: "email", code: "email", value: "khong-phai-email" },
      { row: 4, column: "ma_don_vi", code: "unknownUnit", value: "KHONG-CO" },
      { row: 5, column: "vai_tro", code: "role", value: "Vua" },
      { row: 5, column: "ten_dang_nhap", code: "duplicateInFile", value: "2" },
    ]);
  });

  it("imports people with roles (Vietnamese names accepted), one temporary password shown once; re-import changes nothing; matched by e-mail too", async () => {
    const text = [
      "ten_dang_nhap,email,ho_ten,chuc_vu,ma_don_vi,vai_tro",
      `nhap.mot,mot@x.vn,Nhập Một,Chuyên viên,${org.deptA.code},`,
      `nhap.hai,hai@x.vn,Nhập Hai,Phó Giám đốc,${org.deptA.code},Cấp phó; PARTY_COMMITTEE`,
    ].join("\n");
    const r = await commitImport(admin, file("people", text));
    expect(r).toMatchObject({ creates: 2, updates: 0, issues: [] });
    expect(r.temporaryPassword).toBeTruthy();
    const hai = await db.user.findUniqueOrThrow({ where: { username: "nhap.hai" }, include: { memberships: true } });
    expect(hai.memberships.map((m) => m.role).sort()).toEqual(["DEPUTY", "PARTY_COMMITTEE"]);
    expect(hai.mustChangePassword).toBe(true);
    expect(await provider.options.authorize({ username: "nhap.hai", password: r.temporaryPassword! }, { headers: {} })).toMatchObject({ id: hai.id });

    const before = await counts();
    const again = await commitImport(admin, file("people", text));
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 2, temporaryPassword: null });
    expect(await counts()).toEqual(before);

    // The same person under another username but the same e-mail is matched by e-mail and refused, not duplicated.
    const renamed = await previewImport(admin, file("people", `ten_dang_nhap,email,ho_ten,ma_don_vi\nnhap.hai.moi,hai@x.vn,Nhập Hai,${org.deptA.code}\n`));
    expect(renamed.issues).toEqual([{ row: 2, column: "ten_dang_nhap", code: "usernameMismatch", value: "nhap.hai" }]);
    // A new role for an existing person is an update.
    const promoted = await commitImport(admin, file("people", `ten_dang_nhap,email,ho_ten,chuc_vu,ma_don_vi,vai_tro\nnhap.mot,mot@x.vn,Nhập Một,Chuyên viên,${org.office.code},HEAD\n`));
    expect(promoted).toMatchObject({ creates: 0, updates: 1 });
  });

  it("reads XLSX as well, and a department administrator cannot touch a person of another department", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Người dùng");
    ws.addRow(["ten_dang_nhap", "email", "ho_ten", "chuc_vu", "ma_don_vi", "vai_tro"]);
    ws.addRow(["xlsx.mot", "xlsx@x.vn", "Trần Thị Bảng Tính", "", org.deptA.code, "PROPOSER"]);
    ws.addRow([org.headB.username, org.headB.email, "Đổi tên người ngoài", "", org.deptA.code, "PROPOSER"]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const r = await previewImport(deptAdmin, { kind: "people", fileName: "nguoi-dung.xlsx", bytes });
    expect(r.creates).toBe(1);
    expect(r.issues).toEqual([{ row: 3, column: "ten_dang_nhap", code: "personOutOfScope", value: org.headB.username }]);
  });

  it("a missing column or an unreadable file is a clear refusal", async () => {
    expect((await previewImport(admin, file("people", "ho_ten\nAi Đó\n"))).issues.map((i) => i.column)).toEqual(["ten_dang_nhap", "email", "ma_don_vi"]);
    expect(await statusOf(previewImport(admin, file("people", "")))).toBe(422);
    expect(await statusOf(previewImport(admin, { kind: "people", fileName: "x.xlsx", bytes: csv("PK\u0003\u0004 rác") }))).toBe(422);
  });

  it("the downloadable template imports as it is (after its parent code is filled in)", async () => {
    const units = templateCsv("units").replace("MA-DON-VI-CAP-TREN", org.province.code);
    expect((await previewImport(admin, file("units", units))).issues).toEqual([]);
  });

  it("imports a 5,000-person file in one transaction, and a re-import changes nothing", async () => {
    const lines = ["ten_dang_nhap,email,ho_ten,chuc_vu,ma_don_vi,vai_tro"];
    for (let i = 0; i < 5000; i++) lines.push(`vol.${i},vol.${i}@x.vn,Cán Bộ Số ${i},Chuyên viên,${i % 2 ? org.deptA.code : org.office.code},${i % 50 === 0 ? "PROPOSER;MONITOR" : "PROPOSER"}`);
    const text = lines.join("\n");
    const started = Date.now();
    const r = await commitImport(admin, file("people", text));
    const elapsed = Date.now() - started;
    expect(r).toMatchObject({ rows: 5000, creates: 5000, issues: [] });
    // Measured ≈ 20 s on an idle 2-core machine; the bound leaves room for a loaded CI runner.
    expect(elapsed).toBeLessThan(180_000);
    expect(await db.user.count({ where: { username: { startsWith: "vol." } } })).toBe(5000);
    expect(await db.membership.count({ where: { user: { username: { startsWith: "vol." } } } })).toBe(5100);
    const again = await commitImport(admin, file("people", text));
    expect(again).toMatchObject({ creates: 0, updates: 0, unchanged: 5000 });
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  }, 400_000);
});
