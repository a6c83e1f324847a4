import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { ImportPanel } from "@/components/admin/ImportPanel";
import { PageHeader } from "@/components/ui/PageHeader";
import { administersSomething } from "@/server/admin/scope";
import { requireActor } from "@/server/auth";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.import"))("title") };
}

/** /admin/import — units and people from a CSV or XLSX file: preview, then all or nothing. */
export default async function ImportPage() {
  const actor = await requireActor();
  if (!administersSomething(actor, "user.manage")) notFound();
  const t = await getTranslations("admin.import");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="import" />
      <ImportPanel />
    </>
  );
}
