/**
 * Roles a user holds through a membership in a unit (see docs/domain.md "Who takes part").
 * The strings match the Prisma enum values.
 */
export const ROLES = [
  "PROPOSER", // cán bộ đề xuất (Art. 7 NĐ 73/2023)
  "HEAD", // người đứng đầu cơ quan sử dụng cán bộ (Art. 8)
  "DEPUTY", // cấp phó, member of the leadership collective (Art. 8)
  "PARTY_COMMITTEE", // cấp ủy cùng cấp, gives its opinion (Art. 4)
  "MONITOR", // theo dõi, giám sát (KL 14 §2.4)
  "COMMISSION", // Ban Tổ chức, oversight of the units below it (KL 14 §3.2)
  "ADMIN", // system administration, never proposal content
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
