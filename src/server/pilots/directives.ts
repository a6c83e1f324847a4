/**
 * The unit's directives during execution (Art. 6 NĐ 73/2023): continue, suspend, resume, stop, or
 * adjust scope, timeline, targets or resources — an adjustment is a numbered amendment of the
 * decision, kept as its version history. The proposer acknowledges each directive within the
 * profile's period; ignoring the unit's direction is a prohibited act, so a late acknowledgement
 * is a deadline the sweep flags and escalates like any other. A stopped pilot owes its result
 * report (Art. 18), like a finished one.
 */
import { compareDays, toVietnamDate } from "@/domain/calendar";
import { InvalidTransitionError, ValidationError } from "@/domain/errors";
import { DIRECTIVE_EVENT, DIRECTIVE_FROM, directiveNeedsReason, periodDueAfter, type AmendmentChanges } from "@/domain/execution";
import { acknowledgeSchema, directiveSchema } from "@/domain/execution-input";
import { assertCan } from "@/domain/permissions";
import { assertNext } from "@/domain/workflow";
import { toJsonValue } from "../audit";
import { openDeadline, settleDeadlines } from "../deadlines";
import { headsOf } from "../proposals/routing";
import { dateToDay, dayToDate, profileForUnit } from "../rules";
import { defineUseCase, type UseCaseContext } from "../usecase";
import { authorsOfPilot, loadPilot, pilotNotice, pilotRowSelect, pilotScope, resourceOf, type PilotRow } from "./load";
import { touchProposal } from "./report";
import { calendarAround, openAckDeadline, openProgressDeadline, settleDeadline } from "./schedule";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Art. 18: the result report is due within the profile's working days after execution ends. */
export async function openResultReportDeadline(ctx: UseCaseContext, p: PilotRow) {
  const profile = await profileForUnit(ctx.tx, p.proposal.unitPath);
  return openDeadline(ctx, { proposalId: p.proposal.id, kind: "RESULT_REPORT", unitId: p.proposal.unitId, assigneeId: p.proposal.authorId, workingDays: profile.resultReportWorkingDays });
}

async function amendmentOf(ctx: UseCaseContext, p: PilotRow, adj: NonNullable<ReturnType<typeof directiveSchema.parse>["adjustment"]>) {
  const changes: Mutable<AmendmentChanges> = {};
  const data: Record<string, unknown> = {};
  if (adj.scope && adj.scope !== (p.scope ?? "")) {
    changes.scope = { from: p.scope, to: adj.scope };
    data.scope = adj.scope;
  }
  if (adj.endDate && adj.endDate !== dateToDay(p.endDate)) {
    const start = dateToDay(p.startedOn ?? p.startDate);
    if (compareDays(adj.endDate, start) <= 0 || compareDays(adj.endDate, toVietnamDate(ctx.now)) < 0) {
      throw new ValidationError([{ path: "adjustment.endDate", code: "END_DATE_PASSED", message: "invalid" }]);
    }
    changes.endDate = { from: dateToDay(p.endDate), to: adj.endDate };
    data.endDate = dayToDate(adj.endDate);
  }
  if (adj.budgetVnd !== undefined && adj.budgetVnd !== (p.budgetVnd?.toString() ?? "")) {
    changes.budgetVnd = { from: p.budgetVnd?.toString() ?? null, to: adj.budgetVnd };
    data.budgetVnd = BigInt(adj.budgetVnd);
  }
  if (adj.people !== undefined && adj.people !== p.people) {
    changes.people = { from: p.people, to: adj.people };
    data.people = adj.people;
  }
  if (adj.equipment && adj.equipment !== (p.equipment ?? "")) {
    changes.equipment = { from: p.equipment, to: adj.equipment };
    data.equipment = adj.equipment;
  }
  if (adj.targets.length) {
    const kpis = await ctx.tx.kpi.findMany({ where: { pilotId: p.id }, select: { id: true, name: true, target: true } });
    const byId = new Map(kpis.map((k) => [k.id, k]));
    const targets: { kpiId: string; name: string; from: string; to: string }[] = [];
    adj.targets.forEach((t, i) => {
      const k = byId.get(t.kpiId);
      if (!k) throw new ValidationError([{ path: `adjustment.targets.${i}.target`, code: "UNKNOWN_KPI", message: "unknown" }]);
      if (Number(k.target) !== t.target) targets.push({ kpiId: k.id, name: k.name, from: k.target.toString(), to: String(t.target) });
    });
    if (targets.length) changes.targets = targets;
  }
  if (Object.keys(changes).length === 0) throw new ValidationError([{ path: "adjustment", code: "NO_CHANGE", message: "required" }]);
  if (Object.keys(data).length) await ctx.tx.pilot.update({ where: { id: p.id }, data: { ...data, version: { increment: 1 } } });
  for (const t of changes.targets ?? []) await ctx.tx.kpi.update({ where: { id: t.kpiId }, data: { target: t.to } });
  return changes;
}

