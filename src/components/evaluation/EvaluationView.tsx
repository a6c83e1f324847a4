import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Badge, type Tone } from "@/components/ui/Badge";

export type EvaluationData = {
  id: string;
  category: string;
  conclusion: string;
  objectiveCauses: string | null;
  subjectiveCauses: string | null;
  conditions: { key: "followedPolicy" | "pureMotive" | "commonInterest"; met: boolean; finding: string | null; evidence: { kind: string; id: string }[] }[];
  damageVnd: string | null;
  abuse: boolean;
  abuseKinds: string[];
  abuseFindings: string | null;
  number: string | null;
  decidedOn: Date;
  decidedBy: string;
};

const TONE: Record<string, Tone> = { NOT_RESPONSIBLE: "success", EXCLUDED: "success", EXEMPTED: "info", REDUCED: "warning", NO_PROTECTION: "danger", ABUSE: "danger" };

/** The conclusion on responsibility, coloured by whether it protects (Art. 11). */
export async function ConclusionBadge({ conclusion }: { conclusion: string }) {
  const t = await getTranslations("outcome.evaluation.conclusions");
  return <Badge tone={TONE[conclusion] ?? "neutral"}>{t(conclusion)}</Badge>;
}

/** The evaluation decision, read-only, with links to its printable document and the dossier. */
export async function EvaluationView({ evaluation: e, proposalId, evidenceHref }: { evaluation: EvaluationData; proposalId: string; evidenceHref?: (kind: string, id: string) => string }) {
  const t = await getTranslations("outcome.evaluation");
  const format = await getFormatter();
  const date = format.dateTime(e.decidedOn, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  return (
    <div className="space-y-4 text-sm">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="brand">{t(`categories.${e.category}`)}</Badge>
        <ConclusionBadge conclusion={e.conclusion} />
      </div>
      <p className="text-slate-700">{t("signed", { number: e.number ?? "—", date, name: e.decidedBy })}</p>
      {e.damageVnd && e.damageVnd !== "0" ? <p>{t("damageFound", { amount: format.number(Number(e.damageVnd)) })}</p> : null}
      <dl className="grid gap-3 sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-600">{t("objectiveCauses")}</dt>
          <dd className="whitespace-pre-line">{e.objectiveCauses ?? "—"}</dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">{t("subjectiveCauses")}</dt>
          <dd className="whitespace-pre-line">{e.subjectiveCauses ?? "—"}</dd>
        </div>
      </dl>
      <ul className="space-y-2">
        {e.conditions.map((c) => (
          <li key={c.key} className="rounded-md border border-slate-200 p-3">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              {t(`condition.${c.key}`)} <Badge tone={c.met ? "success" : "danger"}>{t(c.met ? "met" : "notMet")}</Badge>
            </p>
            {c.finding ? <p className="mt-1 whitespace-pre-line text-slate-700">{c.finding}</p> : null}
            {c.evidence.length ? (
              <p className="mt-1 text-slate-600">
                {t("evidenceLinks")}:{" "}
                {c.evidence.map((x, i) => (
                  <span key={`${x.kind}:${x.id}`}>
                    {i ? ", " : ""}
                    {evidenceHref ? <Link className="text-blue-800 underline" href={evidenceHref(x.kind, x.id)}>{t(`evidenceKinds.${x.kind}`)}</Link> : t(`evidenceKinds.${x.kind}`)}
                  </span>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
      {e.abuse ? (
        <div className="rounded-md border border-red-300 bg-red-50 p-3 text-red-900">
          <p className="font-semibold">{t("abuseRecorded")}: {e.abuseKinds.map((k) => t(`abuseKinds.${k}`)).join(", ")}</p>
          {e.abuseFindings ? <p className="mt-1 whitespace-pre-line">{e.abuseFindings}</p> : null}
        </div>
      ) : null}
      <p className="no-print flex flex-wrap gap-3">
        <Link className="text-blue-800 underline" href={`/print/evaluations/${e.id}`}>{t("print")}</Link>
        <a className="text-blue-800 underline" href={`/api/evaluations/${e.id}/pdf`}>{t("pdf")}</a>
        <Link className="text-blue-800 underline" href={`/proposals/${proposalId}/dossier`}>{t("dossier")}</Link>
      </p>
    </div>
  );
}
