/**
 * What an administrator may touch: units in their subtree (unit.manage, user.manage read from the
 * permission table), loaded through the scope in the Prisma `where` so that a unit outside it is
 * never found (404) rather than refused (403).
 */
import type { Action, Actor, UnitResource } from "@/domain/permissions";
import { can, readScope } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import type { Db, Tx } from "../db";
import { unitScope } from "../scope";

export type Client = Tx | Db;

export const UNIT_SELECT = {
  id: true,
  code: true,
  name: true,
  shortName: true,
  kind: true,
  parentId: true,
  path: true,
  depth: true,
  governingBodyName: true,
  addressLine: true,
  active: true,
  version: true,
} as const satisfies Prisma.UnitSelect;

export type ManagedUnit = Prisma.UnitGetPayload<{ select: typeof UNIT_SELECT }>;

export function unitResource(u: { id: string; path: string }): UnitResource {
  return { kind: "unit", unitId: u.id, unitPath: u.path };
}

/** A unit in the actor's subtree for this action, or null (the caller answers 404). */
export async function loadScopedUnit(client: Client, actor: Actor, action: Action, id: string): Promise<ManagedUnit | null> {
  return client.unit.findFirst({ where: { AND: [{ id }, unitScope(actor, action)] }, select: UNIT_SELECT });
}

/** The path prefixes of the actor's subtrees for an action (outermost only). */
export function scopePrefixes(actor: Actor, action: Action): string[] {
  return readScope(actor, action).unitPathPrefixes;
}

export function inScope(actor: Actor, action: Action, path: string): boolean {
  return can(actor, action, { kind: "unit", unitId: path.split("/").filter(Boolean).at(-1) ?? "", unitPath: path });
}

/** Whether the actor administers anything at all (the admin pages answer 404 otherwise). */
export function administersSomething(actor: Actor, action: Action = "unit.manage"): boolean {
  return scopePrefixes(actor, action).length > 0;
}
