import { describe, expect, it } from "vitest";
import { normaliseRows, parseRoles, parseUnitKind, planUnitImport, type ExistingUnit } from "@/domain/admin-import";
import { passwordIssues, temporaryPassword } from "@/domain/person-admin";
import { DECREE_73_PROFILE } from "@/domain/regulation";
import { lawFloorViolations } from "@/domain/regulation-floors";
import { formatRegisterNumber, normaliseDocumentNumber, registerSequence } from "@/domain/registers";
import { isMuted, readNotificationPrefs } from "@/domain/settings";
import { isInsideOwnSubtree, movedPath, searchKey } from "@/domain/unit-admin";

describe("the law's floors on a regulation profile (a profile may tighten, never loosen)", () => {
  const loosen = (patch: Record<string, unknown>, vote: Record<string, unknown> = {}) =>
    lawFloorViolations({ ...DECREE_73_PROFILE, ...patch, vote: { ...DECREE_73_PROFILE.vote, ...vote } }).map((i) => i.message);

  it("the Decree's own profile and a tighter one pass", () => {
    expect(loosen({})).toEqual([]);
    expect(loosen({ decisionWorkingDays: 5, resultReportWorkingDays: 3, evaluationWorkingDays: 5 }, { passRatio: 0.66 })).toEqual([]);
  });
  it.each([
    ["khoản 1 Điều 8: decision within 7 working days", { decisionWorkingDays: 8 }, {}, "floorDecisionDays"],
    ["Art. 18: result report within 5 working days", { resultReportWorkingDays: 6 }, {}, "floorResultReportDays"],
    ["Art. 18: evaluation within 7 working days", { evaluationWorkingDays: 8 }, {}, "floorEvaluationDays"],
    ["Art. 4: Party opinion before approval", { partyOpinionRequiredBeforeDecision: false }, {}, "floorPartyOpinion"],
    ["Art. 4: Party opinion before evaluation", { partyOpinionRequiredBeforeEvaluation: false }, {}, "floorPartyOpinion"],
    ["khoản 1 Điều 8: more than 50 %", {}, { passRatio: 0.4 }, "floorVoteMajority"],
    ["khoản 1 Điều 8: 50 % is not more than 50 %", {}, { strictlyGreater: false }, "floorVoteMajority"],
    ["khoản 1 Điều 8: a tie goes to the head's side", {}, { tieBreak: "FAILS" }, "floorTieBreak"],
    ["khoản 1 Điều 8: the proposer-deputy does not vote", {}, { excludeProposerDeputy: false }, "floorProposerDeputy"],
  ])("%s", (_label, patch, vote, message) => {
    expect(loosen(patch, vote)).toEqual([message]);
  });
});

describe("passwords", () => {
  it("at least 10 characters of three kinds, not the person's name", () => {
    expect(passwordIssues("SangTao@2026")).toEqual([]);
    expect(passwordIssues("Ab1!")).toEqual(["passwordTooShort"]);
    expect(passwordIssues("abcdefghijkl")).toEqual(["passwordTooSimple"]);
    expect(passwordIssues("Nguyenvana@2026", { username: "nguyenvana" })).toEqual(["passwordContainsName"]);
    expect(passwordIssues("Thành@Long2026", { fullName: "Lê Thành Long" })).toEqual(["passwordContainsName"]);
  });
  it("a temporary password always satisfies the rule", () => {
    for (let seed = 0; seed < 200; seed++) {
      const bytes = Uint8Array.from({ length: 16 }, (_, i) => (seed * 31 + i * 17) % 256);
      expect(passwordIssues(temporaryPassword(bytes))).toEqual([]);
    }
  });
});

describe("document registers", () => {
  it("numbers are 'sequence/suffix'; other forms carry no sequence", () => {
    expect(formatRegisterNumber(12, "QĐ-SKHCN")).toBe("12/QĐ-SKHCN");
    expect(registerSequence("12/QĐ-SKHCN", "QĐ-SKHCN")).toBe(12);
    expect(registerSequence("12/QĐ-KHAC", "QĐ-SKHCN")).toBeNull();
    expect(registerSequence("0/QĐ-SKHCN", "QĐ-SKHCN")).toBeNull();
    expect(registerSequence("abc/QĐ-SKHCN", "QĐ-SKHCN")).toBeNull();
    expect(normaliseDocumentNumber(" 12 / QĐ-SKHCN ")).toBe("12/QĐ-SKHCN");
  });
});

describe("unit tree", () => {
  it("moving rewrites the path prefix; a unit never moves under itself", () => {
    expect(movedPath("/a/b/c/", "/a/b/", "/a/x/b/")).toBe("/a/x/b/c/");
    expect(isInsideOwnSubtree("/a/b/", "/a/b/c/")).toBe(true);
    expect(isInsideOwnSubtree("/a/b/", "/a/x/")).toBe(false);
  });
  it("search ignores case and Vietnamese diacritics", () => {
    expect(searchKey("Sở Khoa học và Công nghệ")).toBe("so khoa hoc va cong nghe");
    expect(searchKey("ĐẢNG ỦY")).toBe("dang uy");
  });
});

describe("import planning", () => {
  it("reads Vietnamese or English headers and kinds/roles by code or Vietnamese name", () => {
    const { rows, issues } = normaliseRows("people", ["Tên đăng nhập", "E-mail", "Họ tên", "Mã đơn vị", "Vai trò"], [["a", "b", "c", "d", "e"], ["", "", "", "", ""]]);
    expect(issues).toEqual([]);
    expect(rows).toEqual([{ row: 2, values: { ten_dang_nhap: "a", email: "b", ho_ten: "c", ma_don_vi: "d", vai_tro: "e" } }]);
    expect(parseUnitKind("Sở")).toBe("DEPARTMENT");
    expect(parseUnitKind("office")).toBe("OFFICE");
    expect(parseRoles("Người đứng đầu; cấp ủy")).toEqual(["HEAD", "PARTY_COMMITTEE"]);
    expect(parseRoles("")).toEqual(["PROPOSER"]);
    expect(parseRoles("HEAD, Vua")).toBeNull();
  });

  it("orders new units parents first and finds a loop between two new units", () => {
    const root: ExistingUnit = { id: "r", code: "ROOT", path: "/r/", parentCode: null, name: "Gốc", shortName: null, kind: "PROVINCE", governingBodyName: null, addressLine: null, active: true };
    const row = (n: number, code: string, parent: string) => ({ row: n, values: { ma_don_vi: code, ten_don_vi: `Đơn vị ${code}`, loai: "OFFICE", ma_don_vi_cap_tren: parent } });
    const plan = planUnitImport([row(2, "CC", "BB"), row(3, "BB", "ROOT"), row(4, "XX", "YY"), row(5, "YY", "XX")], new Map([["ROOT", root]]), () => true);
    expect(plan.creates.map((c) => c.code)).toEqual(["BB", "CC"]);
    expect(plan.issues.map((i) => [i.row, i.code])).toEqual([[4, "parentCycle"], [5, "parentCycle"]]);
  });
});

describe("notification preferences", () => {
  it("an unreadable stored value mutes nothing", () => {
    expect(readNotificationPrefs({ muted: ["party.requested"] })).toEqual({ muted: [] });
    expect(isMuted(readNotificationPrefs({ muted: ["deadline.reminder"] }), "deadline.reminder")).toBe(true);
    expect(isMuted(readNotificationPrefs(null), "deadline.reminder")).toBe(false);
  });
});
