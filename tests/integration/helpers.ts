import { loadActor, type SessionActor } from "@/server/actor";
import { db } from "@/server/db";
import { mapError } from "@/server/usecase";
import { seedCalendar, seedRegulationProfile, seedUnit, seedUser, validPlan } from "../support/factories";

export async function actorOf(user: { id: string }): Promise<SessionActor> {
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("no actor");
  return actor;
}

/** The HTTP status a use-case refusal maps to (422/403/404/409), or 200 when it succeeds. */
export async function statusOf(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return mapError(e).status;
  }
}

/**
 * A small organisation: a province with two departments, each with a head, a deputy and a
 * proposer; calendar and Decree 73 profile loaded.
 */
export async function smallOrg() {
  await seedCalendar(db);
  await seedRegulationProfile(db);
  const province = await seedUnit(db, { name: "Tỉnh Thử Nghiệm", kind: "PROVINCE" });
  const deptA = await seedUnit(db, { name: "Sở Khoa học và Công nghệ", parent: province });
  const deptB = await seedUnit(db, { name: "Sở Y tế", parent: province });
  const office = await seedUnit(db, { name: "Phòng Chuyển đổi số", parent: deptA });
  const provinceHead = await seedUser(db, { unit: province, role: "HEAD", fullName: "Chủ tịch Tỉnh" });
  const headA = await seedUser(db, { unit: deptA, role: "HEAD", fullName: "Nguyễn Văn Giám Đốc" });
  const deputyA = await seedUser(db, { unit: deptA, role: "DEPUTY", fullName: "Trần Thị Phó" });
  const proposerA = await seedUser(db, { unit: deptA, role: "PROPOSER", fullName: "Lê Văn Sáng Tạo" });
  const coAuthorA = await seedUser(db, { unit: deptA, role: "PROPOSER", fullName: "Phạm Thị Đồng Tác Giả" });
  const headB = await seedUser(db, { unit: deptB, role: "HEAD", fullName: "Đỗ Văn Y Tế" });
  const proposerB = await seedUser(db, { unit: deptB, role: "PROPOSER", fullName: "Hoàng Thị Khác Đơn Vị" });
  const officeHead = await seedUser(db, { unit: office, role: "HEAD", fullName: "Vũ Văn Trưởng Phòng" });
  const commission = await seedUser(db, { unit: province, role: "COMMISSION", fullName: "Ban Tổ chức Tỉnh ủy" });
  return { province, deptA, deptB, office, provinceHead, headA, deputyA, proposerA, coAuthorA, headB, proposerB, officeHead, commission, validPlan };
}
