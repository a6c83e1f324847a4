/**
 * Access scoping inside the Prisma `where` (STYLE.md, documenso): a query cannot return a row the
 * actor may not see even if a later check is forgotten. Built from domain/permissions.readScope so
 * the list filter and can() read the same permission table.
 */
import { readScope, type Actor, type Action } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";

export function proposalScope(actor: Actor, action: Action = "proposal.read"): Prisma.ProposalWhereInput {
  const s = readScope(actor, action);
  const or: Prisma.ProposalWhereInput[] = [];
  if (s.own) {
    or.push({ authorId: s.userId }, { coAuthors: { some: { userId: s.userId } } });
  }
  if (s.unitIds.length) or.push({ unitId: { in: s.unitIds } });
  if (s.decidingUnitIds.length) or.push({ decidingUnitId: { in: s.decidingUnitIds } });
  for (const prefix of s.unitPathPrefixes) or.push({ unitPath: { startsWith: prefix } });
  for (const prefix of s.decidingUnitPathPrefixes) or.push({ decidingUnit: { path: { startsWith: prefix } } });
  // No grant at all: match nothing (an empty OR in Prisma matches nothing as well, but say it plainly).
  return or.length ? { OR: or } : { id: { in: [] } };
}

export function unitScope(actor: Actor, action: Action): Prisma.UnitWhereInput {
  const s = readScope(actor, action);
  const or: Prisma.UnitWhereInput[] = [];
  if (s.unitIds.length) or.push({ id: { in: s.unitIds } });
  for (const prefix of s.unitPathPrefixes) or.push({ path: { startsWith: prefix } });
  return or.length ? { OR: or } : { id: { in: [] } };
}
