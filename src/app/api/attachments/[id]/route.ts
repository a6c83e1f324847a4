import { currentActor } from "@/server/auth";
import { deleteAttachment } from "@/server/files/delete";
import { downloadHeaders } from "@/server/files/download";
import { errorResponse, isCrossSite } from "@/server/files/http";
import { openAttachment } from "@/server/files/queries";
import { runUseCase } from "@/server/usecase";

type Params = { params: Promise<{ id: string }> };

/** Download: streamed to those who may read the proposal; 404 for everyone else. */
export async function GET(_request: Request, { params }: Params) {
  const actor = await currentActor();
  if (!actor) return errorResponse("UNAUTHENTICATED", 401);
  const { id } = await params;
  const outcome = await runUseCase(() => openAttachment(actor, id));
  if (!outcome.ok) return errorResponse(outcome.code, outcome.status);
  const file = outcome.value;
  if (!file) return errorResponse("NOT_FOUND", 404);
  return new Response(file.body, { headers: downloadHeaders(file) });
}

export async function DELETE(request: Request, { params }: Params) {
  const actor = await currentActor();
  if (!actor) return errorResponse("UNAUTHENTICATED", 401);
  if (isCrossSite(request)) return errorResponse("FORBIDDEN", 403);
  const { id } = await params;
  const outcome = await runUseCase(() => deleteAttachment(actor, { attachmentId: id }));
  if (!outcome.ok) return errorResponse(outcome.code, outcome.status);
  return Response.json(outcome.value);
}
