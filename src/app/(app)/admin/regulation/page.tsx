import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { RegulationForm } from "@/components/admin/RegulationForm";
import { RegulationTable } from "@/components/admin/RegulationTable";
import { Card } from "@/components/ui/Card";
import { Table, Td, Th } from "@/components/ui/Table";
import { EDITABLE_PROFILE_FIELDS } from "@/domain/regulation-floors";
import { regulationHistoryFor } from "@/server/admin/regulation";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { regulationInForceFor } from "@/server/calendar/regulation";
import { editRegulationAction } from "./actions";

/** A field the profile got wrong; a floor of the law it loosens also names the article (its message starts with it). */
function issueLabel(issue: { path: string; code?: string; message: string }): string {
  const field = issue.path || "—";
  return issue.code === "PROFILE_LOOSENS_LAW" ? `${field} (${issue.message.split(": ")[0]})` : field;
}

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.regulation"))("title") };
}

/**
 * /admin/regulation — the regulation profile in force, each number beside its legal basis; the
 * root's administrator edits its deadlines within the law's floors, and every version is listed.
 */
export default async function RegulationAdminPage() {
  const actor = await requireActor();
  const view = await regulationInForceFor(actor);
  if (!view) notFound();
  const [t, format, history] = await Promise.all([getTranslations("admin.regulation"), getFormatter(), regulationHistoryFor(actor)]);
  const when = (d: Date) => format.dateTime(d, { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
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
          {t("edit.note")}
        </p>
        <p className={view.source === "STORED_INVALID" ? "text-sm font-medium text-red-800" : "text-sm text-slate-700"}>{source}</p>
        <p className="text-sm text-slate-700">{t("unitsWithOwnProfile", { count: view.unitsWithOwnProfile })}</p>
        <RegulationTable profile={view.profile} />
        <Card title={t("edit.title")}>
          <RegulationForm
            key={view.stored?.version ?? 0}
            version={view.source === "BUILT_IN" ? 0 : view.stored?.version ?? 0}
            values={Object.fromEntries(EDITABLE_PROFILE_FIELDS.map((k) => [k, view.profile[k]])) as Record<(typeof EDITABLE_PROFILE_FIELDS)[number], number>}
            save={editRegulationAction}
          />
        </Card>
        <Card title={t("history.title")}>
          {!history || history.length === 0 ? (
            <p className="text-sm text-slate-700">{t("history.empty")}</p>
          ) : (
            <Table caption={t("history.title")}>
              <thead>
                <tr>
                  <Th>{t("history.version")}</Th>
                  <Th>{t("history.when")}</Th>
                  <Th>{t("history.by")}</Th>
                  <Th>{t("history.deadlines")}</Th>
                  <Th>{t("history.product")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {history.map((h) => (
                  <tr key={h.id}>
                    <Td>{h.version}</Td>
                    <Td>{when(h.createdAt)}</Td>
                    <Td>{h.by ?? t("history.initial")}</Td>
                    <Td>{h.profile ? `${h.profile.decisionWorkingDays} / ${h.profile.resultReportWorkingDays} / ${h.profile.evaluationWorkingDays}` : "—"}</Td>
                    <Td>{h.profile ? t("history.productValues", { every: h.profile.progressReportEveryDays, grace: h.profile.escalationGraceWorkingDays, remind: h.profile.reminderBeforeWorkingDays }) : "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          )}
        </Card>
      </div>
    </>
  );
}
