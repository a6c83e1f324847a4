/**
 * Read side of recognition and spread: the proposal page's section, the catalogue (signed-in and
 * public), and the Commission's list of institutionalisation recommendations. Proposals are only
 * ever linked where the reader may open them (proposalScope); the catalogue reads the published
 * model rows, which hold nothing personal beyond the published contact.
 */
import type { Actor } from "@/domain/permissions";
import { can } from "@/domain/permissions";
import { foldVietnamese, planDraftSchema } from "@/domain/plan";
import { catalogueFilterSchema, isCompleted, latestOutcome, readModelResults, type CatalogueFilter, type ModelResult } from "@/domain/spread";
import type { InstitutionalisationStatus, Prisma } from "@/generated/prisma/client";
import { db } from "../db";
import type { OpenedAttachment } from "../files/queries";
import { storageFor } from "../files/storage";
import type { ProposalResource } from "@/domain/permissions";
import { proposalScope } from "../scope";

export const CATALOGUE_PAGE_SIZE = 12;

/** Ids among `ids` the actor may open. */
async function readableIds(actor: Actor, ids: string[]): Promise<Set<string>> {
  if (!ids.length) return new Set();
  const rows = await db.proposal.findMany({ where: { AND: [{ id: { in: ids } }, proposalScope(actor)] }, select: { id: true } });
  return new Set(rows.map((r) => r.id));
}

const evaluationSelect = {
  orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
  take: 1,
  select: { category: true, conclusion: true, decidedOn: true, createdAt: true },
} satisfies Prisma.Proposal$evaluationsArgs;

/** Where a proposal's model came from, when it adopts another unit's model (both ways: see proposalSpread). */
async function adoptedFrom(actor: Actor, proposalId: string) {
  const to = await db.replication.findMany({
    where: { newProposalId: proposalId },
    select: { id: true, adoptedOn: true, sourceProposal: { select: { id: true, code: true, title: true, unit: { select: { name: true } }, effectiveModel: { select: { id: true, status: true } } } } },
  });
  const readable = await readableIds(actor, to.map((r) => r.sourceProposal.id));
  return to.map((r) => ({
    id: r.id,
    adoptedOn: r.adoptedOn,
    unitName: r.sourceProposal.unit.name,
    code: r.sourceProposal.code,
    title: r.sourceProposal.title,
    proposalId: readable.has(r.sourceProposal.id) ? r.sourceProposal.id : null,
    modelId: r.sourceProposal.effectiveModel?.status === "PUBLISHED" ? r.sourceProposal.effectiveModel.id : null,
  }));
}

/** For a proposal not yet evaluated, only where it was adopted from (one query instead of the whole section). */
export async function proposalOrigin(actor: Actor, proposalId: string) {
  return adoptedFrom(actor, proposalId);
}

