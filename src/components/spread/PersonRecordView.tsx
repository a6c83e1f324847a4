/**
 * The cadre's innovation record (Art. 10): summary, proposals with state, outcome and conclusion,
 * recognitions — laid out to print on one page for a personnel board.
 */
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { Table, Td, Th } from "@/components/ui/Table";
import type { State } from "@/domain/workflow";

export type PersonRecordData = {
  person: { id: string; fullName: string; title: string | null; units: { role: string; unitName: string }[] };
  proposals: {
    id: string;
    code: string | null;
    title: string;
    status: State;
    role: "AUTHOR" | "CO_AUTHOR";
    unitName: string;
    decision: { kind: string; number: string | null; signedOn: Date | null } | null;
    evaluation: { category: string; conclusion: string; number: string | null; decidedOn: Date } | null;
    readable: boolean;
  }[];
  recognitions: {
    id: string;
    kind: string;
    form: string | null;
    level: string | null;
    decidingBody: string | null;
    number: string | null;
    decidedOn: Date;
    note: string | null;
    proposal: { id: string; code: string | null; title: string; readable: boolean };
  }[];
  summary: { proposals: number; approved: number; completed: number; protectedCount: number; recognitions: number };
};

const DAY = { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" } as const;

export function PersonRecordView({ data, printedOn }: { data: PersonRecordData; printedOn: Date }) {
  const t = useTranslations("people");
  const ts = useTranslations("spread");
  const tr = useTranslations("roles");
  const tp = useTranslations("proposal");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, DAY);
  const code = (p: { id: string; code: string | null; readable: boolean }) =>
    p.readable ? (
      <Link className="font-mono text-blue-800 underline" href={`/proposals/${p.id}`}>{p.code}</Link>
    ) : (
      <span className="font-mono">{p.code}</span>
    );
  const stats: [string, number][] = [
    [t("proposalsCount"), data.summary.proposals],
    [t("approvedCount"), data.summary.approved],
    [t("completedCount"), data.summary.completed],
    [t("protectedCount"), data.summary.protectedCount],
    [t("recognitionsCount"), data.summary.recognitions],
  ];
  return (
    <div className="space-y-6 print:space-y-3 print:text-xs">
      <div>
        <p className="text-sm text-slate-600">{t("title")}</p>
        <h1 className="text-2xl font-semibold text-slate-900 print:text-lg">{data.person.fullName}</h1>
        {data.person.title ? <p className="text-sm text-slate-700">{data.person.title}</p> : null}
        <p className="mt-1 text-sm text-slate-700">
          {t("units")}: {data.person.units.map((u) => `${u.unitName} (${tr(u.role)})`).join("; ")}
        </p>
        <p className="mt-1 text-xs text-slate-600">{t("subtitle")}</p>
        <p className="hidden text-xs text-slate-600 print:block">{t("printedOn", { date: format.dateTime(printedOn, { day: "2-digit", month: "2-digit", year: "numeric" }) })}</p>
      </div>
      <section aria-labelledby="record-summary">
        <h2 id="record-summary" className="sr-only">{t("summary")}</h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-5 print:grid-cols-5 print:gap-1">
          {stats.map(([label, n]) => (
            <div key={label} className="rounded-lg border border-slate-200 bg-white p-3 print:p-1">
              <dt className="text-xs text-slate-600">{label}</dt>
              <dd className="text-2xl font-semibold tabular-nums print:text-base">{n}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="record-proposals">
        <h2 id="record-proposals" className="mb-2 text-lg font-semibold print:text-sm">{t("proposals")}</h2>
        {data.proposals.length ? (
          <Table caption={t("proposals")}>
            <thead>
              <tr>
                <Th>{t("code")}</Th>
                <Th>{t("proposal")}</Th>
                <Th>{t("status")}</Th>
                <Th>{t("decision")}</Th>
                <Th>{t("outcome")}</Th>
                <Th>{t("conclusion")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.proposals.map((p) => (
                <tr key={p.id}>
                  <Td className="whitespace-nowrap">{code(p)}</Td>
                  <Td>
                    {p.title}
                    <span className="block text-xs text-slate-600">{t(`roles.${p.role}`)} · {p.unitName}</span>
                  </Td>
                  <Td><StatusBadge status={p.status} /></Td>
                  <Td className="text-xs">
                    {p.decision ? (
                      <>
                        {tp(`decisionKind.${p.decision.kind}`)}
                        {p.decision.number ? <span className="block text-slate-600">{p.decision.number}{p.decision.signedOn ? ` · ${day(p.decision.signedOn)}` : ""}</span> : null}
                      </>
                    ) : "—"}
                  </Td>
                  <Td className="text-xs">{p.evaluation ? ts(`outcomes.${p.evaluation.category}`) : "—"}</Td>
                  <Td className="text-xs">
                    {p.evaluation ? (
                      <>
                        {t(`conclusions.${p.evaluation.conclusion}`)}
                        <span className="block text-slate-600">{p.evaluation.number ? `${p.evaluation.number} · ` : ""}{day(p.evaluation.decidedOn)}</span>
                      </>
                    ) : "—"}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-600">{t("noProposals")}</p>
        )}
      </section>
      <section aria-labelledby="record-recognitions">
        <h2 id="record-recognitions" className="mb-2 text-lg font-semibold print:text-sm">{t("recognitions")}</h2>
        {data.recognitions.length ? (
          <Table caption={t("recognitions")}>
            <thead>
              <tr>
                <Th>{t("date")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("details")}</Th>
                <Th>{t("proposal")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {data.recognitions.map((r) => (
                <tr key={r.id}>
                  <Td className="whitespace-nowrap">{day(r.decidedOn)}</Td>
                  <Td>{ts(`kinds.${r.kind}`)}{r.form ? ` — ${r.form}` : ""}</Td>
                  <Td className="text-xs">
                    {[r.level ? ts(`levels.${r.level}`) : null, r.decidingBody, r.number].filter(Boolean).join(" · ")}
                    {r.note ? <span className="block text-slate-700">{r.note}</span> : null}
                  </Td>
                  <Td className="whitespace-nowrap">{code(r.proposal)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          <p className="text-sm text-slate-600">{t("noRecognitions")}</p>
        )}
      </section>
    </div>
  );
}
