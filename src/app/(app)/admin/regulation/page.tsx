import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { RegulationTable } from "@/components/admin/RegulationTable";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { regulationInForceFor } from "@/server/calendar/regulation";

/** A field the profile got wrong; a floor of the law it loosens also names the article (its message starts with it). */
function issueLabel(issue: { path: string; code?: string; message: string }): string {
  const field = issue.path || "—";
  return issue.code === "PROFILE_LOOSENS_LAW" ? `${field} (${issue.message.split(": ")[0]})` : field;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.regulation"))("title") };
}

/** /admin/regulation — the regulation profile in force, each number beside its legal basis (read-only). */
export default async function RegulationAdminPage() {
  const actor = await requireActor();
  const view = await regulationInForceFor(actor);
  if (!view) notFound();
  const [t, format] = await Promise.all([getTranslations("admin.regulation"), getFormatter()]);
  const source =
    view.source === "STORED" && view.stored
      ? t("sourceStored", {
          name: view.stored.name,
          code: view.stored.code,
          version: view.stored.version,
          date: format.dateTime(view.stored.updatedAt, { day: "2-digit", month: "2-digit", year: "numeric" }),
        })
      : view.source === "STORED_INVALID"
        ? t("sourceInvalid", { code: view.stored?.code ?? "", fields: view.issues.map(issueLabel).join(", ") })
        : t("sourceBuiltIn");

  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle")} />
      <AdminNav current="regulation" />
      <div className="space-y-4">
        <p role="note" className="rounded-md border border-blue-200 bg-blue-50 px-4 py-3 text-sm text-blue-900">
          {t("readOnly")}
        </p>
        <p className={view.source === "STORED_INVALID" ? "text-sm font-medium text-red-800" : "text-sm text-slate-700"}>{source}</p>
        <p className="text-sm text-slate-700">{t("unitsWithOwnProfile", { count: view.unitsWithOwnProfile })}</p>
        <RegulationTable profile={view.profile} />
      </div>
    </>
  );
}
