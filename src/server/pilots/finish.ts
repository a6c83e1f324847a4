/**
 * The end of execution: the proposer (or the head) marks the work finished. That opens the result
 * report deadline — the profile's working days, 5 under Art. 18 NĐ 73/2023 — which the result
 * report settles; the progress-report deadline still open is cancelled (no period is owed after).
 */
import { finishSchema } from "@/domain/execution-input";
import { assertCan } from "@/domain/permissions";
import { assertNext } from "@/domain/workflow";
import { dateToDay } from "../rules";
import { settleDeadlines } from "../deadlines";
import { headsOf } from "../proposals/routing";
import { defineUseCase } from "../usecase";
import { openResultReportDeadline } from "./directives";
import { authorsOfPilot, loadPilot, pilotNotice, resourceOf } from "./load";

export const finishPilot = defineUseCase({
  name: "pilot.finish",
  input: finishSchema,
  load: (tx, actor, input) => loadPilot(tx, actor, input.pilotId),
  authorize: (actor, p) => assertCan(actor, "pilot.finish", resourceOf(p)),
  execute: async (ctx, p, input) => {
    const t = assertNext(p.proposal.status, "finish");
    const r = await ctx.tx.proposal.updateMany({ where: { id: p.proposal.id, version: input.version }, data: { status: t.to, finishedAt: ctx.now, version: { increment: 1 } } });
    ctx.assertUpdated(r.count);
    await settleDeadlines(ctx, p.proposal.id, ["PROGRESS_REPORT"], "CANCELLED");
    const deadline = await openResultReportDeadline(ctx, p);
    const heads = await headsOf(ctx.tx, p.proposal.decidingUnitId);
    ctx.notify({ ...pilotNotice(p), userIds: [...authorsOfPilot(p), ...heads, ...(p.monitorId ? [p.monitorId] : [])], kind: "pilot.finished" });
    ctx.audit({
      action: "pilot.finish",
      targetType: "Pilot",
      targetId: p.id,
      proposalId: p.proposal.id,
      unitId: p.proposal.unitId,
      before: { status: p.proposal.status },
      after: { status: t.to, resultReportDue: dateToDay(deadline.dueOn), workingDays: deadline.workingDays },
      meta: input.note ? { note: input.note } : undefined,
    });
    return { version: input.version + 1, resultReportDue: dateToDay(deadline.dueOn) };
  },
});
