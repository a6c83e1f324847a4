/**
 * Access scoping inside the Prisma `where` (STYLE.md, documenso): a query cannot return a row the
 * actor may not see even if a later check is forgotten. Built from domain/permissions.readScope so
 * the list filter and can() read the same permission table; this is the Prisma rendering of
 * `scopeIncludes` (domain/permissions.ts), term by term.
 */
import { isEmptyScope, readScope, type Action, type Actor } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { COUNTING_COAUTHOR } from "./proposals/coauthor-rule";

const NOTHING = { id: { in: [] as string[] } };

export function proposalScope(actor: Actor, action: Action = "proposal.read"): Prisma.ProposalWhereInput {
  const s = readScope(actor, action);
  if (s.resource !== "proposal" || isEmptyScope(s)) return NOTHING;
  // Co-authors count only once they consented (proposals/coauthor-rule.ts).
  const coAuthor = { userId: s.userId, ...COUNTING_COAUTHOR };
  const isAuthor: Prisma.ProposalWhereInput = s.ownAuthorOnly ? { authorId: s.userId } : { OR: [{ authorId: s.userId }, { coAuthors: { some: coAuthor } }] };
  const notAuthor: Prisma.ProposalWhereInput = { authorId: { not: s.userId }, coAuthors: { none: coAuthor } };

  const inUnits: Prisma.ProposalWhereInput[] = [
    ...(s.unitIds.length ? [{ unitId: { in: s.unitIds } }] : []),
    ...s.unitPathPrefixes.map((prefix) => ({ unitPath: { startsWith: prefix } })),
    ...(s.decidingUnitIds.length ? [{ decidingUnitId: { in: s.decidingUnitIds } }] : []),
    ...s.decidingUnitPathPrefixes.map((prefix) => ({ decidingUnit: { path: { startsWith: prefix } } })),
  ];
  const branches: Prisma.ProposalWhereInput[] = [];
  // An author sees their own proposal in any state (unless the action excludes authors).
  if (s.own && !s.excludeAuthors) branches.push(isAuthor);
  if (inUnits.length) {
    branches.push({
      AND: [{ OR: inUnits }, s.ownOnlyStates.length ? { status: { notIn: s.ownOnlyStates } } : {}],
    });
  }
  if (branches.length === 0) return NOTHING;
  return {
    AND: [
      s.states ? { status: { in: s.states } } : {},
      s.excludeAuthors ? notAuthor : {},
      { OR: branches },
    ],
  };
}

export function unitScope(actor: Actor, action: Action): Prisma.UnitWhereInput {
  const s = readScope(actor, action);
  const or: Prisma.UnitWhereInput[] = [
    ...(s.unitIds.length ? [{ id: { in: s.unitIds } }] : []),
    ...s.unitPathPrefixes.map((prefix) => ({ path: { startsWith: prefix } })),
  ];
  return or.length ? { OR: or } : NOTHING;
}

/**
 * Proposals counted in reports (KL 14 §3.2): every proposal of the units in the actor's
 * report.read scope (Commission: its subtree; heads: their own subtree). Drafts are the author's
 * private work and never counted.
 */
export function reportScope(actor: Actor): Prisma.ProposalWhereInput {
  const s = readScope(actor, "report.read");
  const or: Prisma.ProposalWhereInput[] = [
    ...(s.unitIds.length ? [{ unitId: { in: s.unitIds } }] : []),
    ...s.unitPathPrefixes.map((prefix) => ({ unitPath: { startsWith: prefix } })),
  ];
  return or.length ? { AND: [{ OR: or }, { status: { not: "DRAFT" } }] } : NOTHING;
}
