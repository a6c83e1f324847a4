/**
 * The demo data set: rules as data, the organisation, and the catalogue of proposals with their
 * whole histories, written in one transaction. Dates are relative to `now`, so every run shows
 * decisions due in a few working days, some overdue, pilots mid-way, and so on.
 */
import { addWorkingDays, toVietnamDate } from "@/domain/calendar";
import type { Tx } from "@/server/db";
import { appendAudit } from "@/server/audit";
import { QUANG_NINH } from "./catalogue-qn";
import { BO_TU_PHAP, NINH_BINH } from "./catalogue-nb-btp";
import type { Entry } from "./catalogue-helpers";
import { sortAudits } from "./factories";
import { seedOrganisation } from "./org";
import { buildPlan } from "./plan";
import { loadCalendarRows, loadDefaultProfile, seedCalendar, seedRegulationProfile } from "./reference";
import { replayExecution, splitLive, type LivePlan } from "./execution";
import { compileStory, dbDirectory, makeClock, type NotificationRow, type StoryResult, type TimedAudit, writePublishedModel, writeReplication, writeStory } from "./story";

export const CATALOGUE: readonly Entry[] = [...QUANG_NINH, ...NINH_BINH, ...BO_TU_PHAP];

export type DemoSummary = { units: number; users: number; proposals: number; audits: number; notifications: number };

