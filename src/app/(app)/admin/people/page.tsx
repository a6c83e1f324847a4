import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { PersonCreateForm } from "@/components/admin/PersonCreateForm";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { Field, Input } from "@/components/ui/Field";
import { PageHeader } from "@/components/ui/PageHeader";
import { Pagination } from "@/components/ui/Pagination";
import { Table, Td, Th } from "@/components/ui/Table";
import { peopleFor, unitOptionsFor } from "@/server/admin/queries";
import { requireActor } from "@/server/auth";
import { createPersonAction } from "./actions";

type Search = Promise<Record<string, string | string[] | undefined>>;
const one = (v: string | string[] | undefined) => String([v].flat()[0] ?? "").slice(0, 100);

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.people"))("title") };
}

/** /admin/people?q=&after= — people with a role in the administrator's subtree (keyset pages), and a form to add one. */
export default async function PeoplePage({ searchParams }: { searchParams: Search }) {
  const actor = await requireActor();
  const sp = await searchParams;
  const q = one(sp.q);
  const unitId = one(sp.unit) || undefined;
  const list = await peopleFor(actor, { q, after: one(sp.after) || undefined, unitId });
  if (!list) notFound();
  const [t, tr, tc, units] = await Promise.all([getTranslations("admin.people"), getTranslations("roles"), getTranslations("common"), unitOptionsFor(actor, "user.manage")]);
  const qs = (extra: Record<string, string>) => `/admin/people?${new URLSearchParams({ ...(q ? { q } : {}), ...(unitId ? { unit: unitId } : {}), ...extra })}`;

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="people" />
      <div className="space-y-6">
        <form role="search" className="flex flex-wrap items-end gap-2" action="/admin/people">
          <div className="min-w-64 flex-1">
            <Field id="people-search" label={t("search")}>
              <Input id="people-search" name="q" type="search" defaultValue={q} />
            </Field>
          </div>
          {unitId ? <input type="hidden" name="unit" value={unitId} /> : null}
          <Button type="submit" variant="secondary">
            {t("searchButton")}
          </Button>
        </form>
        {list.rows.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("columns.name")}</Th>
                <Th>{t("columns.username")}</Th>
                <Th>{t("columns.roles")}</Th>
                <Th>{t("columns.status")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {list.rows.map((p) => (
                <tr key={p.id}>
                  <Td>
                    <Link className="text-brand-800 underline" href={`/admin/people/${p.id}`}>
                      {p.fullName}
                    </Link>
                    {p.title ? <div className="text-xs text-slate-600">{p.title}</div> : null}
                  </Td>
                  <Td>
                    <div>{p.username}</div>
                    <div className="text-xs text-slate-600">{p.email}</div>
                  </Td>
                  <Td>{p.memberships.map((m) => `${tr(m.role)} — ${m.unit.shortName ?? m.unit.name}`).join("; ")}</Td>
                  <Td>
                    {p.active ? <Badge tone="success">{t("active")}</Badge> : <Badge tone="warning">{t("inactive")}</Badge>}
                    {p.mustChangePassword ? <div className="mt-1 text-xs text-slate-600">{t("mustChange")}</div> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Pagination
          firstHref={sp.after ? qs({}) : null}
          nextHref={list.next ? qs({ after: list.next }) : null}
          labels={{ first: tc("firstPage"), next: tc("nextPage"), nav: tc("pagination") }}
        />
        <div id="create">
          <Card title={t("createTitle")}>
            <PersonCreateForm units={units} defaultUnitId={unitId && units.some((u) => u.id === unitId) ? unitId : units[0]?.id ?? ""} create={createPersonAction} />
          </Card>
        </div>
      </div>
    </>
  );
}
