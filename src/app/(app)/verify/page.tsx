import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { Field, Input } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { mayVerifyCheckpoints, verifyCheckpointAs } from "@/server/audit";
import { dateOptions } from "@/i18n/dates";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title") };
}

/**
 * /verify?head=<hash> — where an official checks the audit checkpoint printed on a document
 * (report exports print "Điểm kiểm tra nhật ký: sự kiện số N, mã …"). Generic on purpose: any
 * document that prints a checkpoint links here.
 */
export default async function VerifyPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  if (!mayVerifyCheckpoints(actor)) notFound();
  const raw = (await searchParams).head;
  const head = (Array.isArray(raw) ? raw[0] : raw ?? "").trim().slice(0, 200);
  const [t, format, report, locale] = await Promise.all([getTranslations("verify"), getFormatter(), head ? verifyCheckpointAs(actor, head) : null, getLocale()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <Card>
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
    </>
  );
}
