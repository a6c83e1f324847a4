import { useFormatter, useTranslations } from "next-intl";
import { Fragment, type ReactNode } from "react";
import { Table, Td, Th } from "@/components/ui/Table";
import type { RegulationProfile } from "@/domain/regulation";

type Basis = "art8_1" | "art18" | "art4" | "art4_18" | "art6" | "product";
type Row = { key: string; value: ReactNode; basis: Basis };

/**
 * Every number of the profile in force beside the article it comes from (NĐ 73/2023), or marked as
 * the system's own default where the Decree is silent.
 */
export function RegulationTable({ profile }: { profile: RegulationProfile }) {
  const t = useTranslations("admin.regulation");
  const format = useFormatter();
  const workingDays = (days: number) => t("values.workingDays", { days });
  const ratio = format.number(profile.vote.passRatio, { style: "percent", maximumFractionDigits: 1 });
  const required = (yes: boolean) => t(yes ? "values.required" : "values.notRequired");
  const { vote } = profile;

  const groups: { key: "deadlines" | "vote" | "party" | "product"; rows: Row[] }[] = [
    {
      key: "deadlines",
      rows: [
        { key: "decisionWorkingDays", value: workingDays(profile.decisionWorkingDays), basis: "art8_1" },
        { key: "resultReportWorkingDays", value: workingDays(profile.resultReportWorkingDays), basis: "art18" },
        { key: "evaluationWorkingDays", value: workingDays(profile.evaluationWorkingDays), basis: "art18" },
      ],
    },
    {
      key: "vote",
      rows: [
        { key: "votePass", value: t(vote.strictlyGreater ? "values.passStrict" : "values.passAtLeast", { ratio }), basis: "art8_1" },
        { key: "tieBreak", value: t(vote.tieBreak === "HEAD_SIDE" ? "values.tieHeadSide" : "values.tieFails"), basis: "art8_1" },
        { key: "excludeProposerDeputy", value: t(vote.excludeProposerDeputy ? "values.excluded" : "values.notExcluded"), basis: "art8_1" },
        {
          key: "soleApproval",
          value: t(!vote.headMayApproveAlone ? "values.soleNotAllowed" : vote.rationaleRequiredForSoleApproval ? "values.soleWithRationale" : "values.soleAllowed"),
          basis: "art8_1",
        },
      ],
    },
    {
      key: "party",
      rows: [
        { key: "partyBeforeDecision", value: required(profile.partyOpinionRequiredBeforeDecision), basis: "art4" },
        { key: "partyBeforeEvaluation", value: required(profile.partyOpinionRequiredBeforeEvaluation), basis: "art4_18" },
      ],
    },
    {
      key: "product",
      rows: [
        { key: "progressReportEveryDays", value: t("values.calendarDays", { days: profile.progressReportEveryDays }), basis: "product" },
        { key: "escalationGraceWorkingDays", value: workingDays(profile.escalationGraceWorkingDays), basis: "product" },
        { key: "reminderBeforeWorkingDays", value: workingDays(profile.reminderBeforeWorkingDays), basis: "product" },
        { key: "directiveAckWorkingDays", value: workingDays(profile.directiveAckWorkingDays), basis: "art6" },
      ],
    },
  ];

  return (
    <Table caption={t("tableCaption")}>
      <thead>
        <tr>
          <Th>{t("columns.rule")}</Th>
          <Th>{t("columns.value")}</Th>
          <Th>{t("columns.basis")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {groups.map((g) => (
          <Fragment key={g.key}>
            <tr>
              <th scope="colgroup" colSpan={3} className="bg-slate-50 px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-700">
                {t(`groups.${g.key}`)}
              </th>
            </tr>
            {g.rows.map((r) => (
              <tr key={r.key}>
                <th scope="row" className="px-3 py-2 text-left align-top font-normal text-slate-800">
                  {t(`rules.${r.key}`)}
                </th>
                <Td className="font-medium">{r.value}</Td>
                <Td className={r.basis === "product" ? "italic text-slate-700" : undefined}>{t(`basis.${r.basis}`)}</Td>
              </tr>
            ))}
          </Fragment>
        ))}
      </tbody>
    </Table>
  );
}
