/**
 * Read side of the execution stage: the pilot's page (plan against reality, health, one
 * timeline) and the monitor's watch list. Scoped in the `where` (pilot.read / pilot.monitor), so a
 * foreign or unknown pilot id is null (→ 404) for every role.
 */
import { toVietnamDate, type IsoDay } from "@/domain/calendar";
import { directivesFor, healthUrgency, milestoneStatus, pilotHealth, shareOfWay, type AmendmentChanges, type Health } from "@/domain/execution";
import { allowedActions } from "@/domain/permissions";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionActor } from "../actor";
import { db } from "../db";
import { withWorkingDaysLeft } from "../deadlines";
import { proposalResourceSelect, toProposalResource } from "../proposals/resource";
import { dateToDay, profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { pilotScope } from "./load";

/** What the health rule reads, as one nested select (used by the page and the watch list). */
const healthSelect = (today: Date) =>
  ({
    startDate: true,
    endDate: true,
    startedOn: true,
    kpis: {
      orderBy: { id: "asc" },
      select: { id: true, name: true, baseline: true, target: true, measurements: { where: { measuredOn: { not: null } }, orderBy: { measuredOn: "desc" }, take: 1, select: { measuredOn: true, value: true } } },
    },
    milestones: { where: { doneOn: null, doneAt: null, dueDate: { lt: today } }, select: { title: true, dueDate: true, doneOn: true } },
    notes: { where: { flag: { not: null }, answeredAt: null }, select: { severity: true, finding: true } },
    directives: { where: { kind: { in: ["SUSPEND", "STOP"] } }, orderBy: { issuedAt: "desc" }, take: 1, select: { reason: true } },
    proposal: { select: { status: true, deadlines: { where: { kind: "PROGRESS_REPORT", status: "OPEN" }, orderBy: { dueOn: "asc" }, take: 1, select: { kind: true, dueOn: true } } } },
  }) satisfies Prisma.PilotSelect;

type HealthRow = Prisma.PilotGetPayload<{ select: ReturnType<typeof healthSelect> }>;

/** Maps the rows to the one pure health rule (domain/execution.pilotHealth). */
export function healthOf(row: HealthRow, today: IsoDay): Health {
  const reportDue = row.proposal.deadlines.find((d) => d.kind === "PROGRESS_REPORT");
  return pilotHealth({
    status: row.proposal.status,
    today,
    startDay: dateToDay(row.startedOn ?? row.startDate),
    endDay: dateToDay(row.endDate),
    kpis: row.kpis.map((k) => ({
      name: k.name,
      baseline: Number(k.baseline),
      target: Number(k.target),
      latest: k.measurements[0]?.measuredOn ? { day: dateToDay(k.measurements[0].measuredOn), value: Number(k.measurements[0].value) } : null,
    })),
    milestones: row.milestones.map((m) => ({ title: m.title, dueDay: dateToDay(m.dueDate), doneOn: m.doneOn ? dateToDay(m.doneOn) : null })),
    openFlags: row.notes,
    // The page's own select widens `deadlines` to every open kind: read the progress report's.
    reportDueDay: reportDue ? dateToDay(reportDue.dueOn) : null,
    directiveReason: row.directives[0]?.reason ?? null,
  });
}

const WATCHED_STATES = ["APPROVED", "IN_PROGRESS", "SUSPENDED", "STOPPED", "FINISHED"] as const;
/** Pilots ranked per request; a monitor watches tens, a province's Inspectorate a few hundred. */
const WATCH_CAP = 300;

/**
 * The monitor's home (KL 14 §2.4): every pilot they watch from the moment of approval until its
 * result is reported, most urgent first (report overdue, stopped, at risk, suspended, not yet
 * started, on track). Health is computed per pilot, so the list is ranked over at most WATCH_CAP
 * pilots (the most recently active) and then paged.
 */
export async function watchList(actor: SessionActor, opts: { limit?: number; page?: number } = {}) {
  const now = new Date();
  const today = toVietnamDate(now);
  const rows = await db.pilot.findMany({
    where: { proposal: { AND: [proposalScope(actor, "pilot.monitor"), { status: { in: [...WATCHED_STATES] } }] } },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: WATCH_CAP,
    select: {
      id: true,
      ...healthSelect(new Date(`${today}T00:00:00Z`)),
      proposal: {
        select: {
          id: true,
          code: true,
          title: true,
          status: true,
          unit: { select: { name: true } },
          author: { select: { fullName: true } },
          deadlines: { where: { kind: "PROGRESS_REPORT", status: "OPEN" }, orderBy: { dueOn: "asc" }, take: 1, select: { kind: true, dueOn: true } },
        },
      },
    },
  });
  const ranked = rows
    .map((r) => ({ row: r, health: healthOf(r, today) }))
    .sort((a, b) => healthUrgency(a.health.state) - healthUrgency(b.health.state) || b.health.reasons.length - a.health.reasons.length);
  const limit = opts.limit ?? 20;
  const page = Math.max(1, opts.page ?? 1);
  return {
    total: ranked.length,
    capped: rows.length === WATCH_CAP,
    page,
    pages: Math.max(1, Math.ceil(ranked.length / limit)),
    items: ranked.slice((page - 1) * limit, page * limit).map(({ row, health }) => ({
      pilotId: row.id,
      proposalId: row.proposal.id,
      code: row.proposal.code,
      title: row.proposal.title,
      status: row.proposal.status,
      unitName: row.proposal.unit.name,
      authorName: row.proposal.author.fullName,
      health,
      endDate: row.endDate,
    })),
  };
}

/** Everything the pilot's page shows; null when unknown or outside the actor's sight (→ 404). */
export async function pilotPage(actor: SessionActor, pilotId: string) {
  const now = new Date();
  const today = toVietnamDate(now);
  const p = await db.pilot.findFirst({
    where: { AND: [{ id: pilotId }, pilotScope(actor)] },
    select: {
      id: true,
      version: true,
      isPilot: true,
      startedAt: true,
      autoStarted: true,
      reportEveryDays: true,
      monitorId: true,
      scope: true,
      budgetVnd: true,
      people: true,
      equipment: true,
      ...healthSelect(new Date(`${today}T00:00:00Z`)),
      proposal: {
        select: {
          ...proposalResourceSelect,
          unit: { select: { name: true } },
          author: { select: { fullName: true } },
          decidingUnit: { select: { path: true, name: true } },
          // The outcome (Art. 5.2, 11, 18): the latest result report and evaluation, for the outcome card.
          resultReports: { orderBy: { submittedAt: "desc" }, take: 1, select: { id: true, submittedAt: true } },
          evaluations: { orderBy: { createdAt: "desc" }, take: 1, select: { id: true, category: true, conclusion: true, number: true, decidedOn: true } },
          deadlines: {
            where: { status: "OPEN", kind: { in: ["PROGRESS_REPORT", "RESULT_REPORT", "DIRECTIVE_ACK"] } },
            orderBy: { dueOn: "asc" },
            select: { id: true, kind: true, dueOn: true, sequence: true, subjectId: true },
          },
        },
      },
      decision: {
        select: {
          id: true,
          kind: true,
          number: true,
          signedOn: true,
          scope: true,
          startDate: true,
          endDate: true,
          budgetVnd: true,
          people: true,
          equipment: true,
          amendments: { orderBy: { number: "asc" }, select: { id: true, number: true, changes: true, reason: true, createdAt: true } },
        },
      },
      progressReports: {
        orderBy: { periodEnd: "desc" },
        take: 120,
        select: {
          id: true,
          period: true,
          periodStart: true,
          periodEnd: true,
          authorId: true,
          summary: true,
          risks: true,
          supportRequested: true,
          budgetSpentVnd: true,
          submittedAt: true,
          riskItems: { select: { id: true, description: true, level: true, mitigation: true } },
          measurements: { select: { kpiId: true, value: true, note: true } },
          attachments: { select: { id: true, fileName: true, sizeBytes: true } },
        },
      },
      notes: {
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, authorId: true, kind: true, inspectedOn: true, finding: true, severity: true, action: true, flag: true, answeredAt: true, answeredById: true, answer: true, createdAt: true },
      },
      supportRequests: {
        orderBy: { createdAt: "desc" },
        take: 200,
        select: { id: true, progressReportId: true, requestedById: true, kind: true, description: true, amountVnd: true, status: true, answer: true, grantedBudgetVnd: true, grantedPeople: true, grantedEquipment: true, answeredById: true, answeredAt: true, createdAt: true },
      },
    },
  });
  if (!p) return null;
  const [directives, milestones, kpiSeries] = await Promise.all([
    db.directive.findMany({
      where: { pilotId: p.id },
      orderBy: { issuedAt: "desc" },
      take: 200,
      select: { id: true, kind: true, basis: true, reason: true, changes: true, issuedById: true, issuedAt: true, ackDueOn: true, acknowledgedAt: true, acknowledgedById: true },
    }),
    db.milestone.findMany({ where: { pilotId: p.id }, orderBy: { dueDate: "asc" }, select: { id: true, title: true, dueDate: true, doneOn: true, doneAt: true, note: true } }),
    db.kpi.findMany({
      where: { pilotId: p.id },
      orderBy: { id: "asc" },
      select: { id: true, name: true, unitOfMeasure: true, baseline: true, target: true, method: true, measurements: { where: { measuredOn: { not: null } }, orderBy: { measuredOn: "asc" }, take: 240, select: { measuredOn: true, value: true, source: true } } },
    }),
  ]);

  const resource = toProposalResource(p.proposal);
  const actions = allowedActions(actor, resource);
  const health = healthOf(p, today);
  const profile = await profileForUnit(db, p.proposal.unitPath);
  const deadlines = await withWorkingDaysLeft(p.proposal.deadlines, now);

  const ids = new Set<string>([
    ...p.progressReports.map((r) => r.authorId),
    ...p.notes.flatMap((n) => [n.authorId, n.answeredById].filter((x): x is string => !!x)),
    ...p.supportRequests.flatMap((s) => [s.requestedById, s.answeredById].filter((x): x is string => !!x)),
    ...directives.flatMap((d) => [d.issuedById, d.acknowledgedById].filter((x): x is string => !!x)),
    ...(p.monitorId ? [p.monitorId] : []),
  ]);
  const people = await db.user.findMany({ where: { id: { in: [...ids] } }, select: { id: true, fullName: true } });
  const name = (id: string | null) => (id ? people.find((u) => u.id === id)?.fullName ?? "" : "");

  const startDay = dateToDay(p.startedOn ?? p.startDate);
  const kpis = kpiSeries.map((k) => {
    const series = k.measurements.map((m) => ({ day: dateToDay(m.measuredOn!), value: Number(m.value), source: m.source }));
    const latest = series[series.length - 1] ?? null;
    const baseline = Number(k.baseline);
    const target = Number(k.target);
    return { id: k.id, name: k.name, unit: k.unitOfMeasure, method: k.method, baseline, target, series, latest, share: latest ? shareOfWay(baseline, target, latest.value) : 0 };
  });
  const grantedSupport = p.supportRequests.filter((s) => s.status === "GRANTED" || s.status === "PARTLY_GRANTED");
  const spent = p.progressReports.find((r) => r.budgetSpentVnd !== null)?.budgetSpentVnd ?? null;

  type Entry = { id: string; kind: "REPORT" | "INSPECTION" | "SUPPORT" | "DIRECTIVE" | "START"; at: Date };
  const timeline: Entry[] = [
    ...p.progressReports.map((r) => ({ id: r.id, kind: "REPORT" as const, at: r.submittedAt })),
    ...p.notes.map((n) => ({ id: n.id, kind: "INSPECTION" as const, at: n.createdAt })),
    ...p.supportRequests.map((s) => ({ id: s.id, kind: "SUPPORT" as const, at: s.createdAt })),
    ...directives.map((d) => ({ id: d.id, kind: "DIRECTIVE" as const, at: d.issuedAt })),
    ...(p.startedAt ? [{ id: p.id, kind: "START" as const, at: p.startedAt }] : []),
  ].sort((a, b) => b.at.getTime() - a.at.getTime());

  return {
    id: p.id,
    version: p.proposal.version,
    isPilot: p.isPilot,
    today,
    proposal: { id: p.proposal.id, code: p.proposal.code, title: p.proposal.title, status: p.proposal.status, unitName: p.proposal.unit.name, authorName: p.proposal.author.fullName, decidingUnitName: p.proposal.decidingUnit.name },
    outcome: { resultReport: p.proposal.resultReports[0] ?? null, evaluation: p.proposal.evaluations[0] ?? null },
    isAuthor: resource.authorId === actor.userId || resource.coAuthorIds.includes(actor.userId),
    actions,
    directiveKinds: actions.includes("pilot.direct") ? directivesFor(p.proposal.status) : [],
    health,
    start: { decisionStart: dateToDay(p.startDate), startedOn: p.startedOn ? dateToDay(p.startedOn) : null, startedAt: p.startedAt, automatic: p.autoStarted },
    endDay: dateToDay(p.endDate),
    startDay,
    reportEveryDays: p.reportEveryDays,
    monitorName: name(p.monitorId),
    decision: {
      ...p.decision,
      budgetVnd: p.decision.budgetVnd?.toString() ?? null,
      amendments: p.decision.amendments.map((a) => ({ ...a, changes: a.changes as AmendmentChanges })),
    },
    resources: {
      scope: p.scope,
      budgetVnd: p.budgetVnd?.toString() ?? null,
      people: p.people,
      equipment: p.equipment,
      supportBudgetVnd: grantedSupport.reduce((a, s) => a + (s.grantedBudgetVnd ?? 0n), 0n).toString(),
      supportPeople: grantedSupport.reduce((a, s) => a + (s.grantedPeople ?? 0), 0),
      supportEquipment: grantedSupport.map((s) => s.grantedEquipment).filter((x): x is string => !!x),
      spentVnd: spent?.toString() ?? null,
    },
    milestones: milestones.map((m) => {
      const doneOn = m.doneOn ? dateToDay(m.doneOn) : m.doneAt ? toVietnamDate(m.doneAt) : null;
      return { id: m.id, title: m.title, dueDay: dateToDay(m.dueDate), doneOn, note: m.note, status: milestoneStatus({ dueDay: dateToDay(m.dueDate), doneOn }, today) };
    }),
    kpis,
    deadlines: deadlines.map((d) => ({ id: d.id, kind: d.kind, dueOn: d.dueOn, workingDaysLeft: d.workingDaysLeft, sequence: d.sequence, subjectId: d.subjectId })),
    reports: p.progressReports.map((r) => ({
      ...r,
      budgetSpentVnd: r.budgetSpentVnd?.toString() ?? null,
      authorName: name(r.authorId),
      measurements: r.measurements.map((m) => ({ ...m, value: Number(m.value), kpiName: kpis.find((k) => k.id === m.kpiId)?.name ?? "", unit: kpis.find((k) => k.id === m.kpiId)?.unit ?? "" })),
    })),
    notes: p.notes.map((n) => ({ ...n, authorName: name(n.authorId), answeredByName: name(n.answeredById) })),
    supportRequests: p.supportRequests.map((s) => ({
      ...s,
      amountVnd: s.amountVnd?.toString() ?? null,
      grantedBudgetVnd: s.grantedBudgetVnd?.toString() ?? null,
      requestedByName: name(s.requestedById),
      answeredByName: name(s.answeredById),
    })),
    directives: directives.map((d) => ({ ...d, changes: d.changes as AmendmentChanges | null, issuedByName: name(d.issuedById), acknowledgedByName: name(d.acknowledgedById) })),
    timeline,
    ackWorkingDays: profile.directiveAckWorkingDays,
    resultReportWorkingDays: profile.resultReportWorkingDays,
  };
}
export type PilotPageData = NonNullable<Awaited<ReturnType<typeof pilotPage>>>;

/** The amendments of a decision (its version history), for the printable decision; scoped like the decision. */
export async function decisionAmendments(actor: SessionActor, decisionId: string) {
  const rows = await db.decisionAmendment.findMany({
    where: { decisionId, decision: { proposal: proposalScope(actor) } },
    orderBy: { number: "asc" },
    select: { id: true, number: true, changes: true, reason: true, createdAt: true, directive: { select: { basis: true, issuedById: true } } },
  });
  const signers = await db.user.findMany({ where: { id: { in: rows.map((r) => r.directive.issuedById) } }, select: { id: true, fullName: true } });
  return rows.map((r) => ({ ...r, changes: r.changes as AmendmentChanges, issuedBy: signers.find((s) => s.id === r.directive.issuedById)?.fullName ?? "" }));
}
