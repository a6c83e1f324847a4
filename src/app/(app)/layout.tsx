import { getTranslations } from "next-intl/server";
import { PasswordForm } from "@/components/settings/PasswordForm";
import { AppShell } from "@/components/shell/AppShell";
import { Card } from "@/components/ui/Card";
import { PageHeader } from "@/components/ui/PageHeader";
import { requireActor } from "@/server/auth";
import { navigationFor } from "@/server/navigation";
import { setLocale } from "../actions";
import { changePasswordAction } from "./settings/actions";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  const [t, tr, nav] = await Promise.all([getTranslations(), getTranslations("roles"), navigationFor(actor)]);
  const unread = nav.find((n) => n.key === "notifications")?.badge ?? 0;
  const roles = [...new Set(actor.memberships.map((m) => tr(m.role)))].join(", ");
  return (
    <AppShell
      user={{ name: actor.fullName, roles }}
      nav={nav.map((n) => ({ href: n.href, label: t(`nav.${n.key}`), badge: n.badge, also: n.also }))}
      labels={{
        appName: t("app.name"),
        basis: t("app.basis"),
        skip: t("app.skipToContent"),
        nav: t("nav.main"),
        menu: t("nav.menu"),
        menuClose: t("nav.menuClose"),
        unread: unread ? t("nav.unreadCount", { count: unread }) : null,
        signOut: t("nav.signOut"),
      }}
      setLocale={setLocale}
    >
      {actor.mustChangePassword ? (
        // A temporary password (set by an administrator) is changed before anything else.
        <>
          <PageHeader title={t("settings.mustChange.title")} subtitle={t("settings.mustChange.subtitle")} />
          <Card title={t("settings.password.title")}>
            <PasswordForm change={changePasswordAction} />
          </Card>
        </>
      ) : (
        children
      )}
    </AppShell>
  );
}
