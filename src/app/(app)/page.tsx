import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { BarList } from "@/components/charts/BarList";
import { AwaitingTable } from "@/components/proposals/AwaitingTable";
import { ProposalTable } from "@/components/proposals/ProposalTable";
import { WatchTable } from "@/components/pilots/WatchTable";
import { StatusBadge } from "@/components/proposals/StatusBadge";
import { Badge } from "@/components/ui/Badge";
import { Card, StatCard } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { STATES } from "@/domain/workflow";
import { HEADLINE_MEASURES, measureMessageKeys } from "@/domain/reports";
import { drillHref, reportHref } from "@/components/reports/links";
import { formatIsoDay } from "@/i18n/dates";
import { requireActor } from "@/server/auth";
import { homeData } from "@/server/home";
import { verifyChainAs } from "@/server/audit";
import { Button } from "@/components/ui/Button";

export default async function HomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor();
  const verify = (await searchParams).verifyAudit === "1";
  const [t, data, chain] = await Promise.all([getTranslations(), homeData(actor), verify ? verifyChainAs(actor) : null]);
  const locale = await getLocale();
  const report = data.overview?.report ?? null;
  const reportBase = report ? { root: report.root.id, from: report.period.from, to: report.period.to, field: null, detail: report.detail } : { root: "", from: "", to: "", field: null, detail: 1 };

  const overviewCard = (
    <>
        {data.overview ? (
          <Card title={data.overview.wholeTree ? t("home.commission") : t("home.unitOverview")}>
            <p className="mb-4 text-sm text-slate-600">{t("home.commissionHint", { unit: data.overview.scopeNames.join(", ") })}</p>
            {report ? (
              <>
                {/* The dashboard's cards, from the same report definition, period and scope (issue 12.13). */}
                <p className="mb-2 text-sm text-slate-700">
                  {t("home.reportPeriod", { unit: report.root.name, from: formatIsoDay(locale, report.period.from), to: formatIsoDay(locale, report.period.to) })}{" "}
                  <Link className="text-blue-800 underline" href={reportHref("/reports", reportBase)}>
                    {t("home.openReport")}
                  </Link>
                </p>
                <div className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-6">
                  {HEADLINE_MEASURES.map((m) => (
                    <StatCard key={m} label={t(`reports.${measureMessageKeys(m).label}`)} value={report.measures[m]} href={drillHref(reportBase, m, { id: report.root.id })} />
                  ))}
                </div>
              </>
            ) : null}
            <h3 className="mb-1 mt-6 text-sm font-semibold text-slate-800">{t("home.byStatus")}</h3>
            <p className="mb-3 text-sm text-slate-600">{t("home.byStatusHint", { total: data.overview.total })}</p>
            <BarList
              caption={t("home.byStatus")}
              tableLabel={t("home.showTable")}
              headers={[t("proposals.status"), t("home.count")]}
              items={STATES.filter((s) => s !== "DRAFT").map((s) => ({ key: s, label: t(`status.${s}`), value: data.overview?.counts[s] ?? 0 }))}
            />
          </Card>
        ) : null}
    </>
  );

  return (
    <>
      <PageHeader
        title={t("home.greeting", { name: actor.fullName })}
        subtitle={
          <span className="flex flex-wrap gap-1.5" aria-label={t("home.yourRoles")}>
            {actor.units.map((u) => (
              <Badge key={`${u.id}-${u.role}`} tone="brand">
                {t(`roles.${u.role}`)} · {u.name}
              </Badge>
            ))}
          </span>
        }
      />
      <div className="space-y-6">
        {data.overview?.wholeTree ? overviewCard : null}
        {data.awaiting ? (
          <Card title={t("inbox.title")} actions={<Link className="text-sm text-blue-800 underline" href="/inbox">{t("home.seeAll")}</Link>}>
            <p className="mb-3 text-sm text-slate-600">{t("inbox.hint", { count: data.awaiting.total })}</p>
            <AwaitingTable rows={data.awaiting.items} caption={t("inbox.title")} />
          </Card>
        ) : null}

        {data.pilots ? (
          <Card title={t("pilots.watch.title")}>
            <p className="mb-3 text-sm text-slate-600">{t("pilots.watch.hint", { count: data.pilots.total })}</p>
            <WatchTable rows={data.pilots.items} caption={t("pilots.watch.title")} />
            {data.pilots.pages > 1 ? (
              <p className="mt-3">
                <Link className="text-sm text-blue-800 underline" href="/pilots">
                  {t("home.seeAll")}
                </Link>
              </p>
            ) : null}
          </Card>
        ) : null}

        {data.overview && !data.overview.wholeTree ? overviewCard : null}

        {data.mine ? (
          <Card title={t("home.myRecent")} actions={<Link className="text-sm text-blue-800 underline" href="/proposals">{t("home.seeAll")}</Link>}>
            {data.myCounts && data.myCounts.length ? (
              <ul className="mb-4 flex flex-wrap gap-2" aria-label={t("home.myCounts")}>
                {data.myCounts.map((c) => (
                  <li key={c.status} className="flex items-center gap-1 text-sm">
                    <StatusBadge status={c.status} /> <span className="tabular-nums font-medium">{c.count}</span>
                  </li>
                ))}
              </ul>
            ) : null}
            {data.mine.items.length ? (
              <ProposalTable
                caption={t("home.myRecent")}
                show={{ updated: true, due: true }}
                rows={data.mine.items.map((p) => ({
                  id: p.id,
                  code: p.code,
                  title: p.title,
                  status: p.status,
                  updatedAt: p.updatedAt,
                  due: p.due,
                }))}
              />
            ) : (
              <EmptyState title={t("proposals.empty")}>{t("proposals.emptyHint")}</EmptyState>
            )}
          </Card>
        ) : null}

        {data.admin ? (
          <Card title={t("home.admin")}>
            <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
              <StatCard label={t("home.units")} value={data.admin.units} />
              <StatCard label={t("home.users")} value={data.admin.users} />
              <StatCard label={t("home.auditEvents")} value={data.admin.auditEvents} />
            </div>
            <div className="mt-4 flex flex-wrap items-center gap-3">
              <form method="get">
                <input type="hidden" name="verifyAudit" value="1" />
                <Button type="submit" variant="secondary">{t("home.verifyAudit")}</Button>
              </form>
              {chain ? (
                <p role="status" className={chain.ok ? "text-sm font-medium text-green-800" : "text-sm font-medium text-red-800"}>
                  {t("home.auditChain")}: {chain.ok ? t("home.auditOk", { count: chain.checked }) : t("home.auditBroken", { seq: chain.seq })}
                </p>
              ) : null}
            </div>
          </Card>
        ) : null}
      </div>
    </>
  );
}
