/**
 * Loads what the printable decision shows (HTML page and PDF alike), scoped to the actor: whoever
 * may read the proposal may read its decisions. Null when the decision is unknown, outside the
 * actor's scope, or a return for revision (RETURNED is a note to the proposer, not a decision
 * document); the routes answer 404 for all of these alike.
 */
import {
  buildDecisionDocumentModel,
  DECISION_DOCUMENT_KINDS,
  type DecisionDocumentModel,
  type DecisionTarget,
} from "@/components/documents/decision-document-model";
import { placeOfUnit } from "@/components/documents/official-document-model";
import { toVietnamDate } from "@/domain/calendar";
import type { Actor } from "@/domain/permissions";
import type { PlanDraft } from "@/domain/plan";
import { DECREE_73_PROFILE, parseRegulationProfile, type RegulationProfile } from "@/domain/regulation";
import type { Locale } from "@/i18n/config";
import { db } from "../db";
import { dateToDay, profileForUnit } from "../rules";
import { proposalScope } from "../scope";
import { DOCUMENT_LOCALE, documentLanguage } from "./language";

export type DecisionDocument = {
  decisionId: string;
  proposalId: string;
  model: DecisionDocumentModel;
};

const person = { select: { fullName: true, title: true } } as const;

/** The regulation profile the decision names (Decision.profileCode), else the one governing the unit. */
async function profileOf(code: string | null, decidingUnitPath: string): Promise<RegulationProfile> {
  if (code) {
    const row = await db.regulationProfile.findUnique({ where: { code }, select: { rules: true } });
    const parsed = row ? parseRegulationProfile(row.rules) : null;
    if (parsed?.ok) return parsed.profile;
    if (code === DECREE_73_PROFILE.code) return DECREE_73_PROFILE;
  }
  return profileForUnit(db, decidingUnitPath);
}

/** Decision.targets as the approval form stored them; anything malformed is skipped, not guessed. */
function targetsOf(json: unknown): DecisionTarget[] {
  if (!Array.isArray(json)) return [];
  const text = (v: unknown) => (typeof v === "string" ? v : typeof v === "number" && Number.isFinite(v) ? String(v) : "");
  return json
    .filter((x): x is Record<string, unknown> => typeof x === "object" && x !== null)
    .map((x) => ({ name: text(x.name), unit: text(x.unit), baseline: text(x.baseline), target: text(x.target), method: text(x.method) || null }))
    .filter((x) => x.name.trim() !== "");
}

/** The counts of Meeting.tally (src/domain/vote.ts VoteTally) the decision cites; null when unreadable. */
function voteOf(meeting: { heldOn: Date; tally: unknown } | undefined) {
  const t = meeting?.tally as { eligible?: unknown; for?: unknown; passed?: unknown; decidedBy?: unknown } | null | undefined;
  if (!meeting || !t || typeof t.eligible !== "number" || typeof t.for !== "number" || typeof t.passed !== "boolean") return null;
  return { heldOn: dateToDay(meeting.heldOn), eligible: t.eligible, for: t.for, passed: t.passed, tie: t.decidedBy === "TIE_HEAD_SIDE" };
}

