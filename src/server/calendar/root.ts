/**
 * The holiday calendar and the regulation profile are national: one calendar counts every unit's
 * deadlines. Managing them is therefore authorized on the root of the unit tree (depth 0), the
 * way the audit chain is verified (server/audit.ts `verifyChainAs`).
 */
import type { Action, Actor, UnitResource } from "@/domain/permissions";
import { can } from "@/domain/permissions";
import type { Tx } from "../db";
import { db } from "../db";

type Client = Tx | typeof db;

export async function loadRootUnit(client: Client): Promise<UnitResource | null> {
  const root = await client.unit.findFirst({ where: { depth: 0 }, orderBy: { createdAt: "asc" }, select: { id: true, path: true } });
  return root ? { kind: "unit", unitId: root.id, unitPath: root.path } : null;
}

/** Whether the actor may take a national action (`holiday.manage`, `regulation.manage`). */
export async function canAtRoot(actor: Actor, action: Action, client: Client = db): Promise<boolean> {
  const root = await loadRootUnit(client);
  return root !== null && can(actor, action, root);
}
