import { NextResponse } from "next/server";
import { currentActor } from "@/server/auth";
import { loadPlanDocument } from "@/server/documents/plan-document";
import { renderPlanPdf } from "@/server/documents/plan-pdf";

const PRIVATE = { "Cache-Control": "private, no-store" };

/**
 * GET /api/proposals/:id/pdf?revision=N — the plan as a PDF download (latest revision by default,
 * the draft when none was submitted). 401 signed out; 404 for an unknown or foreign proposal or an
 * unknown revision, alike, so the answer never reveals what exists.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return NextResponse.json({ code: "UNAUTHENTICATED" }, { status: 401, headers: PRIVATE });
  const { id } = await params;
  const doc = await loadPlanDocument(actor, id, new URL(request.url).searchParams.get("revision"));
  if (!doc) return NextResponse.json({ code: "NOT_FOUND" }, { status: 404, headers: PRIVATE });

  const pdf = await renderPlanPdf(doc.model);
  return new Response(new Uint8Array(pdf), {
    headers: {
      ...PRIVATE,
      "Content-Type": "application/pdf",
      // The file name is ASCII by construction (documentFileName), so no RFC 5987 form is needed.
      "Content-Disposition": `attachment; filename="${doc.model.info.fileName}"`,
      "Content-Length": String(pdf.length),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
