/** The report routes' HTTP edge: one JSON error shape `{ code }` and private, uncached answers. */
import { DomainError } from "@/domain/errors";

export const PRIVATE = { "Cache-Control": "private, no-store" } as const;

export function errorJson(code: string, status: number): Response {
  return Response.json({ code }, { status, headers: PRIVATE });
}

/** Expected domain errors keep their status (404 for foreign or unknown units); others are 500. */
export function fromError(e: unknown): Response {
  if (e instanceof DomainError) return errorJson(e.code, e.httpStatus);
  console.error("[reports]", e);
  return errorJson("INTERNAL", 500);
}

/** Content-Disposition for a file name that is ASCII by construction (model.exportMeta). */
export function fileResponse(file: { fileName: string; mimeType: string; data: Uint8Array }): Response {
  return new Response(new Uint8Array(file.data), {
    headers: {
      ...PRIVATE,
      "Content-Type": file.mimeType,
      "Content-Disposition": `attachment; filename="${file.fileName.replace(/[^A-Za-z0-9._-]/g, "_")}"`,
      "Content-Length": String(file.data.length),
      "X-Content-Type-Options": "nosniff",
    },
  });
}
