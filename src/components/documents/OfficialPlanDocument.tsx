import { DocumentBlockView, OfficialHeaderBlock, SignOff } from "./OfficialParts";
import type { PlanDocumentModel } from "./plan-document-model";
import "./official-document.css";

/**
 * The plan laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP) for printing:
 * the same model the PDF is drawn from, in the document's own language (`lang`).
 */
export function OfficialPlanDocument({ model: m }: { model: PlanDocumentModel }) {
  return (
    <article lang={m.lang} className="official-document">
      <OfficialHeaderBlock header={m.header} />

      <h1 className="od-title">
        {m.title}
        <span className="od-subject">{m.subject}</span>
      </h1>
      <hr className="od-rule od-rule-subject" />
      <p className="od-basis">{m.basis}</p>
      <p className="od-reference">
        {m.reference.map((r) => (
          <span key={r}>{r}</span>
        ))}
      </p>

      <dl className="od-facts">
        {m.facts.map((f) => (
          <div key={f.label}>
            <dt>{f.label}: </dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>

      {m.groups.map((g) => (
        <section key={g.number} className="od-group">
          <h2>
            {g.number}. {g.heading}
          </h2>
          {g.sections.map((s) => (
            <section key={s.number} className="od-section">
              <h3>
                {s.number}. {s.heading}
              </h3>
              {s.blocks.map((b, i) => (
                <DocumentBlockView key={i} block={b} />
              ))}
            </section>
          ))}
        </section>
      ))}

      <section className="od-closing">
        <h2>{m.declaration.heading}</h2>
        <p className="od-paragraph">{m.declaration.text}</p>
        {m.declaration.note ? <p className="od-note">{m.declaration.note}</p> : null}
        <SignOff recipients={m.recipients} signature={m.signature} />
      </section>
    </article>
  );
}
