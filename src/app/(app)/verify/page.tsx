import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { VerifyForm } from "@/components/evaluation/VerifyForm";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Field, Input } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { dateOptions } from "@/i18n/dates";
import { requireActor } from "@/server/auth";
import { mayVerifyCheckpoints, verifyCheckpointAs } from "@/server/audit";
import { verifyDossierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title") };
}

/**
 * /verify — one place where an official checks what a document claims about the record:
 *  - a protection dossier's code (HS1|…, pasted, uploaded or scanned from its QR code): every item
 *    is compared with the record and its audit event;
 *  - /verify?head=<hash>: the audit checkpoint printed on a report export ("Điểm kiểm tra nhật ký:
 *    sự kiện số N, mã …") is still in an intact chain (officers who may verify the chain).
 */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const checkpoints = mayVerifyCheckpoints(actor);
  const raw = (await searchParams).head;
  const head = checkpoints ? (Array.isArray(raw) ? raw[0] : raw ?? "").trim().slice(0, 200) : "";
  const [t, format, report, locale] = await Promise.all([getTranslations("verify"), getFormatter(), head ? verifyCheckpointAs(actor, head) : null, getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <section aria-labelledby="verify-dossier" className="space-y-3">
        <h2 id="verify-dossier" className="text-lg font-semibold text-slate-900">{t("dossierHeading")}</h2>
        <VerifyForm verify={verifyDossierAction} />
      </section>
      {checkpoints ? (
        <section aria-labelledby="verify-checkpoint" className="mt-8 space-y-3">
          <h2 id="verify-checkpoint" className="text-lg font-semibold text-slate-900">{t("checkpointHeading")}</h2>
          <Card>
            <p className="mb-3 text-sm text-slate-700">{t("subtitle")}</p>
            <form method="get" className="flex flex-wrap items-end gap-2">
              <div className="min-w-0 flex-1">
                <Field id="head" label={t("headLabel")} hint={t("headHint")}>
                  <Input id="head" name="head" defaultValue={head} autoComplete="off" spellCheck={false} className="font-mono" aria-describedby="head-hint" />
                </Field>
              </div>
              <Button type="submit">{t("check")}</Button>
            </form>
            {report ? (
              <div role="status" className="mt-4 space-y-2 text-sm">
                {report.found ? (
                  <p className="rounded-md border border-green-200 bg-green-50 px-3 py-2 font-medium text-green-900">
                    ✓ {t("found", { seq: report.seq, at: format.dateTime(report.at, dateOptions(locale, "dayTime")) })}
                  </p>
                ) : (
                  <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 font-medium text-red-900">✕ {t("notFound")}</p>
                )}
                {report.chain.ok ? (
                  <p className="text-green-900">{t("chainOk", { count: report.chain.checked })}</p>
                ) : (
                  <p className="font-medium text-red-900">{t("chainBroken", { seq: report.chain.seq })}</p>
                )}
                <p className="text-slate-600">{t("meaning")}</p>
              </div>
            ) : null}
          </Card>
        </section>
      ) : null}
    </>
  );
}
