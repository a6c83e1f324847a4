import type { DocumentBlock, OfficialHeader, Recipients, SignatureBlock } from "./official-document-model";
import "./official-document.css";

/** Paragraphs, a dash list, an italic note or a ruled table, as Decree 30 documents set them. */
export function DocumentBlockView({ block }: { block: DocumentBlock }) {
  switch (block.kind) {
    case "paragraphs":
      return block.paragraphs.map((p, i) => (
        <p key={i} className={block.keepWithNext && i === block.paragraphs.length - 1 ? "od-paragraph od-keep-with-next" : "od-paragraph"}>
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
 * The header block (Decree 30, Annex I): the superior and the issuing body on the left with the
 * document's number under them, the national name and motto on the right with the place and date.
 */
export function OfficialHeaderBlock({ header }: { header: OfficialHeader }) {
  return (
    <header className="od-header">
      <div>
        {header.superiorUnit ? <p>{header.superiorUnit}</p> : null}
        <p className="od-bold">{header.unit}</p>
        <hr className="od-rule od-rule-unit" />
        {header.number !== undefined ? <p className="od-number">{header.number}</p> : null}
      </div>
      <div>
        <p className="od-bold od-nation">{header.nation}</p>
        <p className="od-bold od-nation od-motto">
          <span>{header.motto}</span>
        </p>
        <p className="od-place-date">{header.placeDate}</p>
      </div>
    </header>
  );
}

/** "Nơi nhận" on the left, the signature block on the right. */
export function SignOff({ recipients, signature }: { recipients: Recipients; signature: SignatureBlock }) {
  return (
    <div className="od-signoff">
      <div className="od-recipients">
        <p>{recipients.heading}</p>
        {recipients.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
      <div className="od-signature">
        <p className="od-bold">{signature.role}</p>
        {signature.hint ? <p className="od-hint">{signature.hint}</p> : null}
        <p className="od-signer">{signature.name}</p>
      </div>
    </div>
  );
}
