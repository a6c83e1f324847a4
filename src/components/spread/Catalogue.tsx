/**
 * The catalogue of effective models (KL 14 §2.5), shared by the signed-in page and the public
 * page: the search form and the model cards. Everything shown comes from the published model row
 * (unit and published contact; never the authors).
 */
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/Badge";
import { cx } from "@/components/ui/cx";
import { Button, ButtonLink } from "@/components/ui/Button";
import { Input, Select } from "@/components/ui/Field";
import { Table, Td, Th } from "@/components/ui/Table";
import { FIELDS } from "@/domain/plan";
import { REPLICATION_FILTERS, type CatalogueFilter, type ModelResult } from "@/domain/spread";

export type ModelCardView = {
  id: string;
  title: string;
  field: string;
  summary: string;
  results: ModelResult[];
  contactName: string;
  contactTitle: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  publishedAt: Date;
  unit: { id: string; name: string };
  replications: number;
};

export function CatalogueSearch({ action, filter, units }: { action: string; filter: CatalogueFilter; units: { id: string; name: string }[] }) {
  const t = useTranslations("catalogue");
  const tf = useTranslations("fields");
  const filtered = !!(filter.q || filter.field || filter.unitId || filter.outcome);
  return (
    <form role="search" method="get" action={action} className="mb-6 space-y-2">
      <div className="grid gap-2 sm:grid-cols-2 lg:grid-cols-[1fr_12rem_14rem_14rem_auto]">
        <div>
          <label className="sr-only" htmlFor="catalogue-q">{t("search")}</label>
          <Input id="catalogue-q" name="q" type="search" defaultValue={filter.q ?? ""} placeholder={t("searchPlaceholder")} aria-describedby="catalogue-q-hint" />
        </div>
        <div>
          <label className="sr-only" htmlFor="catalogue-field">{t("field")}</label>
          <Select id="catalogue-field" name="field" defaultValue={filter.field ?? ""}>
            <option value="">{t("allFields")}</option>
            {FIELDS.map((f) => (
              <option key={f} value={f}>{tf(f)}</option>
            ))}
          </Select>
        </div>
        <div>
          <label className="sr-only" htmlFor="catalogue-unit">{t("unit")}</label>
          <Select id="catalogue-unit" name="unitId" defaultValue={filter.unitId ?? ""}>
            <option value="">{t("allUnits")}</option>
            {units.map((u) => (
              <option key={u.id} value={u.id}>{u.name}</option>
            ))}
          </Select>
        </div>
        <div>
          <label className="sr-only" htmlFor="catalogue-outcome">{t("outcome")}</label>
          <Select id="catalogue-outcome" name="outcome" defaultValue={filter.outcome ?? ""}>
            <option value="">{t("outcome")}: {t("allOutcomes")}</option>
            {REPLICATION_FILTERS.map((o) => (
              <option key={o} value={o}>{t(`outcomes.${o}`)}</option>
            ))}
          </Select>
        </div>
        <Button type="submit" variant="secondary">{t("filter")}</Button>
      </div>
      <p id="catalogue-q-hint" className="flex flex-wrap items-center gap-3 text-xs text-slate-600">
        {t("searchHint")}
        {filtered ? <Link className="text-blue-800 underline" href={action}>{t("reset")}</Link> : null}
      </p>
    </form>
  );
}

export function ModelResults({ results }: { results: ModelResult[] }) {
  const t = useTranslations("spread");
  const tc = useTranslations("catalogue");
  return (
    <Table caption={tc("resultsCaption")}>
      <thead>
        <tr>
          <Th>{t("indicator")}</Th>
          <Th className="text-right">{t("baseline")}</Th>
          <Th className="text-right">{t("target")}</Th>
          <Th className="text-right">{t("achieved")}</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {results.map((r, i) => (
          <tr key={i}>
            <Td>{r.indicator} <span className="text-slate-600">({r.unit})</span></Td>
            <Td className="text-right tabular-nums">{r.baseline || "—"}</Td>
            <Td className="text-right tabular-nums">{r.target || "—"}</Td>
            <Td className="text-right font-medium tabular-nums">{r.achieved}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ModelContact({ m }: { m: Pick<ModelCardView, "contactName" | "contactTitle" | "contactEmail" | "contactPhone" | "unit"> }) {
  return (
    <p className="text-sm text-slate-700">
      {m.contactName}
      {m.contactTitle ? `, ${m.contactTitle}` : ""} — {m.unit.name}
      {m.contactEmail ? (
        <>
          {" · "}
          <a className="text-blue-800 underline" href={`mailto:${m.contactEmail}`}>{m.contactEmail}</a>
        </>
      ) : null}
      {m.contactPhone ? ` · ${m.contactPhone}` : null}
    </p>
  );
}

/** One model in a list: a link to its page when signed in, the whole model inline on the public page. */
export function ModelCard({ m, href }: { m: ModelCardView; href: string | null }) {
  const t = useTranslations("catalogue");
  const tf = useTranslations("fields");
  const format = useFormatter();
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600">
        <Badge tone="brand">{tf.has(m.field) ? tf(m.field) : m.field}</Badge>
        <span>
          {m.unit.name} · {t("publishedOn", { date: format.dateTime(m.publishedAt, { day: "2-digit", month: "2-digit", year: "numeric" }) })}
        </span>
        <Badge tone={m.replications ? "success" : "neutral"}>{t("replications", { count: m.replications })}</Badge>
      </div>
      <h2 className="mt-2 text-base font-semibold text-slate-900">
        {href ? <Link className="hover:underline" href={href}>{m.title}</Link> : m.title}
      </h2>
      <p className={cx("mt-1 whitespace-pre-line text-sm text-slate-700", href ? "line-clamp-3" : null)}>{m.summary}</p>
      {href ? (
        <ButtonLink className="mt-3" size="sm" variant="secondary" href={href}>{t("details")}</ButtonLink>
      ) : (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-800">{t("details")}</summary>
          <div className="mt-3 space-y-3">
            <h3 className="text-sm font-semibold text-slate-800">{t("results")}</h3>
            <ModelResults results={m.results} />
            <h3 className="text-sm font-semibold text-slate-800">{t("contact")}</h3>
            <ModelContact m={m} />
          </div>
        </details>
      )}
    </li>
  );
}
