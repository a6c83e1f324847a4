import { resolveDecidingUnit } from "@/domain/permissions";
import type { Tx } from "../db";

/**
 * Which unit's head decides a plan (Art. 7.4 NĐ 73/2023, rule in domain/permissions): the
 * proposers' own unit, unless one of them heads it — then the superior unit. The root unit has no
 * superior; its head's own plan stays with the root's collective.
 */
export async function decidingUnitFor(tx: Tx, proposerIds: string[], unitId: string): Promise<string> {
  const unit = await tx.unit.findUniqueOrThrow({
    where: { id: unitId },
    select: { id: true, path: true, parent: { select: { id: true, path: true } } },
  });
  const result = resolveDecidingUnit({
    unit: { unitId: unit.id, unitPath: unit.path },
    parent: unit.parent ? { unitId: unit.parent.id, unitPath: unit.parent.path } : null,
    proposerIds,
    unitHeadIds: await headsOf(tx, unit.id),
  });
  return result.ok ? result.decidingUnit.unitId : unit.id;
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
