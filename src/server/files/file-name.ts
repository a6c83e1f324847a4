/**
 * File names as cadres type them — Vietnamese, with diacritics — kept intact (NFC) in the database
 * and sent back safely in the download header.
 */

const MAX_NAME_LENGTH = 255;
// Control characters, and the bidirectional overrides that can make "hoso\u202Efdp.exe" display
// as "hosoexe.pdf".
const UNSAFE_CHARS = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * The name to store: NFC (macOS sends decomposed "ệ", Windows composed; both must look and sort the
 * same), without any folder part a browser may send, unsafe characters or surrounding blanks/dots.
 */
export function normaliseFileName(raw: string): string {
  const base = raw.normalize("NFC").split(/[/\\]/).pop() ?? "";
  const cleaned = base.replace(/\s+/g, " ").replace(UNSAFE_CHARS, "").replace(/^[\s.]+|[\s.]+$/g, "");
  const chars = [...cleaned];
  if (chars.length <= MAX_NAME_LENGTH) return cleaned;
  const ext = extensionOf(cleaned);
  const suffix = ext ? `.${ext}` : "";
  return chars.slice(0, MAX_NAME_LENGTH - suffix.length).join("").trimEnd() + suffix;
}

/** Lower-case extension without the dot ("" when there is none). */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

/** "Báo cáo đợt 1.pdf" → "Bao cao dot 1.pdf", for clients that ignore filename*. */
export function asciiFileName(fileName: string): string {
  const folded = fileName
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D");
  // Quotes and backslashes would end or escape the quoted string; "%" is decoded by some clients.
  const ascii = folded.replace(/[^\x20-\x7e]|["\\%]/g, "_").trim();
  return ascii || "tep-dinh-kem";
}

/** RFC 8187 ext-value: UTF-8, every byte outside attr-char percent-encoded. */
export function encodeRfc8187(value: string): string {
  return encodeURIComponent(value).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/**
 * `attachment; filename="<ascii fallback>"; filename*=UTF-8''<percent-encoded>` (RFC 6266):
 * browsers use filename* and keep the Vietnamese name; older clients fall back to the ASCII one.
 */
export function contentDisposition(fileName: string): string {
  const name = fileName.normalize("NFC");
  return `attachment; filename="${asciiFileName(name)}"; filename*=UTF-8''${encodeRfc8187(name)}`;
}
