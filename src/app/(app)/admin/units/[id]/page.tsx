import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { UnitActions } from "@/components/admin/UnitActions";
import { UnitForm } from "@/components/admin/UnitForm";
import { Badge } from "@/components/ui/Badge";
import { ButtonLink } from "@/components/ui/Button";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td, Th } from "@/components/ui/Table";
import { unitDetailFor, unitOptionsFor } from "@/server/admin/queries";
import { requireActor } from "@/server/auth";
import { deleteUnitAction, moveUnitAction, setUnitActiveAction, updateUnitAction } from "../actions";

type Params = Promise<{ id: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const actor = await requireActor();
  const d = await unitDetailFor(actor, (await params).id);
  return { title: d?.unit.name ?? (await getTranslations("admin.units"))("title") };
}

/** /admin/units/[id] — one unit: its details, its people and roles, move/deactivate. Outside the subtree → 404. */
export default async function UnitPage({ params }: { params: Params }) {
  const actor = await requireActor();
  const d = await unitDetailFor(actor, (await params).id);
  if (!d) notFound();
  const [t, tr, parents] = await Promise.all([getTranslations("admin.units"), getTranslations("roles"), unitOptionsFor(actor)]);
  const u = d.unit;
  const hasHead = d.members.some((m) => m.role === "HEAD" && m.user.active);

  return (
    <>
      <PageHeader
        title={u.name}
        subtitle={d.parent ? t("under", { parent: d.parent.name }) : t("rootUnit")}
        actions={<ButtonLink variant="secondary" href={`/admin/people?unit=${u.id}#create`}>{t("addPerson")}</ButtonLink>}
      />
      <AdminNav current="units" />
      <div className="space-y-6">
        {!u.active ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {t("inactiveNote")}
          </p>
        ) : null}
        {u.active && !hasHead ? (
          <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
            {t("noHeadNote")}
          </p>
        ) : null}
        <Card title={t("detailsTitle")}>
          <UnitForm
            key={u.version}
            mode="edit"
            unit={{ id: u.id, version: u.version }}
            initial={{ code: u.code, name: u.name, shortName: u.shortName ?? "", kind: u.kind, governingBodyName: u.governingBodyName ?? "", addressLine: u.addressLine ?? "" }}
            save={updateUnitAction}
          />
        </Card>
        <Card title={t("membersTitle", { count: d.members.length })}>
          {d.members.length === 0 ? (
            <EmptyState title={t("noMembers")} />
          ) : (
            <Table caption={t("membersTitle", { count: d.members.length })}>
              <thead>
                <tr>
                  <Th>{t("columns.person")}</Th>
                  <Th>{t("columns.role")}</Th>
                  <Th>{t("columns.status")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {d.members.map((m) => (
                  <tr key={m.id}>
                    <Td>
                      <Link className="text-brand-800 underline" href={`/admin/people/${m.user.id}`}>
                        {m.user.fullName}
                      </Link>{" "}
                      <span className="text-xs text-slate-600">{m.user.username}</span>
                    </Td>
                    <Td>{tr(m.role)}</Td>
                    <Td>{m.user.active ? <Badge tone="success">{t("active")}</Badge> : <Badge tone="warning">{t("inactive")}</Badge>}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
        <Card title={t("actionsTitle")}>
          <p className="mb-3 text-sm text-slate-700">{t("recordsSummary", { children: d.children, proposals: d.proposals })}</p>
          <UnitActions
            key={u.version}
            unit={{ id: u.id, version: u.version, active: u.active, parentId: u.parentId }}
            parents={parents}
            move={moveUnitAction}
            setActive={setUnitActiveAction}
            remove={deleteUnitAction}
          />
        </Card>
      </div>
    </>
  );
}
