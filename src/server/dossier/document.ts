/** The dossier as a document for the printable page and the PDF (same model, same language as official papers). */
import { buildDossierModel, type DossierModel } from "@/components/documents/dossier-model";
import type { Actor } from "@/domain/permissions";
import type { Locale } from "@/i18n/config";
import { DOCUMENT_LOCALE, documentLanguage } from "../documents/language";
import { qrSvgPath } from "../documents/qr";
import { buildDossier } from "./dossier";

export async function loadDossierDocument(actor: Actor, proposalId: string, opts: { locale?: Locale } = {}): Promise<{ proposalId: string; model: DossierModel; qr: { path: string; size: number } | null } | null> {
  const d = await buildDossier(actor, proposalId);
  if (!d) return null;
  const model = buildDossierModel(d, documentLanguage(opts.locale ?? DOCUMENT_LOCALE));
  return { proposalId: d.proposal.id, model, qr: qrSvgPath(d.payload) };
}
