import { useFormatter, useTranslations } from "next-intl";
import type { PlanDraft } from "@/domain/plan";
import { Table, Td, Th } from "@/components/ui/Table";
import { parseMoney } from "@/domain/money";

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section className="break-inside-avoid">
      <h3 className="mb-1 text-sm font-semibold uppercase tracking-wide text-slate-700">{title}</h3>
      <div className="whitespace-pre-line text-slate-900">{children}</div>
    </section>
  );
}

/** The plan as a readable document (Art. 7.2 headings in order). Accepts a partly filled draft. */
export function PlanDocument({ plan }: { plan: PlanDraft }) {
  const t = useTranslations("proposal");
  const tp = useTranslations("proposals");
  const tf = useTranslations("fields");
  const format = useFormatter();
  const dash = "—";
  const day = (d?: string) => (d && /^\d{4}-\d{2}-\d{2}$/.test(d) ? format.dateTime(new Date(`${d}T00:00:00Z`), { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" }) : dash);
  const text = (v?: string) => (v && v.trim() ? v : dash);
  return (
    <article className="space-y-5 font-serif text-[15px] leading-relaxed">
      <dl className="grid gap-x-6 gap-y-1 font-sans text-sm sm:grid-cols-2">
        <div>
          <dt className="inline font-semibold">{t("sections.bottleneckKind")}: </dt>
          <dd className="inline">{plan.bottleneckKind ? t(`bottleneckKind.${plan.bottleneckKind}`) : dash}</dd>
        </div>
        <div>
          <dt className="inline font-semibold">{t("sections.timeline")}: </dt>
          <dd className="inline">
            {day(plan.startDate)} – {day(plan.endDate)}
          </dd>
        </div>
        <div>
          <dt className="inline font-semibold">{tp("field")}: </dt>
          <dd className="inline">{plan.field ? tf(plan.field) : dash}</dd>
        </div>
      </dl>
      <Section title={`1. ${t("sections.bottleneck")}`}>{text(plan.bottleneck)}</Section>
      <Section title={`2. ${t("sections.necessity")}`}>{text(plan.necessity)}</Section>
      <Section title={`3. ${t("sections.purpose")}`}>{text(plan.purpose)}</Section>
      <Section title={`4. ${t("sections.content")}`}>{text(plan.content)}</Section>
      <Section title={`5. ${t("sections.scope")}`}>{text(plan.scope)}</Section>
      <Section title={`6. ${t("sections.executors")}`}>{text(plan.executors)}</Section>
      <Section title={`7. ${t("sections.timeline")}`}>
        {plan.milestones?.length ? (
          <ul className="list-disc pl-5">
            {plan.milestones.map((m, i) => (
              <li key={i}>
                {day(m.date)}: {text(m.title)}
              </li>
            ))}
          </ul>
        ) : (
          `${day(plan.startDate)} – ${day(plan.endDate)}`
        )}
      </Section>
      <Section title={`8. ${t("sections.resources")}`}>
        <ul className="list-disc pl-5">
          <li>
            {t("sections.budget")}: {plan.budgetVnd && parseMoney(plan.budgetVnd) !== null ? `${format.number(Number(parseMoney(plan.budgetVnd)))} đ` : dash}
          </li>
          <li>
            {t("sections.people")}: {plan.people ? t("people", { count: plan.people }) : dash}
          </li>
          <li>
            {t("sections.equipment")}: {text(plan.equipment)}
          </li>
        </ul>
      </Section>
      <Section title={`9. ${t("sections.feasibility")}`}>{text(plan.feasibility)}</Section>
      <Section title={`10. ${t("sections.impactPositive")}`}>{text(plan.impactPositive)}</Section>
      <Section title={`11. ${t("sections.impactNegative")}`}>{text(plan.impactNegative)}</Section>
      <Section title={`12. ${t("sections.effectiveness")}`}>{text(plan.effectiveness)}</Section>
      <section className="break-inside-avoid font-sans">
        <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700">13. {t("sections.kpis")}</h3>
        {plan.kpis?.length ? (
          <Table caption={t("sections.kpis")}>
            <thead>
              <tr>
                <Th>{t("kpi.name")}</Th>
                <Th>{t("kpi.unit")}</Th>
                <Th className="text-right">{t("kpi.baseline")}</Th>
                <Th className="text-right">{t("kpi.target")}</Th>
                <Th>{t("kpi.method")}</Th>
              </tr>
            </thead>
            <tbody>
              {plan.kpis.map((k, i) => (
                <tr key={i}>
                  <Td>{text(k.name)}</Td>
                  <Td>{text(k.unit)}</Td>
                  <Td className="text-right tabular-nums">{text(k.baseline)}</Td>
                  <Td className="text-right tabular-nums">{text(k.target)}</Td>
                  <Td>{text(k.method)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          dash
        )}
      </section>
      <section className="break-inside-avoid font-sans">
        <h3 className="mb-2 text-sm font-semibold uppercase tracking-wide text-slate-700">14. {t("sections.risks")}</h3>
        {plan.risks?.length ? (
          <Table caption={t("sections.risks")}>
            <thead>
              <tr>
                <Th>{t("risk.description")}</Th>
                <Th>{t("risk.likelihood")}</Th>
                <Th>{t("risk.impact")}</Th>
                <Th>{t("risk.mitigation")}</Th>
              </tr>
            </thead>
            <tbody>
              {plan.risks.map((r, i) => (
                <tr key={i}>
                  <Td>{text(r.description)}</Td>
                  <Td>{r.likelihood ? t(`level.${r.likelihood}`) : dash}</Td>
                  <Td>{r.impact ? t(`level.${r.impact}`) : dash}</Td>
                  <Td>{text(r.mitigation)}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : (
          dash
        )}
      </section>
    </article>
  );
}
