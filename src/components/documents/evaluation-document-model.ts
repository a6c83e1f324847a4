/**
 * The written evaluation decision (Art. 5.2, 6.1, 11, 18 NĐ 73/2023) in the same official layout as
 * the approval decision (Nghị định 30/2020/NĐ-CP): header, "QUYẾT ĐỊNH / Về việc đánh giá …", the
 * grounds (the approving decision, the result report, the Party committee's opinion, the
 * collective's vote), then the outcome, the three conditions, any abuse, and the conclusion on
 * responsibility. One pure function builds it; the printable page and the PDF render it with the
 * approval decision's renderers.
 */
import { signerPosition, unitNameUnderSuperior, type DecisionArticle, type DecisionDocumentLayout, type DocumentPerson } from "./decision-document-model";
import { asciiFileStem, formatDay, formatInteger, officialHeader, type DocumentBlock, type DocumentLanguage, type OfficialHeader } from "./official-document-model";

export type EvaluationDocumentSource = {
  number: string | null;
  decidedOn: string;
  place: string;
  issuingUnitName: string;
  superiorUnitName: string | null;
  proposal: { code: string; title: string };
  proposer: DocumentPerson;
  coAuthorNames: readonly string[];
  signer: DocumentPerson;
  isDecree73: boolean;
  profileName: string;
  approval: { number: string | null; signedOn: string | null; kind: "IMPLEMENT" | "PILOT" } | null;
  report: { submittedOn: string; kpis: readonly { name: string; unit: string; baseline: string; target: string; achieved: string }[] } | null;
  partyOpinion: { answeredOn: string; stance: "AGREE" | "DISAGREE" | "COMMENTS" } | null;
  vote: { heldOn: string; eligible: number; for: number } | null;
  category: "A" | "B" | "C";
  objectiveCauses: string | null;
  subjectiveCauses: string | null;
  damageVnd: bigint | null;
  conditions: readonly { key: "followedPolicy" | "pureMotive" | "commonInterest"; met: boolean; finding: string | null }[];
  abuse: { kinds: readonly string[]; findings: string | null } | null;
  conclusion: string;
};

export type EvaluationDocumentModel = DecisionDocumentLayout & { kind: "EVALUATION" };

const NUMERIC = /^-?\d+(\.\d+)?$/;
const clause = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" ").replace(/[\s.;:,]+$/u, "");

export function evaluationFileName(number: string | null, proposalCode: string): string {
  const stem = number?.trim() ? asciiFileStem(number, "") : "";
  return `QD-DG-${stem || asciiFileStem(proposalCode, "de-xuat")}.pdf`;
}

