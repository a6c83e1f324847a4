/**
 * The attachment routes' shared HTTP edge: one error shape `{ error: code, message }` with the
 * message in the user's language (messages "attachments.errors.<code>").
 */
import { getFormatter, getTranslations } from "next-intl/server";
import { maxAttachmentBytes, maxAttachmentBytesPerUser, maxAttachmentsPerProposal } from "./config";

export type AttachmentErrorBody = { error: string; message: string; maxBytes?: number };

export async function errorResponse(code: string, status: number): Promise<Response> {
  const [t, format] = await Promise.all([getTranslations("attachments"), getFormatter()]);
  const maxBytes = maxAttachmentBytes();
  const key = `errors.${code}`;
  const max =
    maxBytes >= 1024 * 1024
      ? `${format.number(maxBytes / (1024 * 1024), { maximumFractionDigits: 1 })} MB`
      : `${format.number(Math.ceil(maxBytes / 1024))} KB`;
  const userMax = `${format.number(maxAttachmentBytesPerUser() / (1024 * 1024), { maximumFractionDigits: 0 })} MB`;
  const message = t.has(key) ? t(key, { max, count: maxAttachmentsPerProposal(), userMax }) : t("errors.INTERNAL");
  const body: AttachmentErrorBody = { error: code, message, ...(code === "ATTACHMENT_TOO_LARGE" ? { maxBytes } : {}) };
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}

/**
 * Browsers mark requests started by another site (Sec-Fetch-Site); the session cookie is SameSite=Lax
 * already, this refuses such a request outright when it changes data.
 */
export function isCrossSite(request: Request): boolean {
  return request.headers.get("sec-fetch-site") === "cross-site";
}
