import type { Tx } from "../db";

/**
 * Which unit's head decides a plan (Art. 7.4 NĐ 73/2023): the proposer's own unit, unless the
 * proposer heads that unit — then the superior unit.
 */
export async function decidingUnitFor(tx: Tx, authorId: string, unitId: string) {
  const unit = await tx.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, parentId: true, path: true },
  });
  const headsOwnUnit = await tx.membership.count({ where: { userId: authorId, unitId, role: "HEAD" } });
  if (headsOwnUnit > 0 && unit.parentId) return unit.parentId;
  return unit.id;
}

/** Heads of a unit: those who receive the plan and the decision deadline. */
export async function headsOf(tx: Tx, unitId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({
    where: { unitId, role: "HEAD", user: { active: true } },
    select: { userId: true },
  });
  return rows.map((r) => r.userId);
}

/** Next code of the year, e.g. DX-2026-000123, from an atomic counter row. */
export async function nextProposalCode(tx: Tx, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    insert into "ProposalCounter" ("year", "last") values (${year}, 1)
    on conflict ("year") do update set "last" = "ProposalCounter"."last" + 1
    returning "last"`;
  return `DX-${year}-${String(rows[0].last).padStart(6, "0")}`;
}