export function buildEvaluationDocumentModel(src: EvaluationDocumentSource, lang: DocumentLanguage): EvaluationDocumentModel {
  const { t, locale } = lang;
  const k = (key: string, values?: Record<string, string | number>) => t(`documents.evaluation.${key}`, values);
  const kd = (key: string, values?: Record<string, string | number>) => t(`documents.decision.${key}`, values);
  const day = (v: string | null) => formatDay(locale, v) ?? kd("blankDate");
  const upper = (s: string) => s.toLocaleUpperCase(locale);
  const person = (p: DocumentPerson) => (p.title?.trim() ? `${p.fullName}, ${p.title.trim()}` : p.fullName);
  const decimal = (v: string) => (NUMERIC.test(v.trim()) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(v)) : v.trim() || "—");
  const title = src.proposal.title.trim();
  const proposer = person(src.proposer);
  const people = src.coAuthorNames.length ? k("proposerAndCoAuthors", { proposer, coAuthors: src.coAuthorNames.join(", ") }) : proposer;

  const issuingName = unitNameUnderSuperior(src.issuingUnitName, src.superiorUnitName, locale);
  const header = officialHeader(lang, {
    superiorUnitName: src.superiorUnitName,
    unitName: issuingName,
    place: src.place,
    dateOn: src.decidedOn,
    year: Number(src.decidedOn.slice(0, 4)),
    number: src.number?.trim() ? kd("number", { number: src.number.trim() }) : kd("numberBlank"),
  }) as OfficialHeader & { number: string };
  const position = signerPosition(src.signer.title, issuingName, locale);

  const preamble: string[] = [kd("basis.conclusion14"), src.isDecree73 ? kd("basis.decree73") : kd("basis.profile", { name: clause(src.profileName) })];
  if (src.approval) preamble.push(k(`basis.approval.${src.approval.kind}`, { number: src.approval.number ?? "—", date: day(src.approval.signedOn), title }));
  if (src.report) preamble.push(k("basis.report", { date: day(src.report.submittedOn), proposer }));
  if (src.partyOpinion) preamble.push(k("basis.party", { date: day(src.partyOpinion.answeredOn), stance: kd(`stance.${src.partyOpinion.stance}`) }));
  if (src.vote) preamble.push(k("basis.vote", { date: day(src.vote.heldOn), for: src.vote.for, eligible: src.vote.eligible }));

  const articles: DecisionArticle[] = [];
  const article = (lead: string, blocks: DocumentBlock[] = []) => articles.push({ number: kd("article", { n: articles.length + 1 }), lead, blocks });

  const outcome: DocumentBlock[] = [];
  if (src.report?.kpis.length) {
    outcome.push({
      kind: "table",
      table: {
        caption: k("kpis.caption"),
        columns: [
          { label: t("documents.official.index"), align: "center", weight: 0.5 },
          { label: kd("targets.name"), align: "left", weight: 3 },
          { label: kd("targets.unit"), align: "center", weight: 1.2 },
          { label: kd("targets.baseline"), align: "right", weight: 1.2 },
          { label: kd("targets.target"), align: "right", weight: 1.2 },
          { label: k("kpis.achieved"), align: "right", weight: 1.2 },
        ],
        rows: src.report.kpis.map((x, i) => [String(i + 1), x.name || "—", x.unit || "—", decimal(x.baseline), decimal(x.target), decimal(x.achieved)]),
      },
    });
  }
  const damage = src.damageVnd !== null && src.damageVnd > 0n ? kd("money", { amount: formatInteger(locale, src.damageVnd) }) : k("noDamage");
  outcome.push({
    kind: "list",
    items: [
      k("damage", { damage }),
      k("objectiveCauses", { text: src.objectiveCauses?.trim() ? clause(src.objectiveCauses) : kd("notStated") }),
      k("subjectiveCauses", { text: src.subjectiveCauses?.trim() ? clause(src.subjectiveCauses) : kd("notStated") }),
    ],
  });
  article(k("outcome", { title, code: src.proposal.code, category: k(`category.${src.category}`) }), outcome);

  article(k("conditionsLead"), [
    {
      kind: "list",
      items: src.conditions.map((c) => k("conditionLine", { name: k(`condition.${c.key}`), met: k(c.met ? "met" : "notMet"), finding: c.finding?.trim() ? clause(c.finding) : kd("notStated") })),
    },
  ]);
  if (src.abuse) {
    article(k("abuseLead", { kinds: src.abuse.kinds.map((x) => k(`abuseKinds.${x}`)).join(", ") }), [
      { kind: "paragraphs", paragraphs: [src.abuse.findings?.trim() ? clause(src.abuse.findings) : kd("notStated")] },
    ]);
  }
  article(k(`conclusion.${src.conclusion}`, { people }));
  article(kd("effect", { executors: [src.proposer.fullName, ...src.coAuthorNames].join(", ") }));

  const recipients = [kd("recipients.asArticle", { n: articles.length }), kd("recipients.party")];
  if (src.superiorUnitName) recipients.push(kd("recipients.superior", { unit: src.superiorUnitName }));
  recipients.push(kd("recipients.file", { code: src.proposal.code }));

  return {
    lang: locale,
    kind: "EVALUATION",
    header,
    title: kd("title"),
    subject: k("subject", { title }),
    issuer: upper(position ? position.issuer : kd("headOf", { unit: issuingName })),
    preamble,
    decides: kd("decides"),
    articles,
    recipients: { heading: t("documents.official.recipients"), lines: recipients },
    signature: { role: upper(position ? position.position : kd("headRole")), hint: null, name: src.signer.fullName },
    info: { number: src.number?.trim() || null, code: src.proposal.code, title, signer: src.signer.fullName, fileName: evaluationFileName(src.number, src.proposal.code) },
  };
}
