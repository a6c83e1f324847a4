/**
 * The decision as a PDF, drawn from the same model as the printable page, in the layout every
 * official document of the product shares (official-pdf.ts: A4, Nghị định 30/2020/NĐ-CP margins,
 * DejaVu Serif embedded).
 */
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces";
import type { DecisionDocumentLayout } from "@/components/documents/decision-document-model";
import {
  CONTENT_WIDTH,
  INDENT,
  officialPdfDefinition,
  pdfBlock,
  pdfHeader,
  pdfSignOff,
  renderOfficialPdf,
  rule,
  SIZE,
} from "./official-pdf";

/** The pdfmake definition: pure, so tests can read every string the PDF will show. */
export function decisionPdfDefinition(m: DecisionDocumentLayout): TDocumentDefinitions {
  const heading: Content[] = [
    { text: m.title, bold: true, fontSize: SIZE.title, alignment: "center", margin: [0, 24, 0, 0] },
    { text: m.subject, bold: true, fontSize: SIZE.title - 0.5, alignment: "center" },
    rule(CONTENT_WIDTH, CONTENT_WIDTH / 4, [0, 5, 0, 10]),
    { text: m.issuer, bold: true, alignment: "center", margin: [0, 0, 0, 10] },
    ...m.preamble.map((line): Content => ({ text: line, italics: true, alignment: "justify", leadingIndent: INDENT, margin: [0, 0, 0, 3] })),
    { text: m.decides, bold: true, alignment: "center", margin: [0, 8, 0, 8] },
  ];

  const article = (a: DecisionDocumentLayout["articles"][number]): Content[] => [
    {
      text: [{ text: `${a.number} `, bold: true }, a.lead],
      alignment: "justify",
      leadingIndent: INDENT,
      margin: [0, 2, 0, 4],
      headlineLevel: 1,
    },
    ...a.blocks.flatMap(pdfBlock),
  ];
  const last = m.articles.at(-1);

  // The last article (effect and who implements: a few lines) goes to the page of the sign-off,
  // so the signature never stands on a page of its own.
  const closing: Content = { stack: [...(last ? article(last) : []), pdfSignOff(m.recipients, m.signature)], unbreakable: true };

  return officialPdfDefinition({
    lang: m.lang,
    info: {
      title: `${m.title} ${m.info.number ?? ""} – ${m.info.title}`.replace(/\s+/g, " "),
      author: m.info.signer,
      subject: m.subject,
      keywords: [m.info.number, m.info.code].filter(Boolean).join(", "),
    },
    content: [pdfHeader(m.header), ...heading, ...m.articles.slice(0, -1).flatMap(article), closing],
  });
}

export async function renderDecisionPdf(m: DecisionDocumentLayout): Promise<Buffer> {
  return renderOfficialPdf(decisionPdfDefinition(m));
}
