/**
 * Issue points 4 (open redirect), 8 (malformed input never answers 500) and 10 (wildcards in
 * search). The HTTP-level checks against the built app are in tests/e2e/security.spec.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { respondAction } from "@/app/(app)/invitations/actions";
import { unlockAccountAction } from "@/app/(app)/admin/sign-in/actions";
import { safeCallbackPath } from "@/domain/redirect";
import { db } from "@/server/db";
import { checkUrl } from "@/server/http/edge";
import { findNul } from "@/server/input-guard";
import { findColleagues } from "@/server/proposals/colleagues";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { listMyProposals } from "@/server/proposals/queries";
import { mapError } from "@/server/usecase";
import { actorOf, smallOrg, statusOf } from "../integration/helpers";
import { seedProposal, seedUser } from "../support/factories";

let org: Awaited<ReturnType<typeof smallOrg>>;
beforeAll(async () => {
  org = await smallOrg();
});

describe("4. no open redirect after sign-in", () => {
  const origin = "https://sangtao.gov.vn";
  it.each([
    ["/\\evil.example"],
    ["/%5Cevil.example"],
    ["/\tevil.example"],
    ["/\t/evil.example"],
    ["//evil.example"],
    ["/.//evil.example"],
    ["https://evil.example/"],
    ["javascript:alert(1)"],
    [" /proposals"],
    [""],
  ])("refuses %j", (candidate) => {
    const path = safeCallbackPath(candidate, origin);
    expect(new URL(path, origin).origin).toBe(origin);
    expect(path.startsWith("//")).toBe(false);
  });

  it("keeps a path of the app, with its query and hash", () => {
    expect(safeCallbackPath("/proposals/abc?tab=2#x", origin)).toBe("/proposals/abc?tab=2#x");
    expect(safeCallbackPath(["/inbox", "/x"], origin)).toBe("/inbox");
    expect(safeCallbackPath("/\\evil.example", origin)).toBe("/");
  });
});

describe("8. malformed input is refused with 400/422, never a 500", () => {
  it("malformed %-encoding in a path and NUL anywhere in a URL are refused at the edge", () => {
    expect(checkUrl("/proposals/%C3%28")).toEqual({ status: 400, code: "MALFORMED_URL" });
    expect(checkUrl("/proposals/abc%00")).toEqual({ status: 400, code: "NUL_CHARACTER" });
    expect(checkUrl("/proposals?q=a%00b")).toEqual({ status: 400, code: "NUL_CHARACTER" });
    expect(checkUrl("/proposals?q=%E0%A4%A")).toBeNull();
    expect(checkUrl("/proposals/ck123?q=%C4%91%E1%BB%81%20xu%E1%BA%A5t")).toBeNull();
  });

  it("a NUL character in a use-case's input is a 422 naming the field", async () => {
    const actor = await actorOf(org.proposerA);
    const created = await createDraft(actor, {});
    const err = await saveDraft(actor, { proposalId: created.id, version: created.version, draft: { title: "Tên\u0000đề xuất" } }).catch((e) => e);
    expect(mapError(err)).toMatchObject({ status: 422, issues: [{ path: "draft.title", code: "NUL_CHARACTER" }] });
    expect(await statusOf(saveDraft(actor, { proposalId: "ab\u0000c", version: 0, draft: {} }))).toBe(422);
    expect(findNul({ kpis: [{ name: "ok" }, { name: "x\u0000" }] })).toBe("kpis.1.name");
  });

  it("the database's own refusal of a NUL is mapped to 422, not 500", async () => {
    const err = await db.unit.findFirst({ where: { name: "a\u0000b" } }).catch((e) => e);
    expect(mapError(err).status).toBe(422);
  });

  it("an action called with something other than a form gets a typed refusal", async () => {
    for (const bad of ["x", 42, null, { proposalId: "x" }]) {
      expect(await respondAction(bad as unknown as FormData)).toMatchObject({ ok: false, code: "VALIDATION_FAILED", issues: [{ code: "NOT_FORM_DATA" }] });
      expect(await unlockAccountAction(bad as unknown as FormData)).toMatchObject({ ok: false, issues: [{ code: "NOT_FORM_DATA" }] });
    }
  });

  it("search text with NUL characters is cleaned, not sent to PostgreSQL", async () => {
    const actor = await actorOf(org.proposerA);
    expect(await findColleagues(actor, "\u0000\u0000")).toEqual([]);
    await expect(listMyProposals(actor, { q: "đề\u0000xuất" })).resolves.toBeDefined();
  });
});

describe("10. % and _ in search match themselves", () => {
  it("in my proposals", async () => {
    const author = await seedUser(db, { unit: org.deptA, role: "PROPOSER" });
    await seedProposal(db, { unit: org.deptA, author, title: "Tăng 100% hiệu quả giải quyết hồ sơ" });
    await seedProposal(db, { unit: org.deptA, author, title: "Tăng 1000 lượt tra cứu trực tuyến" });
    await seedProposal(db, { unit: org.deptA, author, title: "Mã_hồ_sơ điện tử" });
    const actor = await actorOf(author);
    const titles = async (q: string) => (await listMyProposals(actor, { q })).items.map((i) => i.title);
    expect(await titles("100%")).toEqual(["Tăng 100% hiệu quả giải quyết hồ sơ"]);
    expect(await titles("%")).toEqual(["Tăng 100% hiệu quả giải quyết hồ sơ"]);
    // As a wildcard "_" would also match the space of "hồ sơ" in the first title.
    expect(await titles("hồ_sơ")).toEqual(["Mã_hồ_sơ điện tử"]);
  });

  it("in the co-author search", async () => {
    await seedUser(db, { unit: org.deptA, role: "PROPOSER", username: "nguoi_dung.a", fullName: "Nguyễn Gạch Dưới" });
    await seedUser(db, { unit: org.deptA, role: "PROPOSER", username: "nguoixdung.b", fullName: "Nguyễn Không Gạch" });
    const found = await findColleagues(await actorOf(org.proposerA), "nguoi_");
    expect(found.map((u) => u.fullName)).toEqual(["Nguyễn Gạch Dưới"]);
  });
});
