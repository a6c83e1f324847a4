import { beforeAll, describe, expect, it } from "vitest";
import { loadActor } from "@/server/actor";
import { createPerson, addMembership, removeMembership, resetPassword, setPersonActive, updatePerson } from "@/server/admin/people";
import { peopleFor, unitTreeFor } from "@/server/admin/queries";
import { createUnit, deleteUnit, moveUnit, setUnitActive, updateUnit } from "@/server/admin/units";
import { verifyAuditChain } from "@/server/audit";
import { authOptions } from "@/server/auth";
import { db } from "@/server/db";
import { changeOwnPassword, updateOwnSettings } from "@/server/settings";
import { createDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal, withdrawProposal } from "@/server/proposals/submit";
import { seedUnit, seedUser, TEST_PASSWORD } from "../support/factories";
import { actorOf, smallOrg, statusOf } from "./helpers";

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string; authVersion?: number } | null>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const signIn = (username: string, password: string) => provider.options.authorize({ username, password }, { headers: { "x-forwarded-for": "10.9.0.1" } });

let org: Awaited<ReturnType<typeof smallOrg>>;
let rootAdmin: Awaited<ReturnType<typeof actorOf>>;
let provinceAdmin: Awaited<ReturnType<typeof actorOf>>;
let otherProvince: Awaited<ReturnType<typeof seedUnit>>;

beforeAll(async () => {
  org = await smallOrg(); // the province is the root of this tree
  rootAdmin = await actorOf(await seedUser(db, { unit: org.province, role: "ADMIN", fullName: "Quản trị trung tâm" }));
  // A department's administrator manages only deptA's subtree.
  provinceAdmin = await actorOf(await seedUser(db, { unit: org.deptA, role: "ADMIN", fullName: "Quản trị Sở" }));
  otherProvince = await seedUnit(db, { name: "Sở khác", parent: org.province });
});

const unitInput = (parentId: string, code: string, extra: Record<string, unknown> = {}) => ({
  parentId,
  code,
  name: `Phòng ${code}`,
  kind: "OFFICE",
  governingBodyName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  addressLine: "Quảng Ninh",
  ...extra,
});

