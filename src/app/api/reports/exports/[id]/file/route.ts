import { currentActor } from "@/server/auth";
import { exportJobFile } from "@/server/reports/export/runner";
import { errorJson, fileResponse } from "../../../http";

/** GET /api/reports/exports/:id/file — the finished file of the user's own export (404 otherwise). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return errorJson("UNAUTHENTICATED", 401);
  const file = await exportJobFile(actor, (await params).id);
  if (!file) return errorJson("NOT_FOUND", 404);
  return fileResponse(file);
}
