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
import { CONDITIONS } from "@/domain/review";
import { readVoteTally, voteRuleSummary } from "@/domain/vote";
import type { Locale } from "@/i18n/config";
import { db } from "../db";
import { COUNTING_COAUTHOR } from "../proposals/coauthor-rule";
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

/** The counts of Meeting.tally the decision cites, with the rule it applied; null when unreadable. */
function voteOf(meeting: { heldOn: Date; tally: unknown } | null | undefined, profile: RegulationProfile) {
  const t = meeting ? readVoteTally(meeting.tally) : null;
  if (!meeting || !t) return null;
  const rule = voteRuleSummary(t.eligible, profile.vote);
  return {
    heldOn: dateToDay(meeting.heldOn),
    eligible: t.eligible,
    for: t.for,
    passed: t.passed,
    tie: t.decidedBy === "TIE_HEAD_SIDE",
    percent: rule.percent,
    strictlyGreater: rule.strictlyGreater,
  };
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
      overrideReason: true,
      createdAt: true,
      revisionId: true,
      meeting: { select: { heldOn: true, tally: true } },
      partyOpinion: { select: { answeredAt: true, stance: true, answeredById: true } },
      revision: { select: { number: true, title: true, plan: true, createdAt: true, createdBy: person } },
      proposal: {
        select: {
          id: true,
          code: true,
          unitId: true,
          decidingUnitId: true,
          unit: { select: { name: true } },
          author: person,
          decidingUnit: { select: { name: true, path: true, governingBodyName: true, parent: { select: { name: true } } } },
        },
      },
    },
  });
  if (!d) return null;
  const p = d.proposal;
  const plan = (d.revision.plan ?? {}) as PlanDraft;
  // Only co-authors who consented are named on the decision (proposals/coauthor-rule.ts).
  const counting = await db.proposalCoAuthor.findMany({ where: { proposalId: p.id, ...COUNTING_COAUTHOR }, select: { userId: true } });
  const coAuthorIds = [...new Set(plan.coAuthorIds ?? [])].filter((id) => counting.some((c) => c.userId === id));
  const userIds = [...new Set([d.signerId, ...(d.monitorId ? [d.monitorId] : []), ...coAuthorIds])];

  // What the decision rests on: the Party committee's answer and the collective's closed vote on
  // the revision it decided (Decision.partyOpinionId / meetingId; earlier revisions stay out), and
  // the conditions a reviewer found not met on that revision when the head overrode them.
  const [opinion, meeting, notMet, chain, people, profile] = await Promise.all([
    d.partyOpinion
      ? Promise.resolve(d.partyOpinion)
      : db.partyOpinion.findFirst({
          where: { proposalId: p.id, stage: "DECISION", revisionId: d.revisionId, answeredAt: { not: null, lte: d.createdAt }, stance: { not: null } },
          orderBy: { answeredAt: "desc" },
          select: { answeredAt: true, stance: true, answeredById: true },
        }),
    d.meeting
      ? Promise.resolve(d.meeting)
      : db.meeting.findFirst({
          where: { proposalId: p.id, purpose: "DECISION", revisionId: d.revisionId, annulledAt: null, closedAt: { not: null, lte: d.createdAt } },
          orderBy: { closedAt: "desc" },
          select: { heldOn: true, tally: true },
        }),
    d.overrideReason
      ? db.reviewFinding.findMany({ where: { finding: "NOT_MET", review: { revisionId: d.revisionId } }, select: { condition: true }, distinct: ["condition"] })
      : Promise.resolve([]),
    db.unit.findMany({
      where: { id: { in: p.decidingUnit.path.split("/").filter(Boolean) } },
      select: { id: true, name: true, shortName: true, kind: true },
    }),
    db.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, fullName: true, title: true, memberships: { select: { unit: { select: { path: true } } } } },
    }),
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
      // The governing body as data ("Ủy ban nhân dân tỉnh …" for a Sở); "" heads its own documents.
      superiorUnitName: p.decidingUnit.governingBodyName === null ? (p.decidingUnit.parent?.name ?? null) : p.decidingUnit.governingBodyName.trim() || null,
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
      vote: voteOf(meeting, profile),
      rationale: d.rationale,
      conditionsOverride: d.overrideReason
        ? {
            conditions: notMet.map((f) => f.condition).sort((a, b) => (CONDITIONS as readonly string[]).indexOf(a) - (CONDITIONS as readonly string[]).indexOf(b)),
            reason: d.overrideReason,
          }
        : null,
      scope: d.scope,
      participatingUnits: d.participatingUnits,
      startDate: d.startDate ? dateToDay(d.startDate) : null,
      endDate: d.endDate ? dateToDay(d.endDate) : null,
      budgetVnd: d.budgetVnd,
      people: d.people,
      equipment: d.equipment,
      targets: targetsOf(d.targets),
      monitor: monitor ? { fullName: monitor.fullName, title: monitor.title } : null,
      // A monitor with no post inside the deciding unit works for another body (Thanh tra tỉnh…).
      monitorOutsideUnit: monitor ? !monitor.memberships.some((m) => m.unit.path.startsWith(p.decidingUnit.path)) : false,
      reportEveryDays: d.reportEveryDays,
      reasons: d.reasons,
    },
    documentLanguage(opts.locale ?? DOCUMENT_LOCALE),
  );
  return { decisionId: d.id, proposalId: p.id, model };
}
