/**
 * The protection dossier as a document (hồ sơ bảo vệ cán bộ): sections in the order of the
 * record, each item with a heading, a few lines of what it says, the audit event that recorded it
 * and its digest. One pure function builds it from the assembled record; the printable page and
 * the PDF both render it.
 */
import { formatDay, formatInteger, type DocumentLanguage } from "./official-document-model";

type Item = { kind: string; id: string; at: Date; content: Record<string, unknown>; audit: { seq: string; hash: string } | null; digest: string };

export type DossierSource = {
  proposal: { code: string; title: string; unitName: string; decidingUnitName: string; author: { fullName: string; title: string | null }; coAuthors: string[]; status: string };
  madeAt: Date;
  checkpoint: { seq: string; hash: string };
  payload: string;
  items: readonly Item[];
  names: Record<string, string>;
};

export type DossierModelItem = { heading: string; lines: string[]; audit: string; digest: string };
export type DossierSection = { title: string; items: DossierModelItem[]; empty: string };
export type DossierModel = {
  lang: string;
  title: string;
  subtitle: string;
  facts: { label: string; value: string }[];
  checkpoint: { label: string; text: string; payloadLabel: string; payload: string; hint: string };
  sections: DossierSection[];
  fileName: string;
};

const str = (v: unknown) => (typeof v === "string" ? v : v === null || v === undefined ? "" : String(v));

