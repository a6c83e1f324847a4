import type { useFormatter } from "next-intl";
import type { AmendmentChanges } from "@/domain/execution";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Format = ReturnType<typeof useFormatter>;

/** "Thời gian kết thúc: 31/12/2026 → 28/02/2027": one line per field an amendment changed (pilots.amendment.*). */
export function changeLines(c: AmendmentChanges, t: Translate, format: Format): string[] {
  const day = (s: string) => format.dateTime(new Date(`${s}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });
  const money = (v: string | null) => (v ? `${format.number(Number(v))} đ` : "—");
  const lines: string[] = [];
  if (c.scope) lines.push(t("amendment.scope", { from: c.scope.from ?? "—", to: c.scope.to ?? "—" }));
  if (c.endDate) lines.push(t("amendment.endDate", { from: day(c.endDate.from), to: day(c.endDate.to) }));
  if (c.budgetVnd) lines.push(t("amendment.budget", { from: money(c.budgetVnd.from), to: money(c.budgetVnd.to) }));
  if (c.people) lines.push(t("amendment.people", { from: String(c.people.from ?? "—"), to: String(c.people.to ?? "—") }));
  if (c.equipment) lines.push(t("amendment.equipment", { from: c.equipment.from ?? "—", to: c.equipment.to ?? "—" }));
  for (const k of c.targets ?? []) lines.push(t("amendment.target", { name: k.name, from: k.from, to: k.to }));
  return lines;
}
