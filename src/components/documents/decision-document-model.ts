/**
 * The written decision on a plan (khoản 1 Điều 8 NĐ 73/2023; KL 14 §2.3) as an administrative
 * document in the layout of Nghị định 30/2020/NĐ-CP: header, "QUYẾT ĐỊNH / Về việc …", the issuer,
 * the grounds (căn cứ: KL 14, the Decree or the regulation profile that governed the decision, the
 * plan and its revision, the Party committee's opinion and the collective's vote on that revision
 * with the rule the tally applied, the head's sole approval, an override of unmet conditions),
 * the articles and the sign-off. One pure function builds the model; the printable page and the PDF
 * both render it, and tests read its text.
 */
import {
  asciiFileStem,
  formatDay,
  formatInteger,
  officialHeader,
  type DocumentBlock,
  type DocumentLanguage,
  type OfficialHeader,
  type Recipients,
  type SignatureBlock,
} from "./official-document-model";

/** Kinds of decision printed as a decision document; a return for revision (RETURNED) is not one. */
export const DECISION_DOCUMENT_KINDS = ["IMPLEMENT", "PILOT", "NOT_APPROVED"] as const;
export type DecisionDocumentKind = (typeof DECISION_DOCUMENT_KINDS)[number];

export type DocumentPerson = { fullName: string; title: string | null };

/** One measurable target as the decision records it (the approval form's KPI rows). */
export type DecisionTarget = { name: string; unit: string; baseline: string; target: string; method: string | null };

/** Everything the decision shows, already loaded and scoped by the server. */
export type DecisionDocumentSource = {
  kind: DecisionDocumentKind;
  /** How it was reached: the collective's vote, or the head alone after a failed vote (khoản 1 Điều 8). */
  basis: "VOTE" | "HEAD_ALONE" | null;
  number: string | null;
  /** Vietnamese local day signed (YYYY-MM-DD); null leaves the date blank. */
  signedOn: string | null;
  /** Year for a blank date line. */
  year: number;
  place: string;
  /** The deciding unit issues the decision (the proposer's unit, or its superior under Art. 7.4). */
  issuingUnitName: string;
  /** The governing body (cơ quan chủ quản) as documents name it: header line and "để báo cáo". */
  superiorUnitName: string | null;
  proposal: { code: string };
  /** The exact revision decided on. */
  revision: { number: number; title: string; submittedOn: string; submitter: DocumentPerson };
  proposer: DocumentPerson;
  /** The proposer's unit when it is not the issuing unit (a plan sent up under Art. 7.4, an office). */
  proposerUnitName: string | null;
  coAuthorNames: readonly string[];
  signer: DocumentPerson;
  /** The regulation profile that governed the decision; `isDecree73` cites the Decree itself. */
  profile: { name: string; isDecree73: boolean; resultReportWorkingDays: number; progressReportEveryDays: number };
  /** The Party committee's answer on the decided revision (Art. 4), when recorded. */
  partyOpinion: { answeredOn: string; stance: "AGREE" | "DISAGREE" | "COMMENTS"; by: DocumentPerson | null } | null;
  /**
   * The collective's closed vote on the decided revision (Meeting.tally of src/domain/vote.ts),
   * with the rule it applied (khoản 1 Điều 8: the base and the threshold), when one was held.
   */
  vote: { heldOn: string; eligible: number; for: number; passed: boolean; tie: boolean; percent: string; strictlyGreater: boolean } | null;
  rationale: string | null;
  /** Conditions a reviewer found not met (Art. 4, 5.1) and why the head approved nonetheless. */
  conditionsOverride: { conditions: readonly string[]; reason: string } | null;
  scope: string | null;
  participatingUnits: string | null;
  startDate: string | null;
  endDate: string | null;
  budgetVnd: bigint | null;
  people: number | null;
  equipment: string | null;
  targets: readonly DecisionTarget[];
  monitor: DocumentPerson | null;
  /** The monitor works outside the issuing unit: the head cannot assign (giao), only request (đề nghị). */
  monitorOutsideUnit: boolean;
  reportEveryDays: number | null;
  reasons: string | null;
};

export type DecisionArticle = { number: string; lead: string; blocks: readonly DocumentBlock[] };

/** What the printable page and the PDF draw: shared by the approval and the evaluation decisions. */
export type DecisionDocumentLayout = Omit<DecisionDocumentModel, "kind">;

