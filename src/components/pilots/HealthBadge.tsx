import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/Badge";
import { healthTone, type Health, type HealthReason } from "@/domain/execution";

/** The health state as a badge (domain/execution.pilotHealth decides it; this only shows it). */
export function HealthBadge({ health }: { health: Health }) {
  const t = useTranslations("pilots.health");
  return <Badge tone={healthTone(health.state)}>{t(`states.${health.state}`)}</Badge>;
}

/** Why: one sentence per reason the rule found. */
export function HealthReasons({ health, max }: { health: Health; max?: number }) {
  const t = useTranslations("pilots.health.reasons");
  const format = useFormatter();
  const day = (d: string) => format.dateTime(new Date(`${d}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const pct = (n: number) => format.number(n, { style: "percent", maximumFractionDigits: 0 });
  const text = (r: HealthReason) => {
    switch (r.code) {
      case "KPI_BEHIND":
        return t("KPI_BEHIND", { kpi: r.kpi, share: pct(r.share), expected: pct(r.expected) });
      case "MILESTONE_LATE":
        return t("MILESTONE_LATE", { milestone: r.milestone, date: day(r.dueDay) });
      case "HIGH_FLAG_OPEN":
        return t("HIGH_FLAG_OPEN", { finding: r.finding.length > 140 ? `${r.finding.slice(0, 140)}…` : r.finding });
      case "REPORT_OVERDUE":
        return t("REPORT_OVERDUE", { date: day(r.dueDay) });
      case "SUSPENDED":
        return r.reason ? t("SUSPENDED", { reason: r.reason }) : t("SUSPENDED_NO_REASON");
      case "STOPPED":
        return r.reason ? t("STOPPED", { reason: r.reason }) : t("STOPPED_NO_REASON");
      case "NOT_STARTED":
        return t("NOT_STARTED", { date: day(r.startDay) });
      case "FINISHED":
        return t("FINISHED");
    }
  };
  const shown = max ? health.reasons.slice(0, max) : health.reasons;
  if (health.reasons.length === 0) return <p className="text-sm text-slate-700">{t("ON_TRACK")}</p>;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
      {shown.map((r, i) => (
        <li key={i}>{text(r)}</li>
      ))}
      {max && health.reasons.length > max ? <li className="list-none text-slate-600">{t("more", { count: health.reasons.length - max })}</li> : null}
    </ul>
  );
}
