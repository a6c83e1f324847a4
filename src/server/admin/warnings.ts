/**
 * Warnings about roles (they do not block a change; the administrator reads them beside it):
 * a unit without a head cannot decide anything, and a new head who wrote a plan awaiting the
 * unit's decision would be deciding their own plan (Art. 7.4 sends it to the superior unit).
 */
import type { RoleWarning } from "@/domain/person-admin";
import { DECIDING_ROLES } from "@/domain/person-admin";
import type { Role } from "@/domain/roles";
import type { Prisma } from "@/generated/prisma/client";
import type { Client } from "./scope";

export async function roleWarnings(client: Client, change: { userId: string; unitId: string; role: Role }): Promise<RoleWarning[]> {
  const warnings: RoleWarning[] = [];
  if (DECIDING_ROLES.includes(change.role)) {
    const own = await client.proposal.findMany({
      where: {
        decidingUnitId: change.unitId,
        status: { in: ["SUBMITTED", "IN_REVIEW", "RESULT_REPORTED"] },
        OR: [{ authorId: change.userId }, { coAuthors: { some: { userId: change.userId } } }],
      },
      select: { code: true },
      orderBy: { code: "asc" },
      take: 10,
    });
    if (own.length) warnings.push({ kind: "DECIDES_OWN_PLAN", unitId: change.unitId, proposalCodes: own.flatMap((p) => (p.code ? [p.code] : [])) });
  }
  const unit = await client.unit.findUnique({ where: { id: change.unitId }, select: { id: true, name: true } });
  if (unit && (await client.membership.count({ where: { unitId: unit.id, role: "HEAD", user: { active: true } } })) === 0) {
    warnings.push({ kind: "NO_HEAD", unitId: unit.id, unitName: unit.name });
  }
  return warnings;
}

/** Active units of a subtree with no active head, for the warning list on the units page (SQL does the work). */
export async function unitsWithoutHead(client: Client, where: Prisma.UnitWhereInput, take = 20) {
  return client.unit.findMany({
    where: { AND: [where, { active: true }, { memberships: { none: { role: "HEAD", user: { active: true } } } }] },
    select: { id: true, name: true, code: true },
    orderBy: { path: "asc" },
    take,
  });
}
