/**
 * Sổ văn bản: each unit's register of document numbers per year and kind. The decision form
 * proposes the register's next number, and a decision whose number is already in the register is
 * refused (422 on "number", code NUMBER_TAKEN). A unit without a register keeps numbering freely.
 */
import { toVietnamDate } from "@/domain/calendar";
import { ConflictError, ValidationError } from "@/domain/errors";
import { assertCan, type Actor } from "@/domain/permissions";
import { createRegisterInput, formatRegisterNumber, normaliseDocumentNumber, registerSequence, type RegisterKind } from "@/domain/registers";
import { db } from "../db";
import { unitScope } from "../scope";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { administersSomething, loadScopedUnit, unitResource, type Client } from "./scope";

export const NUMBER_TAKEN = "NUMBER_TAKEN";

export const createRegister = defineUseCase({
  name: "register.create",
  input: createRegisterInput,
  load: (tx, actor, input) => loadScopedUnit(tx, actor, "unit.manage", input.unitId),
  authorize: (actor, unit) => assertCan(actor, "unit.manage", unitResource(unit)),
  execute: async (ctx, unit, input) => {
    const exists = await ctx.tx.documentRegister.findUnique({ where: { unitId_year_kind: { unitId: unit.id, year: input.year, kind: input.kind } }, select: { id: true } });
    if (exists) throw new ConflictError("REGISTER_EXISTS");
    const r = await ctx.tx.documentRegister.create({ data: { unitId: unit.id, year: input.year, kind: input.kind, suffix: input.suffix }, select: { id: true } });
    ctx.audit({ action: "register.create", targetType: "DocumentRegister", targetId: r.id, unitId: unit.id, after: { year: input.year, kind: input.kind, suffix: input.suffix } });
    return { id: r.id };
  },
});

/** The next number of the unit's register for that year and kind, or null when the unit keeps none. */
export async function proposedNumber(client: Client, unitId: string, year: number, kind: RegisterKind = "DECISION"): Promise<string | null> {
  const r = await client.documentRegister.findUnique({ where: { unitId_year_kind: { unitId, year, kind } }, select: { suffix: true, lastNumber: true } });
  return r ? formatRegisterNumber(r.lastNumber + 1, r.suffix) : null;
}

/**
 * Enters a decision's number in the deciding unit's register of the year it was signed (inside the
 * decision's transaction). A number already in the register is refused; a number in the register's
 * own form moves its counter, so the next proposal follows it.
 */
export async function claimDecisionNumber(
  ctx: Pick<UseCaseContext, "tx" | "actor" | "audit">,
  d: { unitId: string; number: string | null | undefined; signedOn: string; decisionId: string; kind?: RegisterKind },
): Promise<void> {
  const year = Number(d.signedOn.slice(0, 4));
  const register = await ctx.tx.documentRegister.findUnique({
    where: { unitId_year_kind: { unitId: d.unitId, year, kind: d.kind ?? "DECISION" } },
    select: { id: true, suffix: true, lastNumber: true },
  });
  if (!register || !d.number) return;
  const number = normaliseDocumentNumber(d.number);
  const taken = await ctx.tx.documentRegisterEntry.findUnique({ where: { registerId_number: { registerId: register.id, number } }, select: { id: true } });
  if (taken) throw new ValidationError([{ path: "number", code: NUMBER_TAKEN, message: "numberTaken" }]);
  await ctx.tx.documentRegisterEntry.create({ data: { registerId: register.id, number, decisionId: d.decisionId, takenById: ctx.actor.userId } });
  const sequence = registerSequence(number, register.suffix);
  if (sequence !== null && sequence > register.lastNumber) {
    await ctx.tx.documentRegister.update({ where: { id: register.id }, data: { lastNumber: sequence, version: { increment: 1 } } });
  }
  ctx.audit({ action: "register.take", targetType: "DocumentRegister", targetId: register.id, unitId: d.unitId, after: { number, decisionId: d.decisionId } });
}

/** The registers of the actor's subtree, newest year first, with the numbers taken (a page of them). */
export async function registersFor(actor: Actor, year?: number) {
  if (!administersSomething(actor)) return null;
  const rows = await db.documentRegister.findMany({
    where: { unit: unitScope(actor, "unit.manage"), ...(year ? { year } : {}) },
    orderBy: [{ year: "desc" }, { unit: { path: "asc" } }, { kind: "asc" }],
    take: 200,
    select: {
      id: true,
      year: true,
      kind: true,
      suffix: true,
      lastNumber: true,
      unit: { select: { id: true, name: true, code: true } },
      _count: { select: { entries: true } },
      entries: { orderBy: { takenAt: "desc" }, take: 5, select: { number: true, takenAt: true } },
    },
  });
  return rows.map((r) => ({ ...r, next: formatRegisterNumber(r.lastNumber + 1, r.suffix), entryCount: r._count.entries }));
}

export function currentYear(now = new Date()): number {
  return Number(toVietnamDate(now).slice(0, 4));
}

/** The active units of the subtree a register may be opened for. */
export function registerUnitsFor(actor: Actor) {
  return db.unit.findMany({ where: { AND: [unitScope(actor, "unit.manage"), { active: true }] }, orderBy: { path: "asc" }, take: 3000, select: { id: true, name: true, code: true } });
}
