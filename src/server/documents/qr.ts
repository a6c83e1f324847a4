/**
 * QR codes for the printable pages, drawn with the encoder pdfmake already ships (the PDF draws its
 * own with `{ qr }`), so the page and the PDF carry the same code and no extra package is needed.
 */
import * as qrModule from "pdfmake/js/qrEnc";

type Encoder = (typeof import("pdfmake/js/qrEnc"))["default"];
const encoder: Encoder = (qrModule as unknown as { default?: Encoder }).default ?? (qrModule as unknown as Encoder);

/** An SVG path ("M x y h 1 v 1 h -1 z" per dark module) and the size in modules; null when the text does not fit a QR code. */
export function qrSvgPath(text: string): { path: string; size: number } | null {
  try {
    const node = encoder.measure({ qr: text, fit: 2000, eccLevel: "L" });
    const rects = node._canvas.filter((r) => r.color !== "#fff");
    const cell = Math.min(...rects.map((r) => r.w));
    const size = Math.round(node._width / cell);
    const path = rects.map((r) => `M${Math.round(r.x / cell)} ${Math.round(r.y / cell)}h1v1h-1z`).join("");
    return { path, size };
  } catch {
    return null;
  }
}
