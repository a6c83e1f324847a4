import type { DecisionArticle, DecisionDocumentLayout } from "./decision-document-model";
import { DocumentBlockView, OfficialHeaderBlock, SignOff } from "./OfficialParts";
import "./official-document.css";

function Article({ article: a }: { article: DecisionArticle }) {
  return (
    <section className="od-article">
      <p className="od-paragraph">
        <strong>{a.number}</strong> {a.lead}
      </p>
      {a.blocks.map((b, i) => (
        <DocumentBlockView key={i} block={b} />
      ))}
    </section>
  );
}

/**
 * The written decision laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP)
 * for printing: the same model the PDF is drawn from, in the document's own language (`lang`).
 */
export function OfficialDecisionDocument({ model: m }: { model: DecisionDocumentLayout }) {
  return (
    <article lang={m.lang} className="official-document">
      <OfficialHeaderBlock header={m.header} />

      <h1 className="od-title">
        <span className="od-title-line">{m.title}</span>
        <span className="od-subject od-decision-subject">{m.subject}</span>
      </h1>
      <hr className="od-rule od-rule-subject" />
      <p className="od-issuer">{m.issuer}</p>

      <div className="od-preamble">
        {m.preamble.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
      <p className="od-decides">{m.decides}</p>

      {m.articles.slice(0, -1).map((a) => (
        <Article key={a.number} article={a} />
      ))}

      {/* The last article stays with the sign-off: a signature never stands on a page alone. */}
      <section className="od-closing">
        {m.articles.length ? <Article article={m.articles[m.articles.length - 1]} /> : null}
        <SignOff recipients={m.recipients} signature={m.signature} />
      </section>
    </article>
  );
}
