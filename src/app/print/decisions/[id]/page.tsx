import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { cache } from "react";
import { OfficialDecisionDocument } from "@/components/documents/OfficialDecisionDocument";
import { PrintToolbar } from "@/components/documents/PrintToolbar";
import { requireActor } from "@/server/auth";
import { loadDecisionDocument } from "@/server/documents/decision-document";
import { AmendmentsAnnex } from "@/components/pilots/AmendmentsAnnex";
import { decisionAmendments } from "@/server/pilots/queries";
import { changeLines } from "@/components/pilots/amendment-lines";

type Params = Promise<{ id: string }>;

// Metadata and page share one load per request.
const load = cache(async (id: string) => loadDecisionDocument(await requireActor(), id));

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const doc = await load((await params).id);
  if (!doc) return {};
  const t = await getTranslations("documents.decision");
  return { title: t("pageTitle", { label: doc.model.info.number ?? doc.model.info.code }), robots: { index: false } };
}

/**
 * The written decision (Art. 8 NĐ 73/2023) as a printable official document, outside the app shell.
 * A decision to implement, to pilot or not to approve; a return for revision is not a decision
 * document and is not found here (its comments are on the proposal page).
 */
export default async function PrintDecisionPage({ params }: { params: Params }) {
  const { id } = await params;
  const doc = await load(id);
  if (!doc) notFound();
  // Adjustments during execution amend the decision; they print after it as its version history.
  const [amendments, t, format] = await Promise.all([decisionAmendments(await requireActor(), id), getTranslations("pilots"), getFormatter()]);

  return (
    <main id="main" className="min-h-screen bg-slate-200 pb-8 print:bg-white print:p-0">
      <PrintToolbar
        backHref={`/proposals/${encodeURIComponent(doc.proposalId)}`}
        pdfHref={`/api/decisions/${encodeURIComponent(doc.decisionId)}/pdf`}
        revisions={[]}
      />
      <OfficialDecisionDocument model={doc.model} />
      <AmendmentsAnnex items={amendments.map((a) => ({ id: a.id, number: a.number, createdAt: a.createdAt, reason: a.reason, issuedBy: a.issuedBy, lines: changeLines(a.changes, t, format) }))} />
    </main>
  );
}