describe("units: create, edit, move, deactivate — within the administrator's subtree", () => {
  it("creates a unit with its code, kind and the names printed on documents; audited", async () => {
    const { id } = await createUnit(provinceAdmin, unitInput(org.deptA.id, "p-ktth"));
    const u = await db.unit.findUniqueOrThrow({ where: { id } });
    expect(u).toMatchObject({ code: "p-ktth", kind: "OFFICE", governingBodyName: "SỞ KHOA HỌC VÀ CÔNG NGHỆ", addressLine: "Quảng Ninh", path: `${org.deptA.path}${id}/`, depth: org.deptA.depth + 1 });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: id, action: "unit.create" } });
    expect(audit.actorId).toBe(provinceAdmin.userId);
  });

  it("a department administrator cannot create, edit or move a unit outside its subtree (404, never a leak)", async () => {
    expect(await statusOf(createUnit(provinceAdmin, unitInput(otherProvince.id, "X-OUT")))).toBe(404);
    const outside = await db.unit.findUniqueOrThrow({ where: { id: org.deptB.id } });
    expect(await statusOf(updateUnit(provinceAdmin, { id: outside.id, version: outside.version, code: outside.code, name: "Đổi tên", kind: outside.kind }))).toBe(404);
    expect(await statusOf(moveUnit(provinceAdmin, { id: org.office.id, version: 0, parentId: org.deptB.id }))).toBe(404);
    // Nobody without the ADMIN role gets anything.
    expect(await statusOf(createUnit(await actorOf(org.headA), unitInput(org.deptA.id, "X-HEAD")))).toBe(404);
  });

  it("422 on a bad code or kind, 409 on a code already taken", async () => {
    expect(await statusOf(createUnit(provinceAdmin, unitInput(org.deptA.id, "mã có dấu")))).toBe(422);
    expect(await statusOf(createUnit(provinceAdmin, unitInput(org.deptA.id, "OK-1", { kind: "GALAXY" })))).toBe(422);
    expect(await statusOf(createUnit(provinceAdmin, unitInput(org.deptA.id, "p-ktth")))).toBe(409);
  });

  it("renames with an optimistic version check (a stale form answers 409)", async () => {
    const { id } = await createUnit(provinceAdmin, unitInput(org.deptA.id, "P-RENAME"));
    await updateUnit(provinceAdmin, { id, version: 0, code: "P-RENAME", name: "Phòng Đã đổi tên", kind: "OFFICE" });
    expect((await db.unit.findUniqueOrThrow({ where: { id } })).name).toBe("Phòng Đã đổi tên");
    expect(await statusOf(updateUnit(provinceAdmin, { id, version: 0, code: "P-RENAME", name: "Lần hai", kind: "OFFICE" }))).toBe(409);
  });

  it("moves a unit with its subtree and its plans' paths; refuses moving a unit under itself", async () => {
    const a = await createUnit(rootAdmin, unitInput(org.deptA.id, "MV-A"));
    const b = await createUnit(rootAdmin, unitInput(a.id, "MV-B"));
    const author = await seedUser(db, { unit: b.id, role: "PROPOSER" });
    const draft = await createDraft(await actorOf(author), {});
    await moveUnit(rootAdmin, { id: a.id, version: 0, parentId: org.deptB.id });
    const [ua, ub, p] = await Promise.all([
      db.unit.findUniqueOrThrow({ where: { id: a.id } }),
      db.unit.findUniqueOrThrow({ where: { id: b.id } }),
      db.proposal.findUniqueOrThrow({ where: { id: draft.id } }),
    ]);
    expect(ua).toMatchObject({ parentId: org.deptB.id, path: `${org.deptB.path}${a.id}/`, depth: org.deptB.depth + 1 });
    expect(ub).toMatchObject({ path: `${org.deptB.path}${a.id}/${b.id}/`, depth: org.deptB.depth + 2 });
    expect(p.unitPath).toBe(ub.path);
    const err = await moveUnit(rootAdmin, { id: a.id, version: 1, parentId: b.id }).catch((e) => e);
    expect(err).toMatchObject({ httpStatus: 409, reason: "MOVE_INTO_OWN_SUBTREE" });
  });

  it("never deletes a unit that has records; deactivation keeps them and ends its roles", async () => {
    const { id } = await createUnit(provinceAdmin, unitInput(org.deptA.id, "P-DEACT"));
    const member = await seedUser(db, { unit: id, role: "HEAD", username: "truongphong.deact" });
    const err = await deleteUnit(provinceAdmin, { id, version: 0 }).catch((e) => e);
    expect(err).toMatchObject({ httpStatus: 409, reason: "UNIT_HAS_RECORDS" });
    await setUnitActive(provinceAdmin, { id, version: 0, active: false });
    expect(await db.unit.findUnique({ where: { id } })).toMatchObject({ active: false });
    expect(await db.membership.count({ where: { unitId: id } })).toBe(1);
    const actor = await loadActor(member.id);
    expect(actor?.memberships).toEqual([]);
    // An empty unit created by mistake may be deleted.
    const empty = await createUnit(provinceAdmin, unitInput(org.deptA.id, "P-EMPTY"));
    await deleteUnit(provinceAdmin, { id: empty.id, version: 0 });
    expect(await db.unit.findUnique({ where: { id: empty.id } })).toBeNull();
  });

  it("refuses to deactivate a unit with plans awaiting it", async () => {
    const { id } = await createUnit(rootAdmin, unitInput(org.deptA.id, "P-BUSY"));
    await seedUser(db, { unit: id, role: "HEAD" });
    const author = await actorOf(await seedUser(db, { unit: id, role: "PROPOSER" }));
    const d = await createDraft(author, {});
    const s = await saveDraft(author, { proposalId: d.id, version: d.version, draft: org.validPlan() });
    const sub = await submitProposal(author, { proposalId: d.id, version: s.version });
    const err = await setUnitActive(rootAdmin, { id, version: 0, active: false }).catch((e) => e);
    expect(err).toMatchObject({ httpStatus: 409, reason: "UNIT_HAS_OPEN_PLANS" });
    await withdrawProposal(author, { proposalId: d.id, version: sub.version });
  });

  it("the tree shows the subtree only, and the search ignores diacritics and keeps the ancestors", async () => {
    const tree = await unitTreeFor(provinceAdmin);
    expect(tree?.rows.every((u) => u.path.startsWith(org.deptA.path))).toBe(true);
    const found = await unitTreeFor(rootAdmin, "chuyen doi so");
    expect(found?.rows.map((u) => u.name)).toEqual(["Tỉnh Thử Nghiệm", "Sở Khoa học và Công nghệ", "Phòng Chuyển đổi số"]);
    expect(found?.rows.find((u) => u.name === "Phòng Chuyển đổi số")?.match).toBe(true);
  });
});