/** The "recognition and spread" section of a proposal page (the proposal is already authorised). */
export async function proposalSpread(actor: Actor, p: { id: string; resource: ProposalResource; authorId: string; coAuthorIds: string[] }) {
  const [evaluations, recognitions, model, from, to, institutionalisations, people, kpis, revision] = await Promise.all([
    db.evaluation.findMany({ where: { proposalId: p.id }, select: { category: true, conclusion: true, decidedOn: true, createdAt: true } }),
    db.recognition.findMany({
      where: { proposalId: p.id },
      orderBy: [{ decidedOn: "desc" }, { createdAt: "desc" }],
      select: { id: true, userId: true, kind: true, form: true, level: true, decidingBody: true, number: true, decidedOn: true, note: true, createdAt: true },
    }),
    db.effectiveModel.findUnique({ where: { proposalId: p.id }, select: { id: true, status: true, version: true, publishedAt: true } }),
    db.replication.findMany({
      where: { sourceProposalId: p.id },
      orderBy: [{ adoptedOn: "desc" }, { id: "desc" }],
      select: {
        id: true,
        adoptedOn: true,
        note: true,
        targetUnit: { select: { name: true } },
        newProposal: { select: { id: true, code: true, title: true, status: true, evaluations: evaluationSelect } },
      },
    }),
    adoptedFrom(actor, p.id),
    db.institutionalisation.findMany({
      where: { proposalId: p.id },
      orderBy: [{ recommendedOn: "desc" }, { id: "desc" }],
      select: { id: true, authority: true, targetDocument: true, content: true, status: true, recommendedOn: true, issuedNumber: true, issuedOn: true, note: true, version: true },
    }),
    db.user.findMany({ where: { id: { in: [p.authorId, ...p.coAuthorIds] } }, select: { id: true, fullName: true } }),
    db.kpi.findMany({
      where: { pilot: { proposalId: p.id } },
      orderBy: { id: "asc" },
      select: { name: true, unitOfMeasure: true, baseline: true, target: true, measurements: { orderBy: { progressReport: { periodEnd: "desc" } }, take: 1, select: { value: true } } },
    }),
    db.proposalRevision.findFirst({ where: { proposalId: p.id }, orderBy: { number: "desc" }, select: { plan: true } }),
  ]);
  const outcome = latestOutcome(evaluations);
  const names = new Map(people.map((u) => [u.id, u.fullName]));
  const readable = await readableIds(actor, from.flatMap((r) => (r.newProposal ? [r.newProposal.id] : [])));

  // Rows recorded together (one decision for several people) are shown as one entry.
  const grouped = new Map<string, { kind: string; form: string | null; level: string | null; decidingBody: string | null; number: string | null; decidedOn: Date; note: string | null; people: string[] }>();
  for (const r of recognitions) {
    const key = [r.kind, r.number, r.decidedOn.toISOString(), r.note, r.createdAt.toISOString()].join("|");
    const g = grouped.get(key) ?? { kind: r.kind, form: r.form, level: r.level, decidingBody: r.decidingBody, number: r.number, decidedOn: r.decidedOn, note: r.note, people: [] };
    g.people.push(names.get(r.userId) ?? "");
    grouped.set(key, g);
  }

  // Results against targets, pre-filled for the publication form: the pilot's KPIs and their last
  // measurement, else the plan's KPIs.
  const plan = planDraftSchema.safeParse(revision?.plan ?? {});
  const defaultResults: ModelResult[] = kpis.length
    ? kpis.map((k) => ({ indicator: k.name, unit: k.unitOfMeasure, baseline: k.baseline.toString(), target: k.target.toString(), achieved: k.measurements[0]?.value.toString() ?? "" }))
    : (plan.success ? plan.data.kpis ?? [] : []).map((k) => ({ indicator: k.name ?? "", unit: k.unit ?? "", baseline: k.baseline ?? "", target: k.target ?? "", achieved: "" }));

  return {
    outcome,
    completed: isCompleted(outcome),
    recognitions: [...grouped.values()],
    model,
    replications: from.map((r) => {
      const ev = r.newProposal?.evaluations[0] ?? null;
      return {
        id: r.id,
        adoptedOn: r.adoptedOn,
        unitName: r.targetUnit.name,
        proposal: r.newProposal ? { id: r.newProposal.id, code: r.newProposal.code, title: r.newProposal.title, status: r.newProposal.status, readable: readable.has(r.newProposal.id) } : null,
        outcome: ev?.category ?? null,
      };
    }),
    adoptedFrom: to,
    institutionalisations,
    proposers: [p.authorId, ...p.coAuthorIds].map((id) => ({ id, name: names.get(id) ?? "" })),
    defaultResults,
    can: {
      recognise: can(actor, "recognition.record", p.resource),
      publish: can(actor, "model.publish", p.resource),
      recommend: can(actor, "institutionalisation.recommend", p.resource),
      updateInstitutionalisation: can(actor, "institutionalisation.update", p.resource),
    },
  };
}
export type ProposalSpread = Awaited<ReturnType<typeof proposalSpread>>;

// ───────────────────────────── Catalogue ─────────────────────────────

export function parseCatalogueFilter(raw: Record<string, string | string[] | undefined>): CatalogueFilter {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;
  return catalogueFilterSchema.parse({ q: first(raw.q), field: first(raw.field), unitId: first(raw.unitId), outcome: first(raw.outcome), cursor: first(raw.cursor) });
}

