import { NextResponse } from "next/server";
import { currentActor } from "@/server/auth";
import { loadDossierDocument } from "@/server/dossier/document";
import { renderDossierPdf } from "@/server/dossier/pdf";
import { pdfDownloadHeaders } from "@/server/documents/official-pdf";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** GET /api/proposals/:id/dossier/pdf — the protection dossier as a PDF; 401 signed out, 404 unknown or out of scope. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ code: "UNAUTHENTICATED" }, { status: 401, headers: PRIVATE });
  const doc = await loadDossierDocument(actor, (await params).id);
  if (!doc) return NextResponse.json({ code: "NOT_FOUND" }, { status: 404, headers: PRIVATE });
  const pdf = await renderDossierPdf(doc.model);
  return new Response(new Uint8Array(pdf), { headers: pdfDownloadHeaders(doc.model.fileName, pdf.length) });
}
