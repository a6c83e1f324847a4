/** What the administration pages read, scoped to the administrator's subtree in the `where`. */
import { searchKey } from "@/domain/unit-admin";
import type { Actor } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import { unitScope } from "../scope";
import { administersSomething, loadScopedUnit, UNIT_SELECT } from "./scope";
import { unitsWithoutHead } from "./warnings";

const MAX_TREE = 3000;

export type UnitTreeRow = Awaited<ReturnType<typeof loadTree>>[number] & { match: boolean };

function loadTree(actor: Actor) {
  return db.unit.findMany({
    where: unitScope(actor, "unit.manage"),
    orderBy: { path: "asc" },
    take: MAX_TREE,
    select: { ...UNIT_SELECT, _count: { select: { memberships: true } } },
  });
}

/**
 * The units of the administrator's subtree as a tree (ordered by path, with depth). With a search,
 * the units whose name, short name or code match (without diacritics) and their ancestors.
 */
export async function unitTreeFor(actor: Actor, q = "") {
  if (!administersSomething(actor)) return null;
  const [all, headless] = await Promise.all([loadTree(actor), unitsWithoutHead(db, unitScope(actor, "unit.manage"))]);
  const minDepth = Math.min(...all.map((u) => u.depth));
  const key = searchKey(q);
  const rows = all.map((u) => ({ ...u, level: u.depth - minDepth, match: !key || [u.name, u.shortName ?? "", u.code].some((t) => searchKey(t).includes(key)) }));
  if (!key) return { rows, headless, truncated: all.length === MAX_TREE };
  const keep = new Set<string>();
  for (const u of rows) if (u.match) for (const id of u.path.split("/").filter(Boolean)) keep.add(id);
  return { rows: rows.filter((u) => keep.has(u.id)), headless, truncated: all.length === MAX_TREE };
}

/** Units the administrator may place people or units in (select options), ordered as the tree. */
export async function unitOptionsFor(actor: Actor, action: "unit.manage" | "user.manage" = "unit.manage") {
  const units = await db.unit.findMany({ where: { AND: [unitScope(actor, action), { active: true }] }, orderBy: { path: "asc" }, take: MAX_TREE, select: { id: true, name: true, code: true, depth: true } });
  const minDepth = Math.min(...units.map((u) => u.depth));
  return units.map((u) => ({ id: u.id, label: `${"— ".repeat(u.depth - minDepth)}${u.name} (${u.code})` }));
}

export async function unitDetailFor(actor: Actor, id: string) {
  const unit = await loadScopedUnit(db, actor, "unit.manage", id);
  if (!unit) return null;
  const [parent, members, counts] = await Promise.all([
    unit.parentId ? db.unit.findUnique({ where: { id: unit.parentId }, select: { id: true, name: true, code: true } }) : null,
    db.membership.findMany({
      where: { unitId: unit.id },
      orderBy: [{ role: "asc" }, { user: { fullName: "asc" } }],
      take: 200,
      select: { id: true, role: true, user: { select: { id: true, fullName: true, username: true, active: true } } },
    }),
    Promise.all([db.unit.count({ where: { parentId: unit.id } }), db.proposal.count({ where: { unitId: unit.id } })]),
  ]);
  return { unit, parent, members, children: counts[0], proposals: counts[1] };
}

const PAGE = 50;

/** People with a membership in the administrator's subtree; keyset pages on the username. */
export async function peopleFor(actor: Actor, opts: { q?: string; after?: string; unitId?: string; inactive?: boolean }) {
  if (!administersSomething(actor, "user.manage")) return null;
  const q = opts.q?.trim();
  const where: Prisma.UserWhereInput = {
    AND: [
      { memberships: { some: { unit: { AND: [unitScope(actor, "user.manage"), opts.unitId ? { id: opts.unitId } : {}] } } } },
      q ? { OR: [{ username: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }, { fullName: { contains: q, mode: "insensitive" } }] } : {},
      opts.inactive ? { active: false } : {},
      opts.after ? { username: { gt: opts.after } } : {},
    ],
  };
  const rows = await db.user.findMany({
    where,
    orderBy: { username: "asc" },
    take: PAGE + 1,
    select: {
      id: true,
      username: true,
      email: true,
      fullName: true,
      title: true,
      active: true,
      mustChangePassword: true,
      memberships: { take: 6, orderBy: { createdAt: "asc" }, select: { role: true, unit: { select: { name: true, shortName: true } } } },
    },
  });
  const page = rows.slice(0, PAGE);
  return { rows: page, next: rows.length > PAGE ? page[page.length - 1].username : null };
}

export async function personDetailFor(actor: Actor, id: string) {
  const person = await db.user.findFirst({
    where: { id, memberships: { some: { unit: unitScope(actor, "user.manage") } } },
    select: {
      id: true,
      username: true,
      email: true,
      fullName: true,
      title: true,
      active: true,
      mustChangePassword: true,
      version: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { id: true, role: true, unit: { select: { id: true, name: true, code: true, path: true, active: true } } } },
    },
  });
  if (!person) return null;
  const scope = unitScope(actor, "user.manage");
  const managed = new Set((await db.unit.findMany({ where: { AND: [scope, { id: { in: person.memberships.map((m) => m.unit.id) } }] }, select: { id: true } })).map((u) => u.id));
  return { ...person, memberships: person.memberships.map((m) => ({ ...m, managed: managed.has(m.unit.id) })) };
}