export async function loadDecisionDocument(
  actor: Actor,
  decisionId: string,
  opts: { now?: Date; locale?: Locale } = {},
): Promise<DecisionDocument | null> {
  const d = await db.decision.findFirst({
    where: { id: decisionId, kind: { in: [...DECISION_DOCUMENT_KINDS] }, proposal: proposalScope(actor) },
    select: {
      id: true,
      kind: true,
      basis: true,
      number: true,
      signedOn: true,
      signerId: true,
      scope: true,
      participatingUnits: true,
      startDate: true,
      endDate: true,
      budgetVnd: true,
      people: true,
      equipment: true,
      targets: true,
      monitorId: true,
      reportEveryDays: true,
      profileCode: true,
      reasons: true,
      rationale: true,
      createdAt: true,
      revision: { select: { number: true, title: true, plan: true, createdAt: true, createdBy: person } },
      proposal: {
        select: {
          id: true,
          code: true,
          unitId: true,
          decidingUnitId: true,
          unit: { select: { name: true } },
          author: person,
          decidingUnit: { select: { name: true, path: true, parent: { select: { name: true } } } },
        },
      },
    },
  });
  if (!d) return null;
  const p = d.proposal;
  const plan = (d.revision.plan ?? {}) as PlanDraft;
  const coAuthorIds = [...new Set(plan.coAuthorIds ?? [])];
  const userIds = [...new Set([d.signerId, ...(d.monitorId ? [d.monitorId] : []), ...coAuthorIds])];

  // What the decision rests on: the Party committee's answer and the collective's closed vote
  // recorded before it was made (earlier rounds of a returned plan stay out).
  const [opinion, meeting, chain, people, profile] = await Promise.all([
    db.partyOpinion.findFirst({
      where: { proposalId: p.id, stage: "DECISION", answeredAt: { not: null, lte: d.createdAt }, stance: { not: null } },
      orderBy: { answeredAt: "desc" },
      select: { answeredAt: true, stance: true, answeredById: true },
    }),
    db.meeting.findFirst({
      where: { proposalId: p.id, purpose: "DECISION", closedAt: { not: null, lte: d.createdAt } },
      orderBy: { closedAt: "desc" },
      select: { heldOn: true, tally: true },
    }),
    db.unit.findMany({
      where: { id: { in: p.decidingUnit.path.split("/").filter(Boolean) } },
      select: { id: true, name: true, shortName: true, kind: true },
    }),
    db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, fullName: true, title: true } }),
    profileOf(d.profileCode, p.decidingUnit.path),
  ]);
  const partyMember = opinion?.answeredById
    ? await db.user.findUnique({ where: { id: opinion.answeredById }, select: { fullName: true, title: true } })
    : null;

  const byId = new Map(people.map((u) => [u.id, u]));
  const unitsById = new Map(chain.map((u) => [u.id, u]));
  const pathIds = p.decidingUnit.path.split("/").filter(Boolean);
  const signer = byId.get(d.signerId);
  const monitor = d.monitorId ? byId.get(d.monitorId) : undefined;
  const signedOn = d.signedOn ? dateToDay(d.signedOn) : null;
  const kind = d.kind as DecisionDocumentModel["kind"];

  const model = buildDecisionDocumentModel(
    {
      kind,
      basis: d.basis,
      number: d.number,
      signedOn,
      year: Number((signedOn ?? toVietnamDate(opts.now ?? d.createdAt)).slice(0, 4)),
      place: placeOfUnit(pathIds.map((id) => unitsById.get(id)).filter((u) => u !== undefined)),
      issuingUnitName: p.decidingUnit.name,
      superiorUnitName: p.decidingUnit.parent?.name ?? null,
      proposal: { code: p.code ?? "" },
      revision: {
        number: d.revision.number,
        title: d.revision.title,
        submittedOn: toVietnamDate(d.revision.createdAt),
        submitter: d.revision.createdBy,
      },
      proposer: p.author,
      proposerUnitName: p.unitId === p.decidingUnitId ? null : p.unit.name,
      coAuthorNames: coAuthorIds.map((id) => byId.get(id)?.fullName).filter((n): n is string => !!n),
      signer: signer ? { fullName: signer.fullName, title: signer.title } : { fullName: "", title: null },
      profile: {
        name: profile.name,
        isDecree73: profile.code === DECREE_73_PROFILE.code,
        resultReportWorkingDays: profile.resultReportWorkingDays,
        progressReportEveryDays: profile.progressReportEveryDays,
      },
      partyOpinion:
        opinion?.answeredAt && opinion.stance
          ? { answeredOn: toVietnamDate(opinion.answeredAt), stance: opinion.stance, by: partyMember }
          : null,
      vote: voteOf(meeting ?? undefined),
      rationale: d.rationale,
      scope: d.scope,
      participatingUnits: d.participatingUnits,
      startDate: d.startDate ? dateToDay(d.startDate) : null,
      endDate: d.endDate ? dateToDay(d.endDate) : null,
      budgetVnd: d.budgetVnd,
      people: d.people,
      equipment: d.equipment,
      targets: targetsOf(d.targets),
      monitor: monitor ? { fullName: monitor.fullName, title: monitor.title } : null,
      reportEveryDays: d.reportEveryDays,
      reasons: d.reasons,
    },
    documentLanguage(opts.locale ?? DOCUMENT_LOCALE),
  );
  return { decisionId: d.id, proposalId: p.id, model };
}
