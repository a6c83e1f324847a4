import type { DossierModel } from "./dossier-model";

/** The protection dossier for screen and print: the checkpoint (QR and text) first, then the record section by section. */
export function DossierDocument({ model: m, qr }: { model: DossierModel; qr: { path: string; size: number } | null }) {
  return (
    <article lang={m.lang} className="mx-auto max-w-[210mm] space-y-6 bg-white p-6 text-slate-900 shadow-sm print:max-w-none print:p-0 print:shadow-none">
      <header className="space-y-2 text-center">
        <h1 className="text-xl font-bold uppercase">{m.title}</h1>
        <p className="font-semibold">{m.subtitle}</p>
      </header>
      <dl className="grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]">
        {m.facts.map((f) => (
          <div key={f.label} className="contents">
            <dt className="font-medium text-slate-600">{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <section aria-labelledby="dossier-checkpoint" className="flex flex-wrap items-start gap-4 rounded-md border border-slate-300 p-3">
        {qr ? (
          <svg role="img" aria-label={m.checkpoint.label} viewBox={`-2 -2 ${qr.size + 4} ${qr.size + 4}`} className="h-40 w-40 shrink-0 bg-white" shapeRendering="crispEdges">
            <path d={qr.path} fill="#000" />
          </svg>
        ) : null}
        <div className="min-w-0 flex-1 space-y-2 text-sm">
          <h2 id="dossier-checkpoint" className="font-semibold">{m.checkpoint.label}</h2>
          <p className="break-all">{m.checkpoint.text}</p>
          <p className="text-slate-600">{m.checkpoint.hint}</p>
          <p className="font-medium">{m.checkpoint.payloadLabel}</p>
          <p data-testid="dossier-payload" className="break-all rounded bg-slate-100 p-2 font-mono text-xs">{m.checkpoint.payload}</p>
        </div>
      </section>
      {m.sections.map((s) => (
        <section key={s.title} className="space-y-2 break-inside-auto">
          <h2 className="border-b border-slate-300 pb-1 text-base font-semibold">{s.title}</h2>
          {s.items.length === 0 ? <p className="text-sm italic text-slate-600">{s.empty}</p> : null}
          <ol className="space-y-3">
            {s.items.map((i, n) => (
              <li key={n} className="break-inside-avoid text-sm">
                <p className="font-semibold">{i.heading}</p>
                {i.lines.map((l, j) => (
                  <p key={j} className="whitespace-pre-line">{l}</p>
                ))}
                <p className="break-all font-mono text-xs text-slate-600">{i.audit}</p>
                <p className="break-all font-mono text-xs text-slate-600">{i.digest}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </article>
  );
}
