import { contentDisposition } from "./file-name";

/**
 * Headers of a download: always saved under its (Vietnamese) name, never rendered or sniffed by the
 * browser — a PDF with embedded script or an HTML polyglot stays inert.
 */
export function downloadHeaders(file: { fileName: string; mimeType: string; sizeBytes: number }): Headers {
  return new Headers({
    "Content-Type": file.mimeType,
    "Content-Length": String(file.sizeBytes),
    "Content-Disposition": contentDisposition(file.fileName),
    "X-Content-Type-Options": "nosniff",
    // Should a browser render it anyway, the file gets no script and no origin.
    "Content-Security-Policy": "default-src 'none'; sandbox",
    "Cache-Control": "private, no-store",
  });
}
