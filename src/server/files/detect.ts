import { fileTypeFromBuffer } from "file-type";
import { ACCEPTED_TYPES, type AcceptedExtension } from "./config";
import { AttachmentError } from "./errors";
import { extensionOf } from "./file-name";

function isAcceptedExtension(ext: string): ext is AcceptedExtension {
  return Object.hasOwn(ACCEPTED_TYPES, ext);
}

/**
 * The MIME type to store, when both the extension and the content (magic bytes; for DOCX/XLSX the
 * OOXML entries inside the zip) say the same accepted format. A renamed PNG ("bien-ban.pdf"), a
 * macro-enabled DOCM, plain text or an executable are refused with ATTACHMENT_TYPE.
 */
export async function acceptedMimeType(fileName: string, bytes: Uint8Array): Promise<string> {
  const ext = extensionOf(fileName);
  if (!isAcceptedExtension(ext)) throw new AttachmentError("ATTACHMENT_TYPE", { message: `extension "${ext}"` });
  const accepted = ACCEPTED_TYPES[ext];
  // A malformed file can make the detector throw; it is the file's fault, not a server error.
  const found = await fileTypeFromBuffer(bytes).catch(() => undefined);
  if (!found || !(accepted.detected as readonly string[]).includes(found.ext)) {
    throw new AttachmentError("ATTACHMENT_TYPE", { message: `.${ext} whose content is ${found?.ext ?? "unknown"}` });
  }
  return accepted.mime;
}
