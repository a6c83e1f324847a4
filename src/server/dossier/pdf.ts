/** The protection dossier as a PDF: the same model as the printable page, with the checkpoint's QR code. */
import type { Content } from "pdfmake/interfaces";
import type { DossierModel } from "@/components/documents/dossier-model";
import { CONTENT_WIDTH, officialPdfDefinition, renderOfficialPdf, SIZE } from "../documents/official-pdf";

export function dossierPdfDefinition(m: DossierModel) {
  const content: Content[] = [
    { text: m.title, bold: true, fontSize: SIZE.title, alignment: "center" },
    { text: m.subtitle, bold: true, alignment: "center", margin: [0, 2, 0, 8] },
    ...m.facts.map((f): Content => ({ text: [{ text: `${f.label}: `, bold: true }, f.value], margin: [0, 0, 0, 2] })),
    {
      columns: [
        { qr: m.checkpoint.payload, fit: 150, eccLevel: "L", width: 160 },
        {
          width: "*",
          stack: [
            { text: m.checkpoint.label, bold: true },
            { text: m.checkpoint.text, fontSize: SIZE.small },
            { text: m.checkpoint.hint, italics: true, fontSize: SIZE.small, margin: [0, 4, 0, 0] },
          ],
        },
      ],
      columnGap: 10,
      margin: [0, 8, 0, 4],
    },
    { text: m.checkpoint.payloadLabel, bold: true, fontSize: SIZE.small },
    { text: m.checkpoint.payload, fontSize: 7, margin: [0, 0, 0, 8] },
  ];
  for (const s of m.sections) {
    content.push({ text: s.title, bold: true, fontSize: SIZE.body + 0.5, margin: [0, 10, 0, 4], headlineLevel: 1 });
    if (!s.items.length) content.push({ text: s.empty, italics: true });
    for (const i of s.items) {
      content.push({
        stack: [
          { text: i.heading, bold: true },
          ...i.lines.map((l): Content => ({ text: l, alignment: "justify" })),
          { text: i.audit, fontSize: 8, color: "#334155" },
          { text: i.digest, fontSize: 8, color: "#334155" },
        ],
        margin: [0, 0, 0, 6],
        unbreakable: i.lines.length < 8,
      });
    }
  }
  return officialPdfDefinition({ lang: m.lang, info: { title: `${m.title} – ${m.subtitle}`, subject: m.title, keywords: m.checkpoint.text }, content: [{ stack: content, width: CONTENT_WIDTH } as Content] });
}

export async function renderDossierPdf(m: DossierModel): Promise<Buffer> {
  return renderOfficialPdf(dossierPdfDefinition(m));
}
