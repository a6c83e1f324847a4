/**
 * Refusals of an upload, in the one error taxonomy (domain/errors): each is a 422 with its own
 * code, which the route and the upload control translate under "attachments.errors".
 */
import { DomainError } from "@/domain/errors";

export type AttachmentErrorCode =
  | "ATTACHMENT_TYPE"
  | "ATTACHMENT_TOO_LARGE"
  | "ATTACHMENT_EMPTY"
  /** ATTACHMENT_MAX_PER_PROPOSAL files already on the proposal. */
  | "ATTACHMENT_QUOTA_PROPOSAL"
  /** The uploader's files would pass ATTACHMENT_MAX_BYTES_PER_USER in all. */
  | "ATTACHMENT_QUOTA_USER";

export class AttachmentError extends DomainError {
  readonly httpStatus = 422 as const;
  readonly code: AttachmentErrorCode;
  /** The limit that was exceeded, for ATTACHMENT_TOO_LARGE. */
  readonly maxBytes: number | undefined;

  constructor(code: AttachmentErrorCode, opts: { maxBytes?: number; message?: string } = {}) {
    super(opts.message ?? code);
    this.code = code;
    this.maxBytes = opts.maxBytes;
  }
}
