/**
 * Where attachment bytes live. PostgreSQL (AttachmentBlob rows) by default, so a unit needs no
 * other server; S3-compatible object storage for new files when S3_BUCKET is set. Each Attachment
 * row records which storage holds it, so files uploaded before a switch stay downloadable.
 */
import type { StorageKind } from "@/generated/prisma/client";
import type { Tx } from "../db";
import { s3ConfigFromEnv } from "./config";

export interface FileStorage {
  readonly kind: StorageKind;
  /**
   * True when put/delete take part in the caller's database transaction (PostgreSQL): they commit
   * or roll back with it. Otherwise the caller must undo a put itself when the transaction fails.
   */
  readonly transactional: boolean;
  put(key: string, bytes: Uint8Array, meta?: { contentType?: string }): Promise<void>;
  /** The stored bytes, or null when nothing is stored under the key. */
  get(key: string): Promise<ReadableStream<Uint8Array> | null>;
  /** Removes the bytes; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
}

/** The storage that receives new uploads. */
export function activeStorageKind(): StorageKind {
  return s3ConfigFromEnv() ? "S3" : "POSTGRES";
}

/**
 * The storage of one kind. PostgreSQL storage works through `client` (the use-case's transaction,
 * or the shared client for downloads); the S3 SDK is loaded only when an S3 file is touched.
 */
export async function storageFor(kind: StorageKind, client: BlobClient): Promise<FileStorage> {
  if (kind === "POSTGRES") return postgresStorage(client);
  const config = s3ConfigFromEnv();
  if (!config) throw new Error("An attachment is stored in S3 but S3_BUCKET is not configured");
  const { s3Storage } = await import("./s3-storage");
  return s3Storage(config);
}

type BlobClient = Pick<Tx, "attachmentBlob">;

export function postgresStorage(client: BlobClient): FileStorage {
  return {
    kind: "POSTGRES",
    transactional: true,
    async put(key, bytes) {
      // The blob's primary key is its Attachment row, so that row must already exist in the same
      // transaction; `key` finds it through Attachment.storageKey.
      await client.attachmentBlob.create({ data: { data: ownBuffer(bytes), attachment: { connect: { storageKey: key } } } });
    },
    async get(key) {
      const row = await client.attachmentBlob.findFirst({ where: { attachment: { storageKey: key } }, select: { data: true } });
      return row ? streamOf(row.data) : null;
    },
    async delete(key) {
      await client.attachmentBlob.deleteMany({ where: { attachment: { storageKey: key } } });
    },
  };
}

const CHUNK_BYTES = 64 * 1024;

/** Serves bytes already in memory as a stream, in chunks, so the response starts at once. */
export function streamOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.byteLength) {
        controller.close();
        return;
      }
      const end = Math.min(offset + CHUNK_BYTES, bytes.byteLength);
      controller.enqueue(bytes.subarray(offset, end));
      offset = end;
    },
  });
}

/** Prisma's Bytes is a Uint8Array over a plain ArrayBuffer; copy only when it is not. */
function ownBuffer(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

/** Reads a whole stream (tests, small files). */
export async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    chunks.push(chunk);
    total += chunk.byteLength;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
