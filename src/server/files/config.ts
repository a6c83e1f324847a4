/**
 * What may be attached and how large (issue "Attachments"): the accepted formats, the size limit
 * (ATTACHMENT_MAX_BYTES, default 20 MB) and which storage holds new files.
 */

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Accepted formats by extension, each with the type `file-type` must find in the content and the
 * MIME type we store and serve (never the one the browser claims).
 */
export const ACCEPTED_TYPES = {
  pdf: { detected: ["pdf", "ai"], mime: "application/pdf" },
  docx: { detected: ["docx"], mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
  xlsx: { detected: ["xlsx"], mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
  png: { detected: ["png"], mime: "image/png" },
  jpg: { detected: ["jpg"], mime: "image/jpeg" },
  jpeg: { detected: ["jpg"], mime: "image/jpeg" },
} as const satisfies Record<string, { detected: readonly string[]; mime: string }>;
// "ai": a PDF saved by Illustrator with its editing data is still a PDF every reader opens, but
// file-type names it "ai"; refusing it would puzzle the cadre who exported a chart.

export type AcceptedExtension = keyof typeof ACCEPTED_TYPES;

/** The size limit in bytes, read on each call so an operator's change needs no rebuild. */
export function maxAttachmentBytes(): number {
  const raw = process.env.ATTACHMENT_MAX_BYTES?.trim();
  if (!raw) return DEFAULT_MAX_BYTES;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_MAX_BYTES;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name]?.trim();
  const n = Number(raw);
  return raw && Number.isSafeInteger(n) && n > 0 ? n : fallback;
}

/** Files one proposal may hold (ATTACHMENT_MAX_PER_PROPOSAL, default 30). */
export function maxAttachmentsPerProposal(): number {
  return positiveInt("ATTACHMENT_MAX_PER_PROPOSAL", 30);
}

/** Bytes one user may have uploaded in all (ATTACHMENT_MAX_BYTES_PER_USER, default 1 GB). */
export function maxAttachmentBytesPerUser(): number {
  return positiveInt("ATTACHMENT_MAX_BYTES_PER_USER", 1024 * 1024 * 1024);
}

/** Room for the multipart boundary and part headers around the file in an upload request. */
export const MULTIPART_OVERHEAD_BYTES = 64 * 1024;

export type S3Config = {
  bucket: string;
  endpoint?: string;
  region: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  forcePathStyle: boolean;
};

/** S3-compatible storage is used for new files when S3_BUCKET is set; PostgreSQL otherwise. */
export function s3ConfigFromEnv(env: NodeJS.ProcessEnv = process.env): S3Config | null {
  const bucket = env.S3_BUCKET?.trim();
  if (!bucket) return null;
  return {
    bucket,
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    // MinIO and most S3-compatible servers accept any region; AWS needs the bucket's own.
    region: env.S3_REGION?.trim() || "us-east-1",
    accessKeyId: env.S3_ACCESS_KEY_ID?.trim() || undefined,
    secretAccessKey: env.S3_SECRET_ACCESS_KEY?.trim() || undefined,
    forcePathStyle: /^(1|true|yes)$/i.test(env.S3_FORCE_PATH_STYLE?.trim() ?? ""),
  };
}
