import { mapError } from "@/server/usecase";
import { commitImport, previewImport } from "@/server/admin/import";
import { MAX_IMPORT_BYTES } from "@/server/admin/import-file";
import { currentActor } from "@/server/auth";
import { PRIVATE, errorJson } from "../../reports/http";

/**
 * POST /api/admin/import (multipart: kind = units | people, mode = preview | commit, file).
 * Preview answers what the file would do, row by row; commit does it all or nothing. Refusals
 * share the use-case error body (code, issues).
 */
export async function POST(request: Request) {
  if (request.headers.get("sec-fetch-site") === "cross-site") return errorJson("CROSS_SITE", 403);
  const actor = await currentActor();
  if (!actor) return errorJson("UNAUTHENTICATED", 401);
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return errorJson("VALIDATION_FAILED", 422);
  }
  const file = form.get("file");
  if (!(file instanceof File)) return Response.json({ code: "VALIDATION_FAILED", issues: [{ path: "file", message: "fileMissing" }] }, { status: 422, headers: PRIVATE });
  if (file.size > MAX_IMPORT_BYTES) return Response.json({ code: "VALIDATION_FAILED", issues: [{ path: "file", message: "fileTooLarge" }] }, { status: 422, headers: PRIVATE });
  const input = { kind: form.get("kind"), fileName: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  try {
    const result = form.get("mode") === "commit" ? await commitImport(actor, input) : await previewImport(actor, input);
    return Response.json(result, { headers: PRIVATE });
  } catch (e) {
    const m = mapError(e);
    if (m.status === 500) console.error("[import]", e);
    return Response.json({ code: m.code, issues: m.issues }, { status: m.status, headers: PRIVATE });
  }
}
