import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AdminNav } from "@/components/admin/AdminNav";
import { Badge } from "@/components/ui/Badge";
import { Button } from "@/components/ui/Button";
import { EmptyState } from "@/components/ui/EmptyState";
import { PageHeader } from "@/components/ui/PageHeader";
import { Table, Td, Th } from "@/components/ui/Table";
import { requireActor } from "@/server/auth";
import { THROTTLE } from "@/server/throttle";
import { lockedAccounts } from "@/server/users/unlock";
import { unlockAccountAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.signIn"))("title") };
}

async function unlock(formData: FormData): Promise<void> {
  "use server";
  await unlockAccountAction(formData);
}

/** /admin/sign-in — accounts whose sign-in is locked by failed attempts, and the unlock action. */
export default async function SignInLocksPage() {
  const actor = await requireActor();
  if (!actor.memberships.some((m) => m.role === "ADMIN")) notFound();
  const [rows, t, format] = await Promise.all([lockedAccounts(actor), getTranslations("admin.signIn"), getFormatter()]);
  return (
    <>
      <PageHeader title={t("title")} subtitle={t("subtitle", { perPair: THROTTLE.maxPerAccount, global: THROTTLE.maxPerAccountGlobal, minutes: THROTTLE.accountWindowMinutes })} />
      <AdminNav current="signIn" />
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")}>{t("emptyHint")}</EmptyState>
      ) : (
        <Table caption={t("caption")}>
          <thead>
            <tr>
              <Th>{t("user")}</Th>
              <Th>{t("failures")}</Th>
              <Th>{t("lastAt")}</Th>
              <Th>{t("scope")}</Th>
              <Th>
                <span className="sr-only">{t("actions")}</span>
              </Th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <Td>
                  <span className="font-medium">{r.fullName}</span>
                  <span className="block text-xs text-slate-600">{r.username}</span>
                </Td>
                <Td>{r.failures}</Td>
                <Td>{format.dateTime(r.lastAt, { dateStyle: "short", timeStyle: "short" })}</Td>
                <Td>{r.lockedEverywhere ? <Badge tone="danger">{t("lockedEverywhere")}</Badge> : <Badge tone="warning">{t("lockedSomeAddresses")}</Badge>}</Td>
                <Td>
                  <form action={unlock}>
                    <input type="hidden" name="userId" value={r.id} />
                    <input type="hidden" name="version" value={r.version} />
                    <Button type="submit" variant="secondary" size="sm" aria-label={t("unlockFor", { name: r.fullName })}>
                      {t("unlock")}
                    </Button>
                  </form>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