export type DecisionDocumentModel = {
  lang: string;
  kind: DecisionDocumentKind;
  header: OfficialHeader & { number: string };
  title: string;
  subject: string;
  /** Thẩm quyền ban hành: "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  issuer: string;
  /** "Căn cứ …;" lines, "Xét …;", and "Theo đề nghị của …." last. */
  preamble: readonly string[];
  /** "QUYẾT ĐỊNH:" */
  decides: string;
  articles: readonly DecisionArticle[];
  recipients: Recipients;
  signature: SignatureBlock;
  info: { number: string | null; code: string; title: string; signer: string; fileName: string };
};

/** "QD-125-QD-SKHCN.pdf" for "125/QĐ-SKHCN"; "QD-DX-2026-000123.pdf" for an unnumbered one. */
export function decisionFileName(number: string | null, proposalCode: string): string {
  const stem = number?.trim() ? asciiFileStem(number, "") : "";
  return `QD-${stem || asciiFileStem(proposalCode, "de-xuat")}.pdf`;
}

const words = (s: string) => s.trim().split(/\s+/).filter(Boolean);

/**
 * The unit's name without its province when the superior line already names it ("Sở Khoa học và
 * Công nghệ tỉnh Quảng Ninh" under "Tỉnh Quảng Ninh" or under "Ủy ban nhân dân tỉnh Quảng Ninh" →
 * "Sở Khoa học và Công nghệ"), as the header and the issuer line of a decision write it.
 */
export function unitNameUnderSuperior(unitName: string, superiorName: string | null, locale: string): string {
  if (!superiorName) return unitName;
  const lower = (s: string) => s.toLocaleLowerCase(locale);
  const name = unitName.trim();
  const strip = (suffix: string) => (lower(name).endsWith(suffix) && name.length > suffix.length ? name.slice(0, name.length - suffix.length).trim() : null);
  const whole = strip(` ${lower(superiorName.trim())}`);
  if (whole !== null) return whole;
  // "Ủy ban nhân dân tỉnh Quảng Ninh": the locality at its end ("tỉnh Quảng Ninh").
  const locality = /\s((?:tỉnh|thành phố)\s.+)$/iu.exec(superiorName.trim());
  return (locality && strip(` ${lower(locality[1])}`)) ?? name;
}

/**
 * The signer's position in the signature block and the issuer line (Decree 30: "quyền hạn, chức vụ
 * của người ký" / "thẩm quyền ban hành"). A title that ends where the unit's name begins ("Giám đốc
 * Sở" + "Sở Khoa học và Công nghệ") signs as "Giám đốc" and issues as "Giám đốc Sở Khoa học và Công
 * nghệ"; a title naming its unit already is kept; another title is followed by the unit's name.
 * Null without a title (the caller falls back to "Người đứng đầu").
 */
export function signerPosition(title: string | null, unitName: string, locale: string): { position: string; issuer: string } | null {
  const clean = title?.trim().replace(/\s+/g, " ");
  if (!clean) return null;
  const lower = (s: string) => s.toLocaleLowerCase(locale);
  if (lower(clean).includes(lower(unitName.trim()))) return { position: clean, issuer: clean };
  const tw = words(clean);
  const uw = words(unitName);
  for (let k = Math.min(tw.length - 1, uw.length); k >= 1; k--) {
    const tail = tw.slice(tw.length - k);
    if (tail.every((w, i) => lower(w) === lower(uw[i]))) {
      const position = tw.slice(0, tw.length - k).join(" ");
      return { position, issuer: `${position} ${uw.join(" ")}` };
    }
  }
  return { position: clean, issuer: `${clean} ${unitName.trim()}` };
}

/** Free text as paragraphs, the first one led by `lead` ("1. Phạm vi thực hiện: …"). */
function ledParagraphs(lead: string, text: string | null | undefined): string[] {
  const lines = (text ?? "").split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (!lines.length) return [lead];
  return [`${lead} ${lines[0]}`, ...lines.slice(1)];
}

/** Text that goes inside a sentence: one line, without its closing punctuation. */
function clause(text: string): string {
  return text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).join(" ").replace(/[\s.;:,]+$/u, "");
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