export const issueDirective = defineUseCase({
  name: "pilot.direct",
  input: directiveSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.direct", resourceOf(p)),
  execute: async (ctx, p, input) => {
    const before = p.proposal.status;
    if (!DIRECTIVE_FROM[input.kind].includes(before)) throw new InvalidTransitionError(before, `directive:${input.kind}`);
    if (directiveNeedsReason(input.kind) && input.reason.trim().length < 5) {
      throw new ValidationError([{ path: "reason", message: input.reason.trim() ? "tooShort" : "required" }]);
    }
    const event = DIRECTIVE_EVENT[input.kind];
    let status = before;
    let version: number;
    if (event) {
      const t = assertNext(before, event);
      status = t.to;
      const r = await ctx.tx.proposal.updateMany({
        where: { id: p.proposal.id, version: input.version },
        data: { status, version: { increment: 1 }, ...(event === "stop" ? { finishedAt: ctx.now } : {}) },
      });
      ctx.assertUpdated(r.count);
      version = input.version + 1;
      if (t.settles?.includes("PROGRESS_REPORT")) await settleDeadlines(ctx, p.proposal.id, ["PROGRESS_REPORT"], "CANCELLED");
      if (t.opens === "RESULT_REPORT") await openResultReportDeadline(ctx, p);
      if (t.opens === "PROGRESS_REPORT") {
        const today = toVietnamDate(ctx.now);
        const startDay = dateToDay(p.startedOn ?? p.startDate);
        const cal = await calendarAround(ctx.tx, today);
        const next = periodDueAfter(startDay, p.reportEveryDays, today, cal);
        await openProgressDeadline(ctx, { proposalId: p.proposal.id, unitId: p.proposal.unitId, authorId: p.proposal.authorId, startDay, everyDays: p.reportEveryDays }, next);
      }
    } else {
      version = await touchProposal(ctx, p, input.version);
    }

    const directive = await ctx.tx.directive.create({
      data: { pilotId: p.id, kind: input.kind, basis: input.basis, reason: input.reason, issuedById: ctx.actor.userId, issuedAt: ctx.now },
      select: { id: true },
    });
    let changes: AmendmentChanges | null = null;
    let amendment: number | null = null;
    if (input.kind === "ADJUST") {
      if (!input.adjustment) throw new ValidationError([{ path: "adjustment", code: "NO_CHANGE", message: "required" }]);
      changes = await amendmentOf(ctx, p, input.adjustment);
      amendment = (await ctx.tx.decisionAmendment.count({ where: { decisionId: p.decisionId } })) + 1;
      await ctx.tx.decisionAmendment.create({
        data: { decisionId: p.decisionId, directiveId: directive.id, number: amendment, changes: toJsonValue(changes) ?? {}, reason: input.reason, createdAt: ctx.now },
      });
      await ctx.tx.directive.update({ where: { id: directive.id }, data: { changes: toJsonValue(changes) } });
    }
    const profile = await profileForUnit(ctx.tx, p.proposal.unitPath);
    const ackDue = await openAckDeadline(ctx, { proposalId: p.proposal.id, unitId: p.proposal.unitId, authorId: p.proposal.authorId, directiveId: directive.id }, profile);
    await ctx.tx.directive.update({ where: { id: directive.id }, data: { ackDueOn: dayToDate(ackDue) } });

    ctx.notify({ ...pilotNotice(p), userIds: [...authorsOfPilot(p), ...(p.monitorId ? [p.monitorId] : [])], kind: `pilot.directed${input.kind}` });
    ctx.audit({
      action: "pilot.direct",
      targetType: "Directive",
      targetId: directive.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.decidingUnitId,
      before: { status: before },
      after: { status, directive: input.kind, basis: input.basis, ackDue, ...(changes ? { changes, amendment } : {}) },
      meta: input.reason ? { reason: input.reason } : undefined,
    });
    return { directiveId: directive.id, version, status, amendment };
  },
});

export const acknowledgeDirective = defineUseCase({
  name: "pilot.acknowledge",
  input: acknowledgeSchema,
  load: async (tx, actor, input) => {
    const d = await tx.directive.findFirst({ where: { id: input.directiveId }, select: { id: true, pilotId: true, kind: true, issuedById: true } });
    if (!d) return null;
    const pilot = await tx.pilot.findFirst({ where: { AND: [{ id: d.pilotId }, pilotScope(actor)] }, select: pilotRowSelect });
    return pilot ? { directive: d, pilot } : null;
  },
  authorize: (actor, l) => assertCan(actor, "pilot.acknowledge", resourceOf(l.pilot)),
  execute: async (ctx, { directive, pilot: p }) => {
    const r = await ctx.tx.directive.updateMany({ where: { id: directive.id, acknowledgedAt: null }, data: { acknowledgedAt: ctx.now, acknowledgedById: ctx.actor.userId } });
    ctx.assertUpdated(r.count);
    const deadline = await ctx.tx.deadline.findFirst({ where: { proposalId: p.proposal.id, kind: "DIRECTIVE_ACK", subjectId: directive.id, status: "OPEN" }, select: { id: true, dueOn: true } });
    if (deadline) await settleDeadline(ctx, deadline.id, deadline.dueOn);
    const heads = await headsOf(ctx.tx, p.proposal.decidingUnitId);
    ctx.notify({ ...pilotNotice(p), userIds: [directive.issuedById, ...heads], kind: "pilot.acknowledged" });
    ctx.audit({ action: "pilot.acknowledge", targetType: "Directive", targetId: directive.id, proposalId: p.proposal.id, unitId: p.proposal.unitId, after: { directive: directive.kind } });
    return { ok: true };
  },
});
