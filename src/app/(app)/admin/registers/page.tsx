import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { RegisterForm } from "@/components/admin/RegisterForm";
import { Card } from "@/components/ui/Card";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td, Th } from "@/components/ui/Table";
import { currentYear, registerUnitsFor, registersFor } from "@/server/admin/registers";
import { requireActor } from "@/server/auth";
import { createRegisterAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.registers"))("title") };
}

/** /admin/registers — each unit's register of decision numbers (sổ văn bản) per year and kind. */
export default async function RegistersPage() {
  const actor = await requireActor();
  const registers = await registersFor(actor);
  if (!registers) notFound();
  const t = await getTranslations("admin.registers");
  const units = await registerUnitsFor(actor);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="registers" />
      <div className="space-y-6">
        {registers.length === 0 ? (
          <EmptyState title={t("empty")}>{t("emptyHint")}</EmptyState>
        ) : (
          <Table caption={t("title")}>
            <thead>
              <tr>
                <Th>{t("unit")}</Th>
                <Th>{t("year")}</Th>
                <Th>{t("kind")}</Th>
                <Th>{t("next")}</Th>
                <Th>{t("taken")}</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {registers.map((r) => (
                <tr key={r.id}>
                  <Td>{r.unit.name}</Td>
                  <Td>{r.year}</Td>
                  <Td>{t(`kinds.${r.kind}`)}</Td>
                  <Td className="font-mono">{r.next}</Td>
                  <Td>
                    {t("takenCount", { count: r.entryCount })}
                    {r.entries.length ? <div className="text-xs text-slate-600">{r.entries.map((e) => e.number).join(", ")}</div> : null}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
        <Card title={t("createTitle")}>
          <RegisterForm units={units.map((u) => ({ id: u.id, code: u.code, label: `${u.name} (${u.code})` }))} year={currentYear()} create={createRegisterAction} />
        </Card>
      </div>
    </>
  );
}
