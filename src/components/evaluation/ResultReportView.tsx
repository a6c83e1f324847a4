import { getFormatter, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";

export type ResultReportData = {
  authorName: string;
  achievements: string;
  kpiResults: { name: string; unit: string; baseline: string; target: string; achieved: string; note?: string | null }[];
  damageDescription: string | null;
  damageVnd: string | null;
  objectiveCauses: string | null;
  subjectiveCauses: string | null;
  submittedAt: Date;
};

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-slate-600">{label}</dt>
      <dd className="mt-0.5 whitespace-pre-line text-sm text-slate-900">{children}</dd>
    </div>
  );
}

/** The submitted result report, read-only (Art. 18). */
export async function ResultReportView({ report }: { report: ResultReportData }) {
  const t = await getTranslations("outcome.report");
  const format = await getFormatter();
  const n = (v: string) => format.number(Number(v));
  return (
    <div className="space-y-4">
      <p className="text-sm text-slate-600">{t("submittedBy", { name: report.authorName, date: format.dateTime(report.submittedAt, { day: "2-digit", month: "2-digit", year: "numeric" }) })}</p>
      <dl className="space-y-4">
      <Row label={t("achievements")}>{report.achievements}</Row>
      {report.kpiResults.length ? (
        <div>
          <dt className="text-sm font-medium text-slate-600">{t("kpis")}</dt>
          <dd className="mt-1 overflow-x-auto">
            <table className="w-full min-w-[28rem] text-sm">
              <thead>
                <tr className="border-b border-slate-200 text-left text-slate-600">
                  <th scope="col" className="py-1 pr-2 font-medium">{t("kpi")}</th>
                  <th scope="col" className="py-1 pr-2 text-right font-medium">{t("baseline")}</th>
                  <th scope="col" className="py-1 pr-2 text-right font-medium">{t("target")}</th>
                  <th scope="col" className="py-1 text-right font-medium">{t("final")}</th>
                </tr>
              </thead>
              <tbody>
                {report.kpiResults.map((k, i) => (
                  <tr key={i} className="border-b border-slate-100">
                    <td className="py-1 pr-2">{k.name} <span className="text-slate-500">({k.unit})</span></td>
                    <td className="py-1 pr-2 text-right tabular-nums">{n(k.baseline)}</td>
                    <td className="py-1 pr-2 text-right tabular-nums">{n(k.target)}</td>
                    <td className="py-1 text-right font-medium tabular-nums">{n(k.achieved)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </dd>
        </div>
      ) : null}
      <Row label={t("damage")}>
        {report.damageVnd && report.damageVnd !== "0" ? `${t("damageAmount", { amount: n(report.damageVnd) })}. ` : report.damageDescription ? "" : t("noDamage")}
        {report.damageDescription ?? ""}
      </Row>
      {report.objectiveCauses ? <Row label={t("objectiveCauses")}>{report.objectiveCauses}</Row> : null}
      {report.subjectiveCauses ? <Row label={t("subjectiveCauses")}>{report.subjectiveCauses}</Row> : null}
      </dl>
    </div>
  );
}
