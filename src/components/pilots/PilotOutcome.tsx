import Link from "next/link";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { dateOptions } from "@/i18n/dates";

/** Once the work is finished or stopped, the pilot page leads to its result, evaluation and dossier. */
export const OUTCOME_STATES: ReadonlySet<string> = new Set(["FINISHED", "STOPPED", "RESULT_REPORTED", "EVALUATED", "CLOSED"]);

type Outcome = {
  resultReport: { id: string; submittedAt: Date } | null;
  evaluation: { id: string; category: string; conclusion: string } | null;
};

export function PilotOutcome({ proposalId, status, outcome }: { proposalId: string; status: string; outcome: Outcome }) {
  const t = useTranslations("pilots.outcome");
  const te = useTranslations("outcome.evaluation");
  const format = useFormatter();
  const locale = useLocale();
  const { resultReport, evaluation } = outcome;
  const summary = evaluation
    ? t("evaluated", { category: te(`categories.${evaluation.category}`), conclusion: te(`conclusions.${evaluation.conclusion}`) })
    : resultReport
      ? `${t("resultFiled", { date: format.dateTime(resultReport.submittedAt, dateOptions(locale)) })} ${t("evaluationPending")}`
      : t("resultDue");
  return (
    <div className="space-y-3 text-sm">
      <p className={evaluation ? "font-medium text-slate-900" : "text-slate-700"}>{summary}</p>
      <p className="no-print flex flex-wrap gap-x-4 gap-y-2">
        <Link className="text-blue-800 underline" href={`/proposals/${proposalId}/result`}>
          {t("result")}
        </Link>
        {status === "RESULT_REPORTED" || evaluation ? (
          <Link className="text-blue-800 underline" href={`/proposals/${proposalId}/evaluation`}>
            {t("evaluation")}
          </Link>
        ) : null}
        {evaluation ? (
          <Link className="text-blue-800 underline" href={`/print/evaluations/${evaluation.id}`}>
            {t("decision")}
          </Link>
        ) : null}
        <Link className="text-blue-800 underline" href={`/proposals/${proposalId}/dossier`}>
          {t("dossier")}
        </Link>
      </p>
    </div>
  );
}
