"use client";
import { useTranslations } from "next-intl";

/** A temporary password, shown once: the administrator hands it over; the person changes it at first sign-in. */
export function TemporaryPassword({ password, who }: { password: string; who: string }) {
  const t = useTranslations("admin.people");
  return (
    <div role="status" className="space-y-1 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-3 text-sm text-emerald-900">
      <p className="font-medium">{t("temporaryTitle", { who })}</p>
      <p>
        <code className="rounded bg-white px-2 py-1 font-mono text-base" data-testid="temporary-password">
          {password}
        </code>
      </p>
      <p>{t("temporaryHint")}</p>
    </div>
  );
}
