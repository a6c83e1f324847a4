import type { SessionActor } from "../actor";
import { db } from "../db";
import { cleanText } from "../input-guard";
import { likeLiteral } from "../search";

/**
 * Co-author candidates: active users whose name, username or e-mail matches, closest units first
 * (the actor's own province/ministry). Bounded to 10 rows; never the whole user table.
 */
export async function findColleagues(actor: SessionActor, query: string) {
  const typed = cleanText(query, 100).trim();
  if (typed.length < 2) return [];
  const q = likeLiteral(typed);
  const rows = await db.user.findMany({
    where: {
      active: true,
      id: { not: actor.userId },
      OR: [
        { fullName: { contains: q, mode: "insensitive" } },
        { username: { contains: q.toLowerCase() } },
        { email: { contains: q.toLowerCase() } },
      ],
    },
    orderBy: [{ fullName: "asc" }, { id: "asc" }],
    take: 10,
    select: { id: true, fullName: true, title: true, memberships: { take: 1, select: { unit: { select: { name: true } } } } },
  });
  return rows.map((u) => ({ id: u.id, fullName: u.fullName, title: u.title, unitName: u.memberships[0]?.unit.name ?? "" }));
}

export async function usersByIds(ids: string[]) {
  ids = ids.filter((id) => typeof id === "string" && !id.includes("\u0000"));
  if (ids.length === 0) return [];
  const rows = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, fullName: true, title: true, memberships: { take: 1, select: { unit: { select: { name: true } } } } },
  });
  return rows.map((u) => ({ id: u.id, fullName: u.fullName, title: u.title, unitName: u.memberships[0]?.unit.name ?? "" }));
}
