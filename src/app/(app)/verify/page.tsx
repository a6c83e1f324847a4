import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { VerifyForm } from "@/components/evaluation/VerifyForm";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { verifyDossierAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("verify"))("title") };
}

/** Kiểm tra hồ sơ bảo vệ: paste, upload or scan a dossier's checkpoint; says which item no longer matches. */
export default async function VerifyPage() {
  await requireActor();
  const t = await getTranslations("verify");
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("intro")} />
      <VerifyForm verify={verifyDossierAction} />
    </>
  );
}
