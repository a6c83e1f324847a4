import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { buttonClass } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";

export type SignedDecisionView = {
  id: string;
  kind: string;
  basis: string | null;
  number: string | null;
  signedOn: Date | null;
  startDate: Date | null;
  endDate: Date | null;
  reasons: string | null;
  pilotId: string | null;
};

/**
 * After "Ký quyết định" the review page shows the signed decision and where to go next: print it,
 * download it, and follow its execution on the pilot's page (which starts the next stage).
 */
export function SignedDecision({ decision }: { decision: SignedDecisionView }) {
  const t = useTranslations("review.signed");
  const format = useFormatter();
  const day = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const approved = decision.kind === "PILOT" || decision.kind === "IMPLEMENT";
  return (
    <Card title={t("title")} className={approved ? "border-green-300" : "border-red-300"}>
      <div role="status" className="space-y-2 text-sm">
        <p className="text-base font-semibold text-slate-900">{t(`kinds.${decision.kind}`)}</p>
        <p>
          {t("number", { number: decision.number ?? "—" })}
          {decision.signedOn ? ` · ${t("signedOn", { date: day(decision.signedOn) })}` : ""}
        </p>
        {decision.basis === "HEAD_ALONE" ? <p className="font-medium text-red-800">{t("headAlone")}</p> : null}
        {approved && decision.startDate && decision.endDate ? <p>{t("period", { from: day(decision.startDate), to: day(decision.endDate) })}</p> : null}
        {decision.reasons ? <p className="whitespace-pre-line text-slate-700">{decision.reasons}</p> : null}
        {approved ? <p className="text-slate-700">{t("next")}</p> : null}
      </div>
      <div className="no-print mt-4 flex flex-wrap gap-2">
        {decision.pilotId ? (
          <Link className={buttonClass("primary")} href={`/pilots/${decision.pilotId}`}>
            {t("pilot")}
          </Link>
        ) : null}
        <Link className={buttonClass("secondary")} href={`/print/decisions/${decision.id}`}>
          {t("print")}
        </Link>
        <a className={buttonClass("secondary")} href={`/api/decisions/${decision.id}/pdf`}>
          {t("pdf")}
        </a>
      </div>
    </Card>
  );
}
