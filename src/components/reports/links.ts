/**
 * URLs between the report pages (pure; the pages pass the resolved report in). Every number links
 * to `/reports/proposals?measure=…&unit=…&from=…&to=…&field=…` — the list of what it counts.
 */
export type ReportLinkBase = { root: string; from: string; to: string; field: string | null; detail: number };

function query(entries: Record<string, string | null | undefined>): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(entries)) if (v) q.set(k, v);
  return q.toString();
}

export function reportHref(path: "/reports" | "/reports/periodic", base: ReportLinkBase, overrides: Partial<ReportLinkBase> = {}): string {
  const b = { ...base, ...overrides };
  return `${path}?${query({ unit: b.root, from: b.from, to: b.to, field: b.field, detail: String(b.detail) })}`;
}

/** The proposals one number counts: `unit` is the row's unit, `own` its own proposals only. */
export function drillHref(base: ReportLinkBase, measure: string, unit: { id: string; own?: boolean }): string {
  return `/reports/proposals?${query({
    measure,
    unit: unit.id,
    own: unit.own ? "1" : null,
    from: base.from,
    to: base.to,
    field: base.field,
    root: base.root !== unit.id ? base.root : null,
    detail: String(base.detail),
  })}`;
}
