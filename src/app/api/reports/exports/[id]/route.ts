import { currentActor } from "@/server/auth";
import { exportJobStatus } from "@/server/reports/export/runner";
import { errorJson, PRIVATE } from "../../http";

/** GET /api/reports/exports/:id — progress of the user's own export job (404 for anyone else's). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return errorJson("UNAUTHENTICATED", 401);
  const job = await exportJobStatus(actor, (await params).id);
  if (!job) return errorJson("NOT_FOUND", 404);
  return Response.json(
    { id: job.id, status: job.status, progress: job.progress, totalRows: job.totalRows, fileName: job.fileName },
    { headers: PRIVATE },
  );
}