export function buildDecisionDocumentModel(src: DecisionDocumentSource, lang: DocumentLanguage): DecisionDocumentModel {
  const { t, locale } = lang;
  const k = (key: string, values?: Record<string, string | number>) => t(`documents.decision.${key}`, values);
  const day = (v: string | null) => formatDay(locale, v) ?? k("blankDate");
  const upper = (s: string) => s.toLocaleUpperCase(locale);
  const person = (p: DocumentPerson) => (p.title?.trim() ? `${p.fullName}, ${p.title.trim()}` : p.fullName);
  const decimal = (v: string) => (NUMERIC.test(v.trim()) ? new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(Number(v)) : v.trim() || "—");

  const title = src.revision.title.trim();
  const approving = src.kind !== "NOT_APPROVED";
  const proposer = src.proposerUnitName ? `${person(src.proposer)}, ${src.proposerUnitName}` : person(src.proposer);

  // The issuing body as Decree 30 names it under its superior: "SỞ KHOA HỌC VÀ CÔNG NGHỆ" under
  // "TỈNH QUẢNG NINH", not the province twice.
  const issuingName = unitNameUnderSuperior(src.issuingUnitName, src.superiorUnitName, locale);
  const number = src.number?.trim() ? k("number", { number: src.number.trim() }) : k("numberBlank");
  const header = officialHeader(lang, {
    superiorUnitName: src.superiorUnitName,
    unitName: issuingName,
    place: src.place,
    dateOn: src.signedOn,
    year: src.year,
    number,
  }) as OfficialHeader & { number: string };

  const position = signerPosition(src.signer.title, issuingName, locale);
  const issuer = upper(position ? position.issuer : k("headOf", { unit: issuingName }));

  // ─── Căn cứ ───
  const preamble: string[] = [k("basis.conclusion14")];
  preamble.push(src.profile.isDecree73 ? k("basis.decree73") : k("basis.profile", { name: clause(src.profile.name) }));
  preamble.push(
    k("basis.plan", {
      code: src.proposal.code,
      revision: src.revision.number,
      date: day(src.revision.submittedOn),
      submitter: person(src.revision.submitter),
    }),
  );
  const revision = src.revision.number;
  if (src.partyOpinion) {
    const stance = k(`stance.${src.partyOpinion.stance}`);
    preamble.push(
      src.partyOpinion.by
        ? k("basis.partyOpinionBy", { date: day(src.partyOpinion.answeredOn), by: person(src.partyOpinion.by), stance, revision })
        : k("basis.partyOpinion", { date: day(src.partyOpinion.answeredOn), stance, revision }),
    );
  }
  if (src.vote) {
    const threshold = k(src.vote.strictlyGreater ? "basis.thresholdStrict" : "basis.thresholdAtLeast", { percent: src.vote.percent });
    const rule = k("basis.voteRule", { eligible: src.vote.eligible, threshold });
    const counts = { date: day(src.vote.heldOn), for: src.vote.for, eligible: src.vote.eligible, revision, rule };
    preamble.push(
      src.vote.tie
        ? k(src.vote.passed ? "basis.voteTiePassed" : "basis.voteTieFailed", counts)
        : k(src.vote.passed ? "basis.votePassed" : "basis.voteFailed", counts),
    );
  }
  if (approving && src.basis === "HEAD_ALONE") {
    const rationale = src.rationale?.trim() ? clause(src.rationale) : k("noRationale");
    preamble.push(k("basis.headAlone", { rationale }));
  }
  if (approving && src.conditionsOverride && src.conditionsOverride.reason.trim()) {
    const conditions = src.conditionsOverride.conditions.map((c) => k(`conditions.${c}`)).join(", ");
    preamble.push(k("basis.conditionsOverride", { conditions, reason: clause(src.conditionsOverride.reason) }));
  }
  preamble.push(k("basis.request", { proposer }));

  // ─── Articles ───
  const articles: DecisionArticle[] = [];
  const article = (lead: string, blocks: DocumentBlock[] = []) =>
    articles.push({ number: k("article", { n: articles.length + 1 }), lead, blocks });
  const subject = k(`subject.${src.kind}`, { title });
  const reference = { title, code: src.proposal.code, revision: src.revision.number, proposer };

  if (approving) {
    const blocks: DocumentBlock[] = [];
    let item = 0;
    const next = () => `${++item}.`;
    blocks.push({ kind: "paragraphs", paragraphs: ledParagraphs(k("items.scope", { n: next() }), src.scope) });
    if (src.participatingUnits?.trim()) {
      blocks.push({ kind: "paragraphs", paragraphs: ledParagraphs(k("items.participatingUnits", { n: next() }), src.participatingUnits) });
    }
    blocks.push({ kind: "paragraphs", paragraphs: [k("items.duration", { n: next(), start: day(src.startDate), end: day(src.endDate) })] });
    blocks.push({ kind: "paragraphs", paragraphs: [k("items.resources", { n: next() })], keepWithNext: true });
    blocks.push({
      kind: "list",
      items: [
        k("items.budget", { amount: src.budgetVnd === null ? k("notStated") : k("money", { amount: formatInteger(locale, src.budgetVnd) }) }),
        k("items.people", { people: src.people === null ? k("notStated") : k("peopleCount", { count: src.people }) }),
        k("items.equipment", { equipment: src.equipment?.trim() ? clause(src.equipment) : k("none") }),
      ],
    });
    blocks.push({ kind: "paragraphs", paragraphs: [k("items.targets", { n: next() })], keepWithNext: true });
    blocks.push(
      src.targets.length
        ? {
            kind: "table",
            table: {
              caption: k("targets.caption"),
              columns: [
                { label: t("documents.official.index"), align: "center", weight: 0.5 },
                { label: k("targets.name"), align: "left", weight: 3 },
                { label: k("targets.unit"), align: "center", weight: 1.2 },
                { label: k("targets.baseline"), align: "right", weight: 1.2 },
                { label: k("targets.target"), align: "right", weight: 1.2 },
                { label: k("targets.method"), align: "left", weight: 2.6 },
              ],
              rows: src.targets.map((x, i) => [String(i + 1), x.name.trim() || "—", x.unit.trim() || "—", decimal(x.baseline), decimal(x.target), x.method?.trim() || "—"]),
            },
          }
        : { kind: "note", text: k("noTargets") },
    );
    article(k(`approve.${src.kind}`, reference), blocks);

    // Điều 2: who carries it out, reports and watches (Art. 7, 11; KL 14 §2.4).
    const carriers = src.coAuthorNames.length ? k("carriersWithCoAuthors", { proposer, coAuthors: src.coAuthorNames.join(", ") }) : proposer;
    const duties: string[] = [
      k("duties.proposer", {
        n: "1.",
        carriers,
        every: src.reportEveryDays ?? src.profile.progressReportEveryDays,
        days: src.profile.resultReportWorkingDays,
      }),
    ];
    if (src.monitor) {
      // A head assigns (giao) staff of the unit, and requests (đề nghị) a monitor of another body.
      duties.push(k(src.monitorOutsideUnit ? "duties.monitorOutside" : "duties.monitor", { n: `${duties.length + 1}.`, monitor: person(src.monitor) }));
    }
    if (src.participatingUnits?.trim()) duties.push(k("duties.participants", { n: `${duties.length + 1}.`, units: clause(src.participatingUnits) }));
    duties.push(k("duties.unit", { n: `${duties.length + 1}.`, unit: issuingName }));
    article(k("responsibilities"), [{ kind: "paragraphs", paragraphs: duties }]);

    const executors = [src.proposer.fullName, ...src.coAuthorNames, ...(src.monitor ? [src.monitor.fullName] : [])];
    article(k("effect", { executors: [...new Set(executors)].join(", ") }));
  } else {
    const reasons = ledParagraphs(k("reasons"), src.reasons?.trim() ? src.reasons : k("notStated"));
    article(k("reject", reference), [{ kind: "paragraphs", paragraphs: reasons }]);
    article(k("effect", { executors: [src.proposer.fullName, ...src.coAuthorNames].join(", ") }));
  }

  const recipients: string[] = [k("recipients.asArticle", { n: articles.length })];
  recipients.push(k("recipients.party"));
  if (src.superiorUnitName) recipients.push(k("recipients.superior", { unit: src.superiorUnitName }));
  recipients.push(k("recipients.file", { code: src.proposal.code }));

  return {
    lang: locale,
    kind: src.kind,
    header,
    title: k("title"),
    subject,
    issuer,
    preamble,
    decides: k("decides"),
    articles,
    recipients: { heading: t("documents.official.recipients"), lines: recipients },
    signature: { role: upper(position ? position.position : k("headRole")), hint: null, name: src.signer.fullName },
    info: {
      number: src.number?.trim() || null,
      code: src.proposal.code,
      title,
      signer: src.signer.fullName,
      fileName: decisionFileName(src.number, src.proposal.code),
    },
  };
}
