import { COLLEAGUE_QUERY_MIN } from "@/domain/plan";
import { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import { db } from "../db";
import { cleanText } from "../input-guard";
import { likeLiteral } from "../search";

const LIMIT = 10;

/** What the co-author picker shows: a name and where the person works — no position, no e-mail. */
export type ColleagueOption = { id: string; fullName: string; unitName: string };

/**
 * Co-author candidates: active users whose name or username contains the query (at least
 * COLLEAGUE_QUERY_MIN characters), the proposer's own units first, then their province or
 * ministry, then everyone else; by name within each group. Bounded to 10 rows.
 */
export async function findColleagues(actor: SessionActor, query: string): Promise<ColleagueOption[]> {
  const q = cleanText(query, 100).trim();
  if (q.length < COLLEAGUE_QUERY_MIN) return [];
  const own = [...new Set(actor.memberships.map((m) => m.unitId))];
  const ownPaths = [...new Set(actor.memberships.map((m) => m.unitPath))];
  const pattern = `%${likeLiteral(q)}%`;
  const ownTest = own.length ? Prisma.sql`m."unitId" in (${Prisma.join(own)})` : Prisma.sql`false`;
  const mine = ownPaths.length ? Prisma.sql`values ${Prisma.join(ownPaths.map((p) => Prisma.sql`(${p})`))}` : Prisma.sql`select null::text where false`;
  return db.$queryRaw<ColleagueOption[]>(Prisma.sql`
    with mine(path) as (${mine}),
    -- the provinces and ministries the proposer's units belong to
    home as (select un.path from "Unit" un join mine on starts_with(mine.path, un.path) where un.kind in ('PROVINCE', 'MINISTRY'))
    select id, "fullName", "unitName" from (
      select distinct on (u.id) u.id, u."fullName", un.name as "unitName",
        case when ${ownTest} then 0 when exists (select 1 from home where starts_with(un.path, home.path)) then 1 else 2 end as rank
      from "User" u
        join "Membership" m on m."userId" = u.id
        join "Unit" un on un.id = m."unitId"
      where u.active and u.id <> ${actor.userId}
        and (u."fullName" ilike ${pattern} or u.username ilike ${pattern})
      order by u.id, rank, un.depth desc
    ) c
    order by rank, "fullName", id
    limit ${LIMIT}`);
}

export async function usersByIds(ids: string[]): Promise<ColleagueOption[]> {
  ids = ids.filter((id) => typeof id === "string" && !id.includes("\u0000"));
  if (ids.length === 0) return [];
  const rows = await db.user.findMany({
    where: { id: { in: ids } },
    select: { id: true, fullName: true, memberships: { take: 1, select: { unit: { select: { name: true } } } } },
  });
  return rows.map((u) => ({ id: u.id, fullName: u.fullName, unitName: u.memberships[0]?.unit.name ?? "" }));
}