export function buildDossierModel(src: DossierSource, lang: DocumentLanguage): DossierModel {
  const { t, locale } = lang;
  const k = (key: string, values?: Record<string, string | number>) => t(`dossier.${key}`, values);
  const day = (v: unknown) => formatDay(locale, str(v).slice(0, 10)) ?? "—";
  const name = (id: unknown) => src.names[str(id)] ?? "—";
  const stamp = new Intl.DateTimeFormat(locale, { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" }).format(src.madeAt);
  const audit = (i: Item) => (i.audit ? k("auditEvent", { seq: i.audit.seq, hash: i.audit.hash }) : k("noAuditEvent"));
  const item = (i: Item, heading: string, lines: (string | null | false)[]): DossierModelItem => ({
    heading,
    lines: lines.filter((l): l is string => typeof l === "string" && l.trim() !== ""),
    audit: audit(i),
    digest: k("digest", { digest: i.digest }),
  });
  const of = (kind: string, filter: (i: Item) => boolean = () => true) => src.items.filter((i) => i.kind === kind && filter(i));
  const c = (i: Item) => i.content;
  const evaluation = of("EVALUATION").at(-1);
  const evidence = (evaluation?.content.evidence ?? {}) as Record<string, { kind: string; id: string }[] | undefined>;
  const citedFor = (id: string) =>
    (["followedPolicy", "pureMotive", "commonInterest"] as const).filter((cond) => (evidence[cond] ?? []).some((e) => e.id === id));

  const opinion = (i: Item) => item(i, k("party.heading", { date: day(c(i).answeredAt), stance: t(`review.party.stances.${str(c(i).stance)}`) }), [k("party.by", { name: name(c(i).answeredById) }), str(c(i).content)]);
  const meeting = (i: Item) => {
    const tally = (c(i).tally ?? {}) as { for?: number; eligible?: number; passed?: boolean };
    const votes = (c(i).votes as { voterId: string; choice: string }[] | undefined) ?? [];
    return item(i, k("meeting.heading", { date: day(c(i).heldOn) }), [
      k(tally.passed ? "meeting.passed" : "meeting.failed", { for: tally.for ?? 0, eligible: tally.eligible ?? 0 }),
      votes.map((v) => `${name(v.voterId)}: ${t(`review.meeting.choices.${v.choice}`)}`).join("; "),
      str(c(i).minutes),
    ]);
  };

  const sections: DossierSection[] = [
    {
      title: k("sections.plan"),
      empty: k("none"),
      items: [
        ...of("REVISION").map((i) => item(i, k("revision.heading", { number: str(c(i).number), title: str(c(i).title) }), [k("revision.by", { name: name(c(i).createdById) })])),
        ...of("ATTACHMENT", (i) => c(i).purpose === "plan").map((i) => item(i, k("attachment.heading", { name: str(c(i).fileName) }), [k("attachment.sha", { sha: str(c(i).sha256) })])),
      ],
    },
    {
      title: k("sections.decision"),
      empty: k("none"),
      items: [
        ...of("PARTY_OPINION", (i) => c(i).stage === "DECISION").map(opinion),
        ...of("MEETING", (i) => c(i).purpose === "DECISION").map(meeting),
        ...of("DECISION").map((i) =>
          item(i, k("decision.heading", { number: str(c(i).number) || "—", date: day(c(i).signedOn), kind: t(`proposal.decisionKind.${str(c(i).kind)}`) }), [
            k("decision.signer", { name: name(c(i).signerId) }),
            c(i).basis === "HEAD_ALONE" ? k("decision.headAlone", { rationale: str(c(i).rationale) }) : null,
            str(c(i).scope),
            k("decision.period", { start: day(c(i).startDate), end: day(c(i).endDate) }),
            c(i).budgetVnd !== null && c(i).budgetVnd !== undefined ? k("decision.budget", { amount: formatInteger(locale, BigInt(str(c(i).budgetVnd))) }) : null,
          ]),
        ),
      ],
    },
    {
      title: k("sections.directives"),
      empty: k("noDirectives"),
      items: of("DIRECTIVE").map((i) => {
        const cited = citedFor(i.id);
        return item(i, k("directive.heading", { date: day(c(i).issuedAt), kind: k(`directive.kinds.${str(c(i).kind)}`) }), [
          str(c(i).reason),
          k("directive.by", { name: name(c(i).issuedById) }),
          cited.length && evaluation
            ? k("directive.followedCited", { conditions: cited.map((x) => t(`outcome.evaluation.condition.${x}`)).join(", "), finding: t(`outcome.evaluation.${evaluation.content.followedPolicy ? "met" : "notMet"}`) })
            : k("directive.followedUnknown"),
        ]);
      }),
    },
    {
      title: k("sections.progress"),
      empty: k("noReports"),
      items: of("PROGRESS_REPORT").map((i) => item(i, k("progress.heading", { start: day(c(i).periodStart), end: day(c(i).periodEnd) }), [str(c(i).summary), c(i).risks ? k("progress.risks", { text: str(c(i).risks) }) : null])),
    },
    {
      title: k("sections.inspections"),
      empty: k("noInspections"),
      items: of("MONITORING_NOTE").map((i) => item(i, k("inspection.heading", { date: day(c(i).createdAt), severity: t(`proposal.level.${str(c(i).severity)}`) }), [str(c(i).finding), c(i).action ? k("inspection.action", { text: str(c(i).action) }) : null, k("inspection.by", { name: name(c(i).authorId) })])),
    },
    {
      title: k("sections.support"),
      empty: k("noSupport"),
      items: [
        ...of("PROGRESS_REPORT", (i) => str(c(i).supportRequested).trim() !== "").map((i) => item(i, k("support.heading", { date: day(c(i).submittedAt) }), [str(c(i).supportRequested)])),
        ...of("SUPPORT_REQUEST").map((i) => item(i, k("support.heading", { date: day(c(i).createdAt) }), [str(c(i).content), str(c(i).answer)])),
      ],
    },
    {
      title: k("sections.result"),
      empty: k("noResult"),
      items: [
        ...of("RESULT_REPORT").map((i) => {
          const kpis = (c(i).kpiResults as { name: string; unit: string; baseline: string; target: string; achieved: string }[] | null) ?? [];
          return item(i, k("result.heading", { date: day(c(i).submittedAt), name: name(c(i).authorId) }), [
            str(c(i).content),
            ...kpis.map((x) => k("result.kpi", { name: x.name, baseline: x.baseline, target: x.target, achieved: x.achieved, unit: x.unit })),
            c(i).damageVnd ? k("result.damage", { amount: formatInteger(locale, BigInt(str(c(i).damageVnd))), text: str(c(i).damageDescription) }) : k("result.noDamage"),
            c(i).objectiveCauses ? k("result.objective", { text: str(c(i).objectiveCauses) }) : null,
            c(i).subjectiveCauses ? k("result.subjective", { text: str(c(i).subjectiveCauses) }) : null,
          ]);
        }),
        ...of("ATTACHMENT", (i) => c(i).purpose === "result").map((i) => item(i, k("attachment.heading", { name: str(c(i).fileName) }), [k("attachment.sha", { sha: str(c(i).sha256) })])),
      ],
    },
    {
      title: k("sections.evaluation"),
      empty: k("noEvaluation"),
      items: [
        ...of("PARTY_OPINION", (i) => c(i).stage === "EVALUATION").map(opinion),
        ...of("MEETING", (i) => c(i).purpose === "EVALUATION").map(meeting),
        ...of("EVALUATION").map((i) =>
          item(i, k("evaluation.heading", { number: str(c(i).number) || "—", date: day(c(i).decidedOn) }), [
            k("evaluation.category", { category: t(`outcome.evaluation.categories.${str(c(i).category)}`) }),
            k("evaluation.conclusion", { conclusion: t(`outcome.evaluation.conclusions.${str(c(i).conclusion)}`) }),
            ...(["followedPolicy", "pureMotive", "commonInterest"] as const).map((cond) =>
              k("evaluation.condition", { name: t(`outcome.evaluation.condition.${cond}`), met: t(`outcome.evaluation.${c(i)[cond] ? "met" : "notMet"}`), finding: str(c(i)[`${cond}Evidence`]) }),
            ),
            c(i).abuse ? k("evaluation.abuse", { text: str(c(i).abuseFindings) }) : null,
            k("evaluation.signer", { name: name(c(i).decidedById) }),
          ]),
        ),
      ],
    },
  ];

  const author = src.proposal.author.title ? `${src.proposal.author.fullName}, ${src.proposal.author.title}` : src.proposal.author.fullName;
  return {
    lang: locale,
    title: k("title"),
    subtitle: `${src.proposal.code} · ${src.proposal.title}`,
    facts: [
      { label: k("facts.proposer"), value: src.proposal.coAuthors.length ? `${author}; ${src.proposal.coAuthors.join(", ")}` : author },
      { label: k("facts.unit"), value: src.proposal.unitName },
      { label: k("facts.decidingUnit"), value: src.proposal.decidingUnitName },
      { label: k("facts.status"), value: t(`status.${src.proposal.status}`) },
      { label: k("facts.madeAt"), value: stamp },
    ],
    checkpoint: {
      label: k("checkpoint.label"),
      text: k("checkpoint.text", { seq: src.checkpoint.seq, hash: src.checkpoint.hash }),
      payloadLabel: k("checkpoint.payload"),
      payload: src.payload,
      hint: k("checkpoint.hint"),
    },
    sections,
    fileName: `HoSo-BaoVe-${src.proposal.code}.pdf`,
  };
}
