/**
 * Reading an upload request (multipart/form-data, field "file") without ever holding more than
 * the limit in memory: refused from Content-Length when the client declares it, and by counting
 * bytes when it does not (chunked bodies).
 */
import { MULTIPART_OVERHEAD_BYTES } from "./config";

export type UploadRequestResult =
  | { ok: true; fileName: string; bytes: Uint8Array }
  | { ok: false; code: "ATTACHMENT_TOO_LARGE" | "ATTACHMENT_MISSING" };

export async function readUploadRequest(request: Request, maxBytes: number): Promise<UploadRequestResult> {
  const limit = maxBytes + MULTIPART_OVERHEAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > limit) return { ok: false, code: "ATTACHMENT_TOO_LARGE" };
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType) || !request.body) return { ok: false, code: "ATTACHMENT_MISSING" };

  // A body cut off mid-way (the client gave up) is no file, not a server error.
  const body = await readAtMost(request.body, limit).catch(() => "BROKEN" as const);
  if (body === "BROKEN") return { ok: false, code: "ATTACHMENT_MISSING" };
  if (!body) return { ok: false, code: "ATTACHMENT_TOO_LARGE" };
  let form: FormData;
  try {
    form = await new Response(body, { headers: { "content-type": contentType } }).formData();
  } catch {
    return { ok: false, code: "ATTACHMENT_MISSING" }; // malformed multipart body
  }
  const file = form.get("file");
  if (!(file instanceof File)) return { ok: false, code: "ATTACHMENT_MISSING" };
  return { ok: true, fileName: file.name.replace(/\u0000/g, ""), bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** The whole stream, or null as soon as it passes `limit` bytes (the rest is not read). */
async function readAtMost(stream: ReadableStream<Uint8Array>, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.byteLength;
  }
  return out;
}
