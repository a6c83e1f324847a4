import type { DocumentBlock, PlanDocumentModel } from "./plan-document-model";
import "./official-document.css";

function Block({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case "paragraphs":
      return block.paragraphs.map((p, i) => (
        <p key={i} className="od-paragraph">
          {p}
        </p>
      ));
    case "list":
      return (
        <ul className="od-list">
          {block.items.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      );
    case "note":
      return <p className="od-note">{block.text}</p>;
    case "table": {
      const { table } = block;
      const total = table.columns.reduce((s, c) => s + c.weight, 0);
      return (
        <table className="od-table">
          <caption className="sr-only">{table.caption}</caption>
          <colgroup>
            {table.columns.map((c, i) => (
              <col key={i} style={{ width: `${((c.weight / total) * 100).toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((v, i) => (
                  <td key={i} style={{ textAlign: table.columns[i]?.align ?? "left" }}>
                    {v}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
  }
}

/**
 * The plan laid out as a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP) for printing:
 * the same model the PDF is drawn from, in the document's own language (`lang`).
 */
export function OfficialPlanDocument({ model: m }: { model: PlanDocumentModel }) {
  return (
    <article lang={m.lang} className="official-document">
      <header className="od-header">
        <div>
          {m.header.superiorUnit ? <p>{m.header.superiorUnit}</p> : null}
          <p className="od-bold">{m.header.unit}</p>
          <hr className="od-rule od-rule-unit" />
        </div>
        <div>
          <p className="od-bold od-nation">{m.header.nation}</p>
          <p className="od-bold od-nation od-motto">
            <span>{m.header.motto}</span>
          </p>
          <p className="od-place-date">{m.header.placeDate}</p>
        </div>
      </header>

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
                <Block key={i} block={b} />
              ))}
            </section>
          ))}
        </section>
      ))}

      <section className="od-closing">
        <h2>{m.declaration.heading}</h2>
        <p className="od-paragraph">{m.declaration.text}</p>
        {m.declaration.note ? <p className="od-note">{m.declaration.note}</p> : null}
        <div className="od-signoff">
          <div className="od-recipients">
            <p>{m.recipients.heading}</p>
            {m.recipients.lines.map((l) => (
              <p key={l}>{l}</p>
            ))}
          </div>
          <div className="od-signature">
            <p className="od-bold">{m.signature.role}</p>
            <p className="od-hint">{m.signature.hint}</p>
            <p className="od-signer">{m.signature.name}</p>
          </div>
        </div>
      </section>
    </article>
  );
}
