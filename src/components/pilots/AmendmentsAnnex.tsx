import { useFormatter, useTranslations } from "next-intl";

export type AmendmentView = { id: string; number: number; createdAt: Date; reason: string; issuedBy: string; lines: string[] };

/** The decision's version history, printed after it: each adjustment as a numbered amendment (Art. 6). */
export function AmendmentsAnnex({ items }: { items: AmendmentView[] }) {
  const t = useTranslations("pilots.decision");
  const format = useFormatter();
  if (!items.length) return null;
  return (
    <article className="official-document" aria-labelledby="amendments-title">
      <h2 id="amendments-title" className="od-title">
        <span className="od-title-line">{t("amendmentsTitle")}</span>
      </h2>
      {items.map((a) => (
        <section key={a.id} className="od-article">
          <p className="od-paragraph">
            <strong>{t("amendment", { number: a.number, date: format.dateTime(a.createdAt, { day: "2-digit", month: "2-digit", year: "numeric" }) })}</strong>
            {a.issuedBy ? ` — ${a.issuedBy}` : ""}
          </p>
          {a.lines.map((l) => (
            <p key={l} className="od-paragraph">
              {l}
            </p>
          ))}
          <p className="od-paragraph">{t("amendmentReason", { reason: a.reason })}</p>
        </section>
      ))}
    </article>
  );
}