export async function seedDemo(tx: Tx, opts: { now: Date; passwordHash: string }): Promise<DemoSummary> {
  await seedCalendar(tx);
  await seedRegulationProfile(tx);
  const org = await seedOrganisation(tx, opts.passwordHash);
  const clock = makeClock(opts.now, await loadCalendarRows(tx), await loadDefaultProfile(tx));
  const dir = dbDirectory(tx);

  const keys = new Set<string>();
  for (const e of CATALOGUE) {
    if (keys.has(e.key)) throw new Error(`Duplicate catalogue key ${e.key}`);
    keys.add(e.key);
  }

  // Codes DX-YYYY-NNNNNN follow creation order within each year, as the live counter would have.
  const timelines = new Map(CATALOGUE.map((e) => [e.key, compileStory(e.story, e.months, clock, e.key)]));
  const byCreation = [...CATALOGUE].sort(
    (a, b) => timelines.get(a.key)!.createdAt.getTime() - timelines.get(b.key)!.createdAt.getTime(),
  );
  const counters = new Map<number, number>();
  const codes = new Map<string, string>();
  for (const e of byCreation) {
    const year = Number(toVietnamDate(timelines.get(e.key)!.createdAt).slice(0, 4));
    const n = (counters.get(year) ?? 0) + 1;
    counters.set(year, n);
    codes.set(e.key, `DX-${year}-${String(n).padStart(6, "0")}`);
  }

  const user = (username: string) => {
    const u = org.users.get(username);
    if (!u) throw new Error(`Unknown user ${username}`);
    return u;
  };
  const unit = (code: string) => {
    const u = org.units.get(code);
    if (!u) throw new Error(`Unknown unit ${code}`);
    return u;
  };

  const audits: TimedAudit[] = [];
  const notifications: NotificationRow[] = [];
  const results = new Map<string, StoryResult>();
  const live: LivePlan[] = [];
  for (const e of CATALOGUE) {
    const full = timelines.get(e.key)!;
    // Plans being carried out now: the story writes them up to the approval, and their execution
    // is replayed through the use-cases afterwards (execution.ts).
    const approveAt = splitLive(e.story);
    const timeline = approveAt === null ? full : { ...full, steps: full.steps.slice(0, approveAt + 1) };
    const coAuthorIds = (e.coAuthors ?? []).map((u) => user(u).id);
    const dates = { startDate: timeline.startDate, endDate: timeline.endDate };
    const plans = [buildPlan(e.plan, dates, coAuthorIds, e.key)];
    if (e.revised) plans.push(buildPlan({ ...e.plan, ...e.revised }, dates, coAuthorIds, `${e.key} (revision 2)`));
    const result = await writeStory(tx, dir, clock, {
      label: e.key,
      code: codes.get(e.key)!,
      unitId: unit(e.unit).id,
      authorId: user(e.author).id,
      coAuthorIds,
      plans,
      timeline,
      perf: e.perf,
      missedReport: e.missedReport,
      lateReports: e.lateReports,
      progressNotes: e.progressNotes,
      supportRequested: e.supportRequested,
    });
    results.set(e.key, result);
    if (approveAt !== null) {
      live.push({
        key: e.key,
        proposalId: result.proposalId,
        authorId: user(e.author).id,
        timeline: full,
        steps: full.steps.slice(approveAt + 1),
        perf: e.perf ?? 1,
        missedReport: e.missedReport ?? false,
        lateReports: e.lateReports ?? [],
        progressNotes: e.progressNotes ?? [],
        supportRequested: e.supportRequested ?? null,
        supportOpen: e.key === "skhcn-khoan-chi",
      });
    }
    audits.push(...result.audits);
    notifications.push(...result.notifications);

    if (e.model) {
      if (result.status !== "EVALUATED" && result.status !== "CLOSED") throw new Error(`${e.key}: only an evaluated model is published`);
      const evaluatedOn = timeline.steps.find((s) => s.step.do === "evaluate")!.day;
      const publishedOn = addWorkingDays(evaluatedOn, e.model.after, clock.cal);
      if (publishedOn >= clock.today) throw new Error(`${e.key}: the model would be published on ${publishedOn}, not in the past`);
      const u = unit(e.unit);
      const heads = await dir.holders(u.id, "HEAD");
      const kpis = e.plan.kpis;
      if (kpis.length !== e.model.achieved.length) throw new Error(`${e.key}: one achieved value per KPI`);
      audits.push(
        await writePublishedModel(tx, {
          proposalId: result.proposalId,
          unit: { id: u.id, path: u.path, name: u.name },
          title: e.plan.title,
          field: e.plan.field,
          summary: e.model.summary,
          results: kpis.map(([indicator, unitOfMeasure, baseline, target], i) => ({ indicator, unit: unitOfMeasure, baseline, target, achieved: e.model!.achieved[i] })),
          contact: e.model.contact,
          publishedOn,
          actorId: heads[0] ?? user(e.author).id,
        }),
      );
    }

    if (e.replicates) {
      const source = results.get(e.replicates.source);
      if (!source) throw new Error(`${e.key}: replicates ${e.replicates.source}, which must come first in the catalogue`);
      if (source.status !== "EVALUATED" && source.status !== "CLOSED") throw new Error(`${e.key}: the source model is not evaluated`);
      const evaluatedOn = timelines.get(e.replicates.source)!.steps.find((s) => s.step.do === "evaluate")!.day;
      const adoptedOn = result.approvedOn ?? timeline.steps[0].day;
      if (adoptedOn <= evaluatedOn) throw new Error(`${e.key}: adopted on ${adoptedOn}, before the source was evaluated (${evaluatedOn})`);
      const targetUnit = unit(e.unit);
      const heads = await dir.holders(targetUnit.id, "HEAD");
      const sourceEntry = CATALOGUE.find((x) => x.key === e.replicates!.source)!;
      audits.push(
        await writeReplication(tx, {
          sourceProposalId: source.proposalId,
          sourceUnitId: unit(sourceEntry.unit).id,
          targetUnitId: targetUnit.id,
          newProposalId: result.proposalId,
          adoptedOn,
          note: e.replicates.note,
          actorId: heads[0] ?? user(e.author).id,
        }),
      );
    }
  }

  if (notifications.length) await tx.notification.createMany({ data: notifications });
  for (const [year, last] of counters) {
    await tx.proposalCounter.upsert({ where: { year }, create: { year, last }, update: { last } });
  }
  const ordered = sortAudits(audits);
  await appendAudit(tx, ordered);
  await replayExecution(tx, clock, live);

  return {
    units: org.units.size,
    users: org.users.size,
    proposals: results.size,
    audits: await tx.auditEvent.count(),
    notifications: notifications.length,
  };
}