function decodeCursor(cursor: string | undefined): { at: Date; id: string } | null {
  if (!cursor) return null;
  const i = cursor.lastIndexOf("_");
  const at = new Date(cursor.slice(0, i));
  if (i < 0 || Number.isNaN(at.getTime())) return null;
  return { at, id: cursor.slice(i + 1) };
}

/** What anyone may read of a published model, signed in or not: no author, only the unit and the published contact. */
const publicModelSelect = {
  id: true,
  title: true,
  field: true,
  summary: true,
  results: true,
  contactName: true,
  contactTitle: true,
  contactEmail: true,
  contactPhone: true,
  publishedAt: true,
  unit: { select: { id: true, name: true } },
  _count: { select: { documents: true } },
} satisfies Prisma.EffectiveModelSelect;

/**
 * Published models, newest first, keyset-paginated. The keyword is folded like the stored search
 * text, so "mot cua" finds "một cửa"; the unit filter covers the unit's subtree.
 */
export async function searchCatalogue(filter: CatalogueFilter, limit = CATALOGUE_PAGE_SIZE) {
  const unit = filter.unitId ? await db.unit.findUnique({ where: { id: filter.unitId }, select: { path: true } }) : null;
  const after = decodeCursor(filter.cursor);
  const q = filter.q ? foldVietnamese(filter.q) : "";
  const replicated: Prisma.EffectiveModelWhereInput =
    filter.outcome === "REPLICATED"
      ? { proposal: { replicationsFrom: { some: {} } } }
      : filter.outcome === "REPLICATED_COMPLETED"
        ? { proposal: { replicationsFrom: { some: { newProposal: { evaluations: { some: { category: "A" } } } } } } }
        : {};
  const where: Prisma.EffectiveModelWhereInput = {
    AND: [
      { status: "PUBLISHED" },
      filter.field ? { field: filter.field } : {},
      filter.unitId ? (unit ? { unitPath: { startsWith: unit.path } } : { id: { in: [] } }) : {},
      ...q.split(" ").filter(Boolean).map((word) => ({ searchText: { contains: word } })),
      replicated,
      after ? { OR: [{ publishedAt: { lt: after.at } }, { publishedAt: after.at, id: { lt: after.id } }] } : {},
    ],
  };
  const rows = await db.effectiveModel.findMany({
    where,
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: { ...publicModelSelect, proposal: { select: { _count: { select: { replicationsFrom: true } } } } },
  });
  const items = rows.slice(0, limit).map(({ proposal, ...m }) => ({ ...m, results: readModelResults(m.results), replications: proposal._count.replicationsFrom }));
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? `${last.publishedAt.toISOString()}_${last.id}` : null };
}
export type CatalogueItem = Awaited<ReturnType<typeof searchCatalogue>>["items"][number];

/** Units that have published models (the unit filter's options), sorted the Vietnamese way. */
export async function catalogueUnits() {
  const groups = await db.effectiveModel.groupBy({ by: ["unitId"], where: { status: "PUBLISHED" } });
  const units = await db.unit.findMany({ where: { id: { in: groups.map((g) => g.unitId) } }, select: { id: true, name: true } });
  const collator = new Intl.Collator("vi");
  return units.sort((a, b) => collator.compare(a.name, b.name));
}

