import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { AdminNav } from "@/components/admin/AdminNav";
import { Card, StatCard } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { mayVerifyCheckpoints } from "@/server/audit";
import { administersSomething } from "@/server/admin/scope";
import { canAtRoot } from "@/server/calendar/root";
import { adminOverview } from "@/server/home";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.overview"))("title") };
}

/** /admin — the administration overview: what there is, and where each task is done. No rights → 404. */
export default async function AdminPage() {
  const actor = await requireActor();
  const [calendar, regulation] = await Promise.all([canAtRoot(actor, "holiday.manage"), canAtRoot(actor, "regulation.manage")]);
  // An administrator of a province or department manages its units and people.
  const manages = administersSomething(actor);
  if (!calendar && !regulation && !manages) notFound();
  const [t, counts] = await Promise.all([getTranslations("admin.overview"), adminOverview()]);
  const tasks = [
    ...(manages
      ? [
          { href: "/admin/units", title: t("unitsTask"), body: t("unitsTaskHint") },
          { href: "/admin/people", title: t("peopleTask"), body: t("peopleTaskHint") },
          { href: "/admin/import", title: t("importTask"), body: t("importTaskHint") },
          { href: "/admin/registers", title: t("registersTask"), body: t("registersTaskHint") },
        ]
      : []),
    ...(calendar ? [{ href: "/admin/calendar", title: t("calendar"), body: t("calendarHint") }] : []),
    ...(regulation ? [{ href: "/admin/regulation", title: t("regulation"), body: t("regulationHint") }] : []),
    ...(mayVerifyCheckpoints(actor) ? [{ href: "/verify", title: t("verify"), body: t("verifyHint") }] : []),
  ];
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="overview" />
      <div className="space-y-6">
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          <StatCard label={t("units")} value={counts.units} />
          <StatCard label={t("users")} value={counts.users} />
          <StatCard label={t("auditEvents")} value={counts.auditEvents} />
        </div>
        <Card title={t("tasks")}>
          <ul className="grid gap-3 sm:grid-cols-2">
            {tasks.map((task) => (
              <li key={task.href} className="rounded-lg border border-slate-200 p-3">
                <Link href={task.href} className="font-medium text-blue-800 underline-offset-2 hover:underline">
                  {task.title}
                </Link>
                <p className="mt-1 text-sm text-slate-600">{task.body}</p>
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </>
  );
}
