import { NextResponse } from "next/server";
import { currentActor } from "@/server/auth";
import { loadDecisionDocument } from "@/server/documents/decision-document";
import { renderDecisionPdf } from "@/server/documents/decision-pdf";
import { pdfDownloadHeaders } from "@/server/documents/official-pdf";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/decisions/:id/pdf — the written decision as a PDF download ("QD-125-QD-SKHCN.pdf").
 * 401 signed out; 404 for an unknown decision, one on a proposal the actor may not read, or a
 * return for revision (not a decision document), alike, so the answer never reveals what exists.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ code: "UNAUTHENTICATED" }, { status: 401, headers: PRIVATE });
  const { id } = await params;
  const doc = await loadDecisionDocument(actor, id);
  if (!doc) return NextResponse.json({ code: "NOT_FOUND" }, { status: 404, headers: PRIVATE });

  const pdf = await renderDecisionPdf(doc.model);
  return new Response(new Uint8Array(pdf), { headers: pdfDownloadHeaders(doc.model.info.fileName, pdf.length) });
}
