import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { UnitForm } from "@/components/admin/UnitForm";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Field, Input } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { unitOptionsFor, unitTreeFor } from "@/server/admin/queries";
import { requireActor } from "@/server/auth";
import { createUnitAction } from "./actions";

type Search = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.units"))("title") };
}

/** /admin/units?q= — the administrator's subtree as a tree, with search and a form to add a unit. */
export default async function UnitsPage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const q = String([(await searchParams).q].flat()[0] ?? "").slice(0, 100);
  const tree = await unitTreeFor(actor, q);
  if (!tree) notFound();
  const [t, tk, parents] = await Promise.all([getTranslations("admin.units"), getTranslations("admin.units.kinds"), unitOptionsFor(actor)]);

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="units" />
      <div className="space-y-6">
        {tree.headless.length ? (
          <div role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            <p className="font-medium">{t("headlessTitle", { count: tree.headless.length })}</p>
            <p>
              {tree.headless.map((u, i) => (
                <span key={u.id}>
                  {i ? ", " : ""}
                  <Link className="underline" href={`/admin/units/${u.id}`}>
                    {u.name}
                  </Link>
                </span>
              ))}
            </p>
          </div>
        ) : null}
        <form role="search" action="/admin/units">
          <div className="flex flex-wrap items-end gap-2">
            <div className="min-w-64 flex-1">
              <Field id="unit-search" label={t("search")}>
                <Input id="unit-search" name="q" type="search" defaultValue={q} aria-describedby="unit-search-hint" />
              </Field>
            </div>
            <Button type="submit" variant="secondary">
              {t("searchButton")}
            </Button>
          </div>
          <p id="unit-search-hint" className="mt-1 text-xs text-slate-600">
            {t("searchHint")}
          </p>
        </form>
        <Card title={q ? t("resultsTitle", { q }) : t("treeTitle")}>
          {tree.rows.length === 0 ? (
            <EmptyState title={t("noMatch")} />
          ) : (
            <ul className="divide-y divide-slate-100" aria-label={t("treeTitle")}>
              {tree.rows.map((u) => (
                <li key={u.id} className="flex flex-wrap items-center gap-2 py-2" style={{ paddingLeft: `${Math.min(u.level, 8) * 1.25}rem` }}>
                  <span aria-hidden="true" className="text-slate-400">
                    {u.level ? "└" : "■"}
                  </span>
                  <Link href={`/admin/units/${u.id}`} className={u.match && q ? "font-semibold text-brand-800 underline" : "text-brand-800 underline"}>
                    {u.name}
                  </Link>
                  <span className="font-mono text-xs text-slate-600">{u.code}</span>
                  <Badge>{tk(u.kind)}</Badge>
                  {!u.active ? <Badge tone="warning">{t("inactive")}</Badge> : null}
                  <span className="text-xs text-slate-600">{t("members", { count: u._count.memberships })}</span>
                </li>
              ))}
            </ul>
          )}
          {tree.truncated ? <p className="mt-2 text-sm text-slate-600">{t("truncated")}</p> : null}
        </Card>
        <Card title={t("createTitle")}>
          <UnitForm
            mode="create"
            parents={parents}
            initial={{ parentId: parents[0]?.id ?? "", code: "", name: "", shortName: "", kind: "OFFICE", governingBodyName: "", addressLine: "" }}
            save={createUnitAction}
          />
        </Card>
      </div>
    </>
  );
}
