/**
 * Units: create, edit (rename, code, kind, the names printed on documents), move within the
 * administrator's subtree, deactivate/reactivate, and delete only a unit that holds no record.
 * Each is one use-case (usecase.ts), audited.
 */
import { randomBytes } from "node:crypto";
import { ConflictError } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import {
  createUnitInput,
  deleteUnitInput,
  isInsideOwnSubtree,
  moveUnitInput,
  setUnitActiveInput,
  updateUnitInput,
} from "@/domain/unit-admin";
import type { Tx } from "../db";
import { defineUseCase } from "../usecase";
import { UNIT_SELECT, loadScopedUnit, unitResource, type ManagedUnit } from "./scope";

const snapshot = (u: Omit<ManagedUnit, "id" | "version" | "depth">) => ({
  code: u.code,
  name: u.name,
  shortName: u.shortName,
  kind: u.kind,
  parentId: u.parentId,
  governingBodyName: u.governingBodyName,
  addressLine: u.addressLine,
  active: u.active,
});

export async function assertCodeFree(tx: Tx, code: string, exceptId?: string) {
  const taken = await tx.unit.findUnique({ where: { code }, select: { id: true } });
  if (taken && taken.id !== exceptId) throw new ConflictError("UNIT_CODE_TAKEN", `Unit code ${code} is taken`);
}

