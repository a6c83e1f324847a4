/** pdfmake's own QR encoder (no types shipped): measure() lays out a `{ qr }` node as rectangles. */
declare module "pdfmake/js/qrEnc" {
  type Rect = { type: "rect"; x: number; y: number; w: number; h: number; color: string };
  const qrEnc: { measure(node: { qr: string; fit?: number; eccLevel?: "L" | "M" | "Q" | "H" }): { _canvas: Rect[]; _width: number } };
  export default qrEnc;
}
