/**
 * THE rule of who counts as a co-author (issue "co-authors who consent"): the person accepted the
 * invitation, and — when they belong to no unit in the deciding unit's subtree — that unit's head
 * accepted them too. Only such co-authors read the plan, are excluded from its vote (khoản 1 Điều 8) and
 * are treated as its proposers; every query that reads ProposalCoAuthor for rights uses this.
 */
import type { Prisma } from "@/generated/prisma/client";

export const COUNTING_COAUTHOR = {
  status: "ACCEPTED",
  OR: [{ outsideUnit: false }, { headApprovedAt: { not: null } }],
} satisfies Prisma.ProposalCoAuthorWhereInput;

export function isCountingCoAuthor(row: { status: string; outsideUnit: boolean; headApprovedAt: Date | null }): boolean {
  return row.status === "ACCEPTED" && (!row.outsideUnit || row.headApprovedAt !== null);
}
