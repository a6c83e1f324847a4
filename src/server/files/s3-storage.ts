/**
 * S3-compatible object storage (AWS S3, MinIO, Ceph, …) through the AWS SDK v3. Not
 * transactional: the upload use-case writes the object before the database row and deletes it if
 * the transaction fails (see upload.ts).
 */
import { DeleteObjectCommand, GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { S3Config } from "./config";
import type { FileStorage } from "./storage";

// One client per configuration and process: it keeps its connection pool between requests.
const clients = new Map<string, S3Client>();

function clientFor(config: S3Config): S3Client {
  const id = JSON.stringify(config);
  let client = clients.get(id);
  if (!client) {
    client = new S3Client({
      region: config.region,
      endpoint: config.endpoint,
      forcePathStyle: config.forcePathStyle,
      // Without explicit keys the SDK's default chain applies (environment, instance role, …).
      credentials:
        config.accessKeyId && config.secretAccessKey
          ? { accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey }
          : undefined,
      // Since SDK 3.729 every PutObject carries a CRC32 checksum by default, which several
      // S3-compatible servers reject; with a custom endpoint, send checksums only when required.
      ...(config.endpoint ? { requestChecksumCalculation: "WHEN_REQUIRED", responseChecksumValidation: "WHEN_REQUIRED" } : {}),
    });
    clients.set(id, client);
  }
  return client;
}

export function s3Storage(config: S3Config): FileStorage {
  const client = clientFor(config);
  const Bucket = config.bucket;
  return {
    kind: "S3",
    transactional: false,
    async put(key, bytes, meta) {
      await client.send(
        new PutObjectCommand({
          Bucket,
          Key: key,
          Body: bytes,
          ContentLength: bytes.byteLength,
          ContentType: meta?.contentType ?? "application/octet-stream",
        }),
      );
    },
    async get(key) {
      try {
        const out = await client.send(new GetObjectCommand({ Bucket, Key: key }));
        return out.Body ? (out.Body.transformToWebStream() as ReadableStream<Uint8Array>) : null;
      } catch (e) {
        if (e instanceof NoSuchKey || (e as { name?: string }).name === "NoSuchKey") return null;
        throw e;
      }
    },
    async delete(key) {
      // DeleteObject succeeds for a missing key as well.
      await client.send(new DeleteObjectCommand({ Bucket, Key: key }));
    },
  };
}
