/**
 * Loads what the printable plan shows (HTML page and PDF alike) for one revision, scoped to the
 * actor: null when the proposal is unknown or outside the actor's scope, or the revision does not
 * exist (the route answers 404 either way, never revealing which).
 */
import {
  buildPlanDocumentModel,
  placeOfUnit,
  type PlanDocumentModel,
} from "@/components/documents/plan-document-model";
import { toVietnamDate } from "@/domain/calendar";
import type { Actor } from "@/domain/permissions";
import type { PlanDraft } from "@/domain/plan";
import type { Locale } from "@/i18n/config";
import { db } from "../db";
import { getProposal } from "../proposals/queries";
import { DOCUMENT_LOCALE, documentLanguage } from "./language";

export type PlanDocument = {
  proposalId: string;
  model: PlanDocumentModel;
  /** Revision numbers that exist, newest first (for switching between them). */
  revisions: number[];
};

/** `?revision=` as typed in a URL: a positive integer, or absent for the latest. */
function parseRevision(param: string | null | undefined): number | null | "invalid" {
  if (param === null || param === undefined || param === "") return null;
  return /^[1-9]\d{0,5}$/.test(param) ? Number(param) : "invalid";
}

export async function loadPlanDocument(
  actor: Actor,
  proposalId: string,
  revisionParam?: string | null,
  opts: { now?: Date; locale?: Locale } = {},
): Promise<PlanDocument | null> {
  const wanted = parseRevision(revisionParam);
  if (wanted === "invalid") return null;
  const p = await getProposal(actor, proposalId);
  if (!p) return null;
  // Without ?revision: the latest submitted revision, or the working draft when none was submitted.
  const revision = wanted === null ? p.revisions[0] ?? null : p.revisions.find((r) => r.number === wanted);
  if (revision === undefined) return null;

  const plan = ((revision ? revision.plan : p.draft) ?? {}) as PlanDraft;
  const chainIds = p.unitPath.split("/").filter(Boolean);
  // A submitted plan names only co-authors who consented (proposals/coauthor-rule.ts); the working
  // draft, private to its authors, shows whom the proposer means to invite.
  const counting = new Set(p.coAuthors.map((c) => c.userId));
  const coAuthorIds = [...new Set(plan.coAuthorIds ?? [])].filter((id) => !revision || counting.has(id));
  const [chain, coAuthors] = await Promise.all([
    db.unit.findMany({ where: { id: { in: chainIds } }, select: { id: true, name: true, shortName: true, kind: true } }),
    coAuthorIds.length
      ? db.user.findMany({ where: { id: { in: coAuthorIds } }, select: { id: true, fullName: true } })
      : Promise.resolve([]),
  ]);
  const unitsById = new Map(chain.map((u) => [u.id, u]));
  const names = new Map(coAuthors.map((u) => [u.id, u.fullName]));
  const dateOn = revision ? toVietnamDate(revision.createdAt) : null;

  const model = buildPlanDocumentModel(
    {
      code: p.code ?? "",
      plan,
      revision: revision ? revision.number : null,
      dateOn,
      year: Number((dateOn ?? toVietnamDate(opts.now ?? new Date())).slice(0, 4)),
      place: placeOfUnit(chainIds.map((id) => unitsById.get(id)).filter((u) => u !== undefined)),
      unitName: p.unit.name,
      superiorUnitName: p.unit.parent?.name ?? null,
      decidingUnitName: p.decidingUnit.name,
      author: { fullName: p.author.fullName, title: p.author.title },
      // In the order the plan lists them; a co-author since removed from the directory is skipped.
      coAuthorNames: coAuthorIds.map((id) => names.get(id)).filter((n): n is string => !!n),
    },
    documentLanguage(opts.locale ?? DOCUMENT_LOCALE),
  );
  return { proposalId: p.id, model, revisions: p.revisions.map((r) => r.number) };
}