/** One published model for a signed-in reader: documents, where it was replicated, and where the reader may adopt it. */
export async function getModel(actor: Actor, id: string) {
  const m = await db.effectiveModel.findFirst({
    where: { id, status: "PUBLISHED" },
    select: {
      ...publicModelSelect,
      version: true,
      proposalId: true,
      documents: { select: { attachment: { select: { id: true, fileName: true, sizeBytes: true, mimeType: true } } } },
      proposal: {
        select: {
          code: true,
          replicationsFrom: {
            orderBy: [{ adoptedOn: "desc" }, { id: "desc" }],
            select: { id: true, adoptedOn: true, targetUnit: { select: { name: true } }, newProposal: { select: { id: true, status: true, evaluations: evaluationSelect } } },
          },
        },
      },
    },
  });
  if (!m) return null;
  const readable = await readableIds(actor, [m.proposalId, ...m.proposal.replicationsFrom.flatMap((r) => (r.newProposal ? [r.newProposal.id] : []))]);
  const adoptable = actor.memberships
    .filter((mm) => mm.unitId !== m.unit.id && can(actor, "model.adopt", { kind: "unit", unitId: mm.unitId, unitPath: mm.unitPath }))
    .map((mm) => mm.unitId);
  const adoptUnits = adoptable.length ? await db.unit.findMany({ where: { id: { in: [...new Set(adoptable)] } }, select: { id: true, name: true } }) : [];
  return {
    ...m,
    results: readModelResults(m.results),
    documents: m.documents.map((d) => d.attachment),
    sourceProposal: readable.has(m.proposalId) ? { id: m.proposalId, code: m.proposal.code } : null,
    replications: m.proposal.replicationsFrom.map((r) => ({
      id: r.id,
      adoptedOn: r.adoptedOn,
      unitName: r.targetUnit.name,
      status: r.newProposal?.status ?? null,
      outcome: r.newProposal?.evaluations[0]?.category ?? null,
      proposalId: r.newProposal && readable.has(r.newProposal.id) ? r.newProposal.id : null,
    })),
    adoptUnits,
  };
}

/**
 * A document the unit published with its model: any signed-in user may download it (the unit chose
 * to share it with the catalogue); null for anything else (→ 404).
 */
export async function openPublishedDocument(modelId: string, attachmentId: string): Promise<OpenedAttachment | null> {
  if (modelId.length > 40 || attachmentId.length > 100) return null;
  const a = await db.attachment.findFirst({
    where: { id: attachmentId, publishedIn: { some: { modelId, model: { status: "PUBLISHED" } } } },
    select: { id: true, fileName: true, mimeType: true, sizeBytes: true, sha256: true, storage: true, storageKey: true },
  });
  if (!a) return null;
  const body = await (await storageFor(a.storage, db)).get(a.storageKey);
  if (!body) return null;
  return { id: a.id, fileName: a.fileName, mimeType: a.mimeType, sizeBytes: a.sizeBytes, sha256: a.sha256, body };
}

// ───────────────────────────── Institutionalisation (the Commission's view) ─────────────────────────────

export const INSTITUTIONALISATION_PAGE_SIZE = 25;

/** Every recommendation the actor may read (the Commission: its subtree), with counts per status. */
export async function listInstitutionalisations(actor: Actor, opts: { status?: InstitutionalisationStatus; cursor?: string } = {}) {
  const scope: Prisma.InstitutionalisationWhereInput = { proposal: proposalScope(actor) };
  const after = decodeCursor(opts.cursor);
  const [rows, groups] = await Promise.all([
    db.institutionalisation.findMany({
      where: {
        AND: [
          scope,
          opts.status ? { status: opts.status } : {},
          after ? { OR: [{ recommendedOn: { lt: after.at } }, { recommendedOn: after.at, id: { lt: after.id } }] } : {},
        ],
      },
      orderBy: [{ recommendedOn: "desc" }, { id: "desc" }],
      take: INSTITUTIONALISATION_PAGE_SIZE + 1,
      select: {
        id: true,
        authority: true,
        targetDocument: true,
        status: true,
        recommendedOn: true,
        issuedNumber: true,
        issuedOn: true,
        proposal: { select: { id: true, code: true, title: true, unit: { select: { name: true } } } },
      },
    }),
    db.institutionalisation.groupBy({ by: ["status"], where: scope, _count: { _all: true } }),
  ]);
  const items = rows.slice(0, INSTITUTIONALISATION_PAGE_SIZE);
  const last = items[items.length - 1];
  return {
    items,
    counts: Object.fromEntries(groups.map((g) => [g.status, g._count._all])) as Partial<Record<InstitutionalisationStatus, number>>,
    nextCursor: rows.length > INSTITUTIONALISATION_PAGE_SIZE && last ? `${last.recommendedOn.toISOString()}_${last.id}` : null,
  };
}
