import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/settings/PasswordForm";
import { PreferencesForm } from "@/components/settings/PreferencesForm";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td, Th } from "@/components/ui/Table";
import { requireActor } from "@/server/auth";
import { ownSettings } from "@/server/settings";
import { changePasswordAction, updateSettingsAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

/** /settings — each person's own account: password, language, notifications; roles read-only. */
export default async function SettingsPage() {
  const actor = await requireActor();
  const me = await ownSettings(actor);
  if (!me) notFound();
  const [t, tr] = await Promise.all([getTranslations("settings"), getTranslations("roles")]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { name: me.fullName, username: me.username, email: me.email })} />
      <div className="space-y-6">
        <Card title={t("password.title")}>
          <PasswordForm change={changePasswordAction} />
        </Card>
        <Card title={t("preferences.title")}>
          <PreferencesForm locale={me.locale} muted={me.muted} save={updateSettingsAction} />
        </Card>
        <Card title={t("roles.title")}>
          <p className="mb-3 text-sm text-slate-700">{t("roles.hint")}</p>
          {me.units.length === 0 ? (
            <p className="text-sm">{t("roles.none")}</p>
          ) : (
            <Table caption={t("roles.title")}>
              <thead>
                <tr>
                  <Th>{t("roles.unit")}</Th>
                  <Th>{t("roles.role")}</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {me.units.map((u, i) => (
                  <tr key={`${u.id}-${u.role}-${i}`}>
                    <Td>{u.name}</Td>
                    <Td>{tr(u.role)}</Td>
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
