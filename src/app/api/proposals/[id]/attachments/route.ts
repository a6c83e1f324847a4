import { currentActor } from "@/server/auth";
import { maxAttachmentBytes } from "@/server/files/config";
import { errorResponse, isCrossSite } from "@/server/files/http";
import { uploadAttachment } from "@/server/files/upload";
import { readUploadRequest } from "@/server/files/upload-request";
import { runUseCase } from "@/server/usecase";

type Params = { params: Promise<{ id: string }> };

/** Upload one file (multipart/form-data, field "file") to the plan, or with ?purpose=progress-report or ?purpose=result to that report. */
export async function POST(request: Request, { params }: Params) {
  const actor = await currentActor();
  if (!actor) return errorResponse("UNAUTHENTICATED", 401);
  if (isCrossSite(request)) return errorResponse("FORBIDDEN", 403);
  const { id } = await params;
  const upload = await readUploadRequest(request, maxAttachmentBytes());
  if (!upload.ok) return errorResponse(upload.code, 422);
  const outcome = await runUseCase(() =>
    uploadAttachment(actor, { proposalId: id, fileName: upload.fileName, bytes: upload.bytes, purpose: new URL(request.url).searchParams.get("purpose") ?? undefined }),
  );
  if (!outcome.ok) return errorResponse(outcome.code, outcome.status);
  const { id: attachmentId, fileName, sizeBytes, mimeType } = outcome.value;
  return Response.json({ id: attachmentId, fileName, sizeBytes, mimeType }, { status: 201 });
}
