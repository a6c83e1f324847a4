import type { ProposalResource } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { COUNTING_COAUTHOR } from "./coauthor-rule";

/** What every proposal load selects so that can() has the whole resource. */
export const proposalResourceSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  version: true,
  unitId: true,
  unitPath: true,
  decidingUnitId: true,
  authorId: true,
  currentRevision: true,
  decidingUnit: { select: { path: true } },
  // Only co-authors who count (accepted, and accepted by the head when from outside): coauthor-rule.ts.
  coAuthors: { where: COUNTING_COAUTHOR, select: { userId: true } },
} satisfies Prisma.ProposalSelect;

export type ProposalResourceRow = Prisma.ProposalGetPayload<{ select: typeof proposalResourceSelect }>;

export function toProposalResource(p: ProposalResourceRow): ProposalResource {
  return {
    kind: "proposal",
    unitId: p.unitId,
    unitPath: p.unitPath,
    decidingUnitId: p.decidingUnitId,
    decidingUnitPath: p.decidingUnit.path,
    authorId: p.authorId,
    coAuthorIds: p.coAuthors.map((c) => c.userId),
    status: p.status,
  };
}
