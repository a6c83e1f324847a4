/**
 * Monitoring (KL 14 §2.4: regular inspection, problems detected and corrected early) and the unit's
 * answers: an inspection or note with its finding, severity and recommended action; a flag
 * (problem or violation) stays open until the head answers it; support requests (Art. 10) are
 * answered granted, partly granted or refused, with the resources given.
 */
import { compareDays, toVietnamDate } from "@/domain/calendar";
import { ValidationError } from "@/domain/errors";
import { flagAnswerSchema, inspectionSchema, supportAnswerSchema } from "@/domain/execution-input";
import { assertCan } from "@/domain/permissions";
import type { SessionActor } from "../actor";
import type { Tx } from "../db";
import { headsOf } from "../proposals/routing";
import { dayToDate } from "../rules";
import { defineUseCase } from "../usecase";
import { authorsOfPilot, loadPilot, pilotNotice, pilotRowSelect, pilotScope, resourceOf } from "./load";

export const recordInspection = defineUseCase({
  name: "pilot.monitor",
  input: inspectionSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.monitor", resourceOf(p)),
  execute: async (ctx, p, input) => {
    if (compareDays(input.inspectedOn, toVietnamDate(ctx.now)) > 0) {
      throw new ValidationError([{ path: "inspectedOn", code: "DATE_IN_FUTURE", message: "future" }]);
    }
    const note = await ctx.tx.monitoringNote.create({
      data: {
        pilotId: p.id,
        authorId: ctx.actor.userId,
        kind: input.kind,
        inspectedOn: dayToDate(input.inspectedOn),
        finding: input.finding,
        severity: input.severity,
        action: input.action || null,
        flag: input.flag ?? null,
        createdAt: ctx.now,
      },
      select: { id: true },
    });
    const heads = await headsOf(ctx.tx, p.proposal.decidingUnitId);
    ctx.notify({ ...pilotNotice(p), userIds: [...authorsOfPilot(p), ...heads], kind: input.flag ? "pilot.flagged" : "pilot.inspected" });
    ctx.audit({
      action: "pilot.monitor",
      targetType: "MonitoringNote",
      targetId: note.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.decidingUnitId,
      after: { kind: input.kind, inspectedOn: input.inspectedOn, severity: input.severity, flag: input.flag ?? null, finding: input.finding, action: input.action ?? null },
    });
    return { noteId: note.id };
  },
});

/** A record that belongs to a pilot the actor may see; otherwise null (→ 404). */
async function withPilot<T extends { pilotId: string }>(tx: Tx, actor: SessionActor, row: T | null) {
  if (!row) return null;
  const pilot = await tx.pilot.findFirst({ where: { AND: [{ id: row.pilotId }, pilotScope(actor)] }, select: pilotRowSelect });
  return pilot ? { row, pilot } : null;
}

export const answerFlag = defineUseCase({
  name: "pilot.respond",
  input: flagAnswerSchema,
  load: async (tx, actor, input) =>
    withPilot(tx, actor, await tx.monitoringNote.findFirst({ where: { id: input.noteId, flag: { not: null } }, select: { id: true, pilotId: true, authorId: true, flag: true } })),
  authorize: (actor, l) => assertCan(actor, "pilot.respond", resourceOf(l.pilot)),
  execute: async (ctx, { row, pilot: p }, input) => {
    const r = await ctx.tx.monitoringNote.updateMany({
      where: { id: row.id, answeredAt: null },
      data: { answeredAt: ctx.now, answeredById: ctx.actor.userId, answer: input.answer, version: { increment: 1 } },
    });
    ctx.assertUpdated(r.count);
    ctx.notify({ ...pilotNotice(p), userIds: [row.authorId, ...authorsOfPilot(p)], kind: "pilot.flagAnswered" });
    ctx.audit({ action: "pilot.flag.answer", targetType: "MonitoringNote", targetId: row.id, proposalId: p.proposal.id, unitId: p.proposal.decidingUnitId, after: { answer: input.answer } });
    return { ok: true };
  },
});

export const answerSupport = defineUseCase({
  name: "pilot.respond",
  input: supportAnswerSchema,
  load: async (tx, actor, input) =>
    withPilot(tx, actor, await tx.supportRequest.findFirst({ where: { id: input.requestId }, select: { id: true, pilotId: true, requestedById: true, kind: true } })),
  authorize: (actor, l) => assertCan(actor, "pilot.respond", resourceOf(l.pilot)),
  execute: async (ctx, { row, pilot: p }, input) => {
    const granting = input.status !== "REFUSED";
    const r = await ctx.tx.supportRequest.updateMany({
      where: { id: row.id, status: "OPEN" },
      data: {
        status: input.status,
        answer: input.answer,
        grantedBudgetVnd: granting && input.grantedBudgetVnd ? BigInt(input.grantedBudgetVnd) : null,
        grantedPeople: granting ? input.grantedPeople ?? null : null,
        grantedEquipment: granting ? input.grantedEquipment || null : null,
        answeredAt: ctx.now,
        answeredById: ctx.actor.userId,
        version: { increment: 1 },
      },
    });
    ctx.assertUpdated(r.count);
    ctx.notify({ ...pilotNotice(p), userIds: [row.requestedById, ...authorsOfPilot(p), ...(p.monitorId ? [p.monitorId] : [])], kind: "pilot.supportAnswered" });
    ctx.audit({
      action: "pilot.support.answer",
      targetType: "SupportRequest",
      targetId: row.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.decidingUnitId,
      after: { status: input.status, answer: input.answer, grantedBudgetVnd: input.grantedBudgetVnd ?? null, grantedPeople: input.grantedPeople ?? null, grantedEquipment: input.grantedEquipment ?? null },
    });
    return { ok: true };
  },
});
