import { currentActor } from "@/server/auth";
import { downloadHeaders } from "@/server/files/download";
import { errorResponse } from "@/server/files/http";
import { openPublishedDocument } from "@/server/spread/queries";

type Params = { params: Promise<{ id: string; attachmentId: string }> };

/** A document published with a model in the catalogue: for anyone signed in; 404 otherwise. */
export async function GET(_request: Request, { params }: Params) {
  const actor = await currentActor();
  if (!actor) return errorResponse("UNAUTHENTICATED", 401);
  const { id, attachmentId } = await params;
  const file = await openPublishedDocument(id, attachmentId);
  if (!file) return errorResponse("NOT_FOUND", 404);
  return new Response(file.body, { headers: downloadHeaders(file) });
}
