import { currentActor } from "@/server/auth";
import { findNul } from "@/server/input-guard";
import { requestExport } from "@/server/reports/export/runner";
import { errorJson, fileResponse, fromError } from "../http";

/**
 * POST /api/reports/export (form fields: format = xlsx | csv | pdf, unit, from, to, field, detail).
 * `report.export` on the unit, else 404. A report counting at most EXPORT_SYNC_MAX_ROWS proposals
 * comes back as the file; a larger one becomes a background job and the browser is sent (303) to
 * its progress page — the request never waits for a large export.
 */
export async function POST(request: Request) {
  // Browsers mark requests from another site; the session cookie is SameSite=Lax already.
  if (request.headers.get("sec-fetch-site") === "cross-site") return errorJson("CROSS_SITE", 403);
  const actor = await currentActor();
  if (!actor) return errorJson("UNAUTHENTICATED", 401);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return errorJson("VALIDATION_FAILED", 422);
  }
  if (findNul(form)) return errorJson("NUL_CHARACTER", 422);
  const str = (k: string) => {
    const v = form.get(k);
    return typeof v === "string" && v ? v.slice(0, 100) : null;
  };
  try {
    const result = await requestExport(actor, { unit: str("unit"), from: str("from"), to: str("to"), field: str("field"), detail: str("detail"), preset: "custom" }, str("format") ?? "");
    if (result.kind === "file") return fileResponse(result.file);
    return new Response(null, { status: 303, headers: { Location: `/reports/exports/${result.jobId}`, "Cache-Control": "no-store" } });
  } catch (e) {
    return fromError(e);
  }
}