/** Inserts a unit under its parent; the path holds the unit's own id, so it is set after the insert. */
export async function insertUnit(
  tx: Tx,
  parent: { id: string; path: string; depth: number },
  data: { code: string; name: string; shortName: string | null; kind: ManagedUnit["kind"]; governingBodyName: string | null; addressLine: string | null },
) {
  const created = await tx.unit.create({
    data: { ...data, parentId: parent.id, path: `/pending-${randomBytes(12).toString("hex")}/`, depth: parent.depth + 1 },
    select: { id: true },
  });
  return tx.unit.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` }, select: UNIT_SELECT });
}

export const createUnit = defineUseCase({
  name: "unit.create",
  input: createUnitInput,
  load: (tx, actor, input) => loadScopedUnit(tx, actor, "unit.manage", input.parentId),
  authorize: (actor, parent) => assertCan(actor, "unit.manage", unitResource(parent)),
  execute: async (ctx, parent, input) => {
    if (!parent.active) throw new ConflictError("UNIT_INACTIVE");
    await assertCodeFree(ctx.tx, input.code);
    const unit = await insertUnit(ctx.tx, parent, {
      code: input.code,
      name: input.name,
      shortName: input.shortName,
      kind: input.kind,
      governingBodyName: input.governingBodyName,
      addressLine: input.addressLine,
    });
    ctx.audit({ action: "unit.create", targetType: "Unit", targetId: unit.id, unitId: unit.id, after: snapshot(unit) });
    return { id: unit.id };
  },
});

export const updateUnit = defineUseCase({
  name: "unit.update",
  input: updateUnitInput,
  load: (tx, actor, input) => loadScopedUnit(tx, actor, "unit.manage", input.id),
  authorize: (actor, unit) => assertCan(actor, "unit.manage", unitResource(unit)),
  execute: async (ctx, unit, input) => {
    await assertCodeFree(ctx.tx, input.code, unit.id);
    const { id, version, ...data } = input;
    ctx.assertUpdated((await ctx.tx.unit.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count);
    ctx.audit({ action: "unit.update", targetType: "Unit", targetId: id, unitId: id, before: snapshot(unit), after: snapshot({ ...unit, ...data }) });
    return { id };
  },
});

/**
 * Moves a unit (and its whole subtree) under another unit of the administrator's subtree. Paths are
 * materialised, so the unit's descendants and the proposals' denormalised unitPath move with it.
 */
export const moveUnit = defineUseCase({
  name: "unit.move",
  input: moveUnitInput,
  load: async (tx, actor, input) => {
    const unit = await loadScopedUnit(tx, actor, "unit.manage", input.id);
    const parent = unit ? await loadScopedUnit(tx, actor, "unit.manage", input.parentId) : null;
    return unit && parent ? { unit, parent } : null;
  },
  authorize: (actor, { unit, parent }) => {
    assertCan(actor, "unit.manage", unitResource(unit));
    assertCan(actor, "unit.manage", unitResource(parent));
  },
  execute: async (ctx, { unit, parent }, input) => {
    if (unit.parentId === null) throw new ConflictError("UNIT_IS_ROOT");
    if (isInsideOwnSubtree(unit.path, parent.path)) throw new ConflictError("MOVE_INTO_OWN_SUBTREE");
    if (!parent.active) throw new ConflictError("UNIT_INACTIVE");
    if (unit.parentId === parent.id) return { id: unit.id };
    ctx.assertUpdated(
      (await ctx.tx.unit.updateMany({ where: { id: unit.id, version: input.version }, data: { parentId: parent.id, version: { increment: 1 } } })).count,
    );
    const oldPrefix = unit.path;
    const newPrefix = `${parent.path}${unit.id}/`;
    const depthDelta = parent.depth + 1 - unit.depth;
    const cut = oldPrefix.length + 1;
    // Two steps through a temporary prefix would be needed only if paths could collide; ids are unique, they cannot.
    await ctx.tx.$executeRaw`update "Unit" set path = ${newPrefix} || substr(path, ${cut}), depth = depth + ${depthDelta} where path like ${`${oldPrefix}%`}`;
    await ctx.tx.$executeRaw`update "Proposal" set "unitPath" = ${newPrefix} || substr("unitPath", ${cut}) where "unitPath" like ${`${oldPrefix}%`}`;
    ctx.audit({
      action: "unit.move",
      targetType: "Unit",
      targetId: unit.id,
      unitId: unit.id,
      before: { parentId: unit.parentId, path: oldPrefix },
      after: { parentId: parent.id, path: newPrefix },
    });
    return { id: unit.id };
  },
});

/**
 * Deactivates (or reactivates) a unit. A deactivated unit keeps every record; its memberships stop
 * granting anything (actor.ts). Refused while it still has active child units or plans in progress.
 */
export const setUnitActive = defineUseCase({
  name: "unit.setActive",
  input: setUnitActiveInput,
  load: (tx, actor, input) => loadScopedUnit(tx, actor, "unit.manage", input.id),
  authorize: (actor, unit) => assertCan(actor, "unit.manage", unitResource(unit)),
  execute: async (ctx, unit, input) => {
    if (unit.active === input.active) return { id: unit.id };
    if (!input.active) {
      if (unit.parentId === null) throw new ConflictError("UNIT_IS_ROOT");
      // One connection per transaction: the counts run one after the other.
      const children = await ctx.tx.unit.count({ where: { parentId: unit.id, active: true } });
      const open = await ctx.tx.proposal.count({
        where: { OR: [{ unitId: unit.id }, { decidingUnitId: unit.id }], status: { in: ["SUBMITTED", "IN_REVIEW", "APPROVED", "IN_PROGRESS", "SUSPENDED", "FINISHED", "STOPPED", "RESULT_REPORTED"] } },
      });
      if (children > 0) throw new ConflictError("UNIT_HAS_ACTIVE_CHILDREN");
      if (open > 0) throw new ConflictError("UNIT_HAS_OPEN_PLANS");
    } else if (unit.parentId) {
      const parent = await ctx.tx.unit.findUnique({ where: { id: unit.parentId }, select: { active: true } });
      if (!parent?.active) throw new ConflictError("UNIT_INACTIVE");
    }
    ctx.assertUpdated(
      (await ctx.tx.unit.updateMany({ where: { id: unit.id, version: input.version }, data: { active: input.active, version: { increment: 1 } } })).count,
    );
    // Members of the unit lose (or regain) its roles at their next request.
    await ctx.tx.user.updateMany({ where: { memberships: { some: { unitId: unit.id } } }, data: { authVersion: { increment: 1 } } });
    ctx.audit({ action: input.active ? "unit.reactivate" : "unit.deactivate", targetType: "Unit", targetId: unit.id, unitId: unit.id, before: { active: unit.active }, after: { active: input.active } });
    return { id: unit.id };
  },
});

/** Deletes a unit created by mistake; a unit that holds any record (people, plans, registers, children) is only ever deactivated. */
export const deleteUnit = defineUseCase({
  name: "unit.delete",
  input: deleteUnitInput,
  load: (tx, actor, input) => loadScopedUnit(tx, actor, "unit.manage", input.id),
  authorize: (actor, unit) => assertCan(actor, "unit.manage", unitResource(unit)),
  execute: async (ctx, unit, input) => {
    if (unit.parentId === null) throw new ConflictError("UNIT_IS_ROOT");
    const tx = ctx.tx;
    const checks = [
      () => tx.unit.count({ where: { parentId: unit.id } }),
      () => tx.membership.count({ where: { unitId: unit.id } }),
      () => tx.proposal.count({ where: { OR: [{ unitId: unit.id }, { decidingUnitId: unit.id }] } }),
      () => tx.deadline.count({ where: { unitId: unit.id } }),
      () => tx.documentRegister.count({ where: { unitId: unit.id } }),
      () => tx.replication.count({ where: { targetUnitId: unit.id } }),
      () => tx.auditEvent.count({ where: { unitId: unit.id, NOT: { action: "unit.create" } } }),
    ];
    for (const count of checks) if ((await count()) > 0) throw new ConflictError("UNIT_HAS_RECORDS");
    ctx.assertUpdated((await tx.unit.deleteMany({ where: { id: unit.id, version: input.version } })).count);
    ctx.audit({ action: "unit.delete", targetType: "Unit", targetId: unit.id, unitId: unit.parentId, before: snapshot(unit) });
    return { id: unit.id };
  },
});