describe("people: create, edit, deactivate, reset password, roles", () => {
  it("creates a person with a temporary password shown once; they must change it at first sign-in", async () => {
    const r = await createPerson(provinceAdmin, { username: "Le.Van.Moi", email: "moi@skhcn.gov.vn", fullName: "Lê Văn Mới", unitId: org.deptA.id, role: "PROPOSER" });
    expect(r.temporaryPassword).toMatch(/^.{10,}$/);
    const user = await db.user.findUniqueOrThrow({ where: { id: r.id } });
    expect(user).toMatchObject({ username: "le.van.moi", mustChangePassword: true });
    expect(user.passwordHash).not.toContain(r.temporaryPassword);
    expect(await signIn("le.van.moi", r.temporaryPassword)).toMatchObject({ id: r.id });
    expect((await loadActor(r.id))?.mustChangePassword).toBe(true);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { targetId: r.id, action: "user.create" } });
    expect(JSON.stringify({ ...audit, seq: String(audit.seq) })).not.toContain(r.temporaryPassword);

    // The person changes it (same strength rule as creation) and the flag clears.
    const me = await actorOf({ id: r.id });
    expect(await statusOf(changeOwnPassword(me, { current: r.temporaryPassword, next: "ngắn", confirm: "ngắn" }))).toBe(422);
    const weak = await changeOwnPassword(me, { current: r.temporaryPassword, next: "levanmoi2026", confirm: "levanmoi2026" }).catch((e) => e);
    expect(weak.issues.map((i: { message: string }) => i.message)).toEqual(expect.arrayContaining(["passwordTooSimple"]));
    expect(await statusOf(changeOwnPassword(me, { current: "sai-mat-khau", next: "Hạ Long@2027x", confirm: "Hạ Long@2027x" }))).toBe(422);
    await changeOwnPassword(me, { current: r.temporaryPassword, next: "Hạ Long@2027x", confirm: "Hạ Long@2027x" });
    expect((await db.user.findUniqueOrThrow({ where: { id: r.id } })).mustChangePassword).toBe(false);
    expect(await signIn("le.van.moi", "Hạ Long@2027x")).toMatchObject({ id: r.id });
  });

  it("refuses a username or e-mail already used (409) and a person in a unit outside the subtree (404)", async () => {
    const base = { fullName: "Người Trùng", unitId: org.deptA.id, role: "PROPOSER" };
    expect(await statusOf(createPerson(provinceAdmin, { ...base, username: "le.van.moi", email: "khac@x.vn" }))).toBe(409);
    expect(await statusOf(createPerson(provinceAdmin, { ...base, username: "nguoi.khac", email: "MOI@skhcn.gov.vn" }))).toBe(409);
    expect(await statusOf(createPerson(provinceAdmin, { ...base, username: "ngoai.pham.vi", email: "n@x.vn", unitId: org.deptB.id }))).toBe(404);
    expect(await statusOf(updatePerson(provinceAdmin, { id: org.headB.id, version: 0, email: "b@x.vn", fullName: "Đổi" }))).toBe(404);
  });

  it("deactivation ends sign-in and open sessions at the next request; records stay", async () => {
    const person = await seedUser(db, { unit: org.deptA, role: "PROPOSER", username: "sap.nghi" });
    const session = await signIn("sap.nghi", TEST_PASSWORD);
    expect(session).toMatchObject({ id: person.id, authVersion: 0 });
    expect(await loadActor(person.id, { authVersion: session!.authVersion })).not.toBeNull();
    await setPersonActive(provinceAdmin, { id: person.id, version: 0, active: false });
    expect(await signIn("sap.nghi", TEST_PASSWORD)).toBeNull();
    expect(await loadActor(person.id, { authVersion: session!.authVersion })).toBeNull();
    expect(await db.user.findUnique({ where: { id: person.id } })).not.toBeNull();
    // Reactivated, the old session stays over: a new sign-in is needed.
    await setPersonActive(provinceAdmin, { id: person.id, version: 1, active: true });
    expect(await loadActor(person.id, { authVersion: session!.authVersion })).toBeNull();
    const again = await signIn("sap.nghi", TEST_PASSWORD);
    expect(await loadActor(person.id, { authVersion: again!.authVersion })).not.toBeNull();
    // An administrator does not deactivate themselves.
    expect(await statusOf(setPersonActive(provinceAdmin, { id: provinceAdmin.userId, version: 0, active: false }))).toBe(409);
  });

  it("a role change takes effect at the next request: the old session ends, the new one has the role", async () => {
    const person = await seedUser(db, { unit: org.deptA, role: "PROPOSER", username: "len.chuc" });
    const session = await signIn("len.chuc", TEST_PASSWORD);
    const { id: membershipId } = await addMembership(provinceAdmin, { userId: person.id, unitId: org.office.id, role: "DEPUTY" });
    expect(await loadActor(person.id, { authVersion: session!.authVersion })).toBeNull();
    const fresh = await signIn("len.chuc", TEST_PASSWORD);
    expect((await loadActor(person.id, { authVersion: fresh!.authVersion }))?.memberships.map((m) => m.role).sort()).toEqual(["DEPUTY", "PROPOSER"]);
    await removeMembership(provinceAdmin, { membershipId });
    expect(await loadActor(person.id, { authVersion: fresh!.authVersion })).toBeNull();
    expect(await statusOf(addMembership(provinceAdmin, { userId: person.id, unitId: org.deptB.id, role: "HEAD" }))).toBe(404);
  });

  it("reset password: a new temporary password, the old one and the old sessions stop working", async () => {
    const person = await seedUser(db, { unit: org.deptA, role: "PROPOSER", username: "quen.mat.khau" });
    const session = await signIn("quen.mat.khau", TEST_PASSWORD);
    const r = await resetPassword(provinceAdmin, { id: person.id, version: 0 });
    expect(await signIn("quen.mat.khau", TEST_PASSWORD)).toBeNull();
    expect(await loadActor(person.id, { authVersion: session!.authVersion })).toBeNull();
    expect(await signIn("quen.mat.khau", r.temporaryPassword)).toMatchObject({ id: person.id });
    expect((await db.user.findUniqueOrThrow({ where: { id: person.id } })).mustChangePassword).toBe(true);
    expect(await statusOf(resetPassword(provinceAdmin, { id: org.headB.id, version: 0 }))).toBe(404);
  });

  it("warns when a unit is left without a head, and when a new head would decide their own plan (Art. 7.4)", async () => {
    const { id: unitId } = await createUnit(rootAdmin, unitInput(org.deptA.id, "P-WARN"));
    const created = await createPerson(rootAdmin, { username: "canbo.warn", email: "warn@x.vn", fullName: "Cán Bộ Cảnh Báo", unitId, role: "PROPOSER" });
    expect(created.warnings).toEqual([{ kind: "NO_HEAD", unitId, unitName: "Phòng P-WARN" }]);
    // The proposer's plan awaits the unit's decision; making them its head would have them decide it.
    const author = await actorOf({ id: created.id });
    const head = await seedUser(db, { unit: unitId, role: "HEAD" });
    const d = await createDraft(author, {});
    const s = await saveDraft(author, { proposalId: d.id, version: d.version, draft: org.validPlan() });
    await submitProposal(author, { proposalId: d.id, version: s.version });
    const code = (await db.proposal.findUniqueOrThrow({ where: { id: d.id } })).code;
    const r = await addMembership(rootAdmin, { userId: created.id, unitId, role: "HEAD" });
    expect(r.warnings).toEqual([{ kind: "DECIDES_OWN_PLAN", unitId, proposalCodes: [code] }]);
    const headMembership = await db.membership.findFirstOrThrow({ where: { userId: head.id, unitId, role: "HEAD" } });
    const removed = await removeMembership(rootAdmin, { membershipId: headMembership.id });
    expect(removed.warnings).toEqual([]); // the new head remains
  });

  it("lists the subtree's people in keyset pages and searches them", async () => {
    const list = await peopleFor(provinceAdmin, { q: "le.van" });
    expect(list?.rows.map((p) => p.username)).toContain("le.van.moi");
    expect((await peopleFor(provinceAdmin, { q: org.headB.username }))?.rows).toEqual([]);
    expect(await peopleFor(await actorOf(org.headA), {})).toBeNull();
  });

  it("each person's settings: language and muted courtesy notices, which the use-case path then skips", async () => {
    const me = await actorOf(org.headA);
    await updateOwnSettings(me, { locale: "en", muted: ["proposal.withdrawn"] });
    expect(await db.user.findUniqueOrThrow({ where: { id: org.headA.id } })).toMatchObject({ locale: "en", notificationPrefs: { muted: ["proposal.withdrawn"] } });
    expect(await statusOf(updateOwnSettings(me, { locale: "fr", muted: [] }))).toBe(422);
    // A duty notice cannot be muted.
    expect(await statusOf(updateOwnSettings(me, { locale: "vi", muted: ["party.requested"] }))).toBe(422);
    const author = await actorOf(org.proposerA);
    const d = await createDraft(author, {});
    const s = await saveDraft(author, { proposalId: d.id, version: d.version, draft: org.validPlan() });
    const sub = await submitProposal(author, { proposalId: d.id, version: s.version });
    await withdrawProposal(author, { proposalId: d.id, version: sub.version });
    const kinds = (await db.notification.findMany({ where: { userId: org.headA.id, proposalId: d.id } })).map((n) => n.kind);
    expect(kinds).toContain("proposal.submitted");
    expect(kinds).not.toContain("proposal.withdrawn");
    await updateOwnSettings(me, { locale: "vi", muted: [] });
  });

  it("every change above is in the audit chain, which still verifies", async () => {
    const actions = new Set((await db.auditEvent.findMany({ where: { actorId: { in: [rootAdmin.userId, provinceAdmin.userId] } }, select: { action: true } })).map((a) => a.action));
    for (const a of ["unit.create", "unit.update", "unit.move", "unit.deactivate", "unit.delete", "user.create", "user.deactivate", "user.reactivate", "user.resetPassword", "membership.add", "membership.remove"]) {
      expect(actions, a).toContain(a);
    }
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});
