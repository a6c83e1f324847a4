"use client";
import { useTranslations } from "next-intl";

export type RoleWarningView =
  | { kind: "NO_HEAD"; unitId: string; unitName: string }
  | { kind: "DECIDES_OWN_PLAN"; unitId: string; proposalCodes: readonly string[] };

/** Warnings returned with a role change: they do not block it, the administrator reads them. */
export function RoleWarnings({ warnings }: { warnings: readonly RoleWarningView[] }) {
  const t = useTranslations("admin.people.warnings");
  if (warnings.length === 0) return null;
  return (
    <ul role="status" className="space-y-1 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900">
      {warnings.map((w, i) => (
        <li key={i}>{w.kind === "NO_HEAD" ? t("noHead", { unit: w.unitName }) : t("ownPlan", { codes: w.proposalCodes.join(", ") })}</li>
      ))}
    </ul>
  );
}
