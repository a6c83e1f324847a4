/**
 * The periodic table's rows from counts per proposer unit (KL 14 §3.2): one row per unit down to
 * `detail` levels below the report's root, a subtotal for every unit that has units below it, and
 * the grand total. Every measure counts distinct proposals and each proposal sits in exactly one
 * unit, so a subtotal is the plain sum of the rows below it — computed here once, for the page and
 * every export alike.
 */
import { MEASURES, type Measure } from "./reports";

export type Counts = Record<Measure, number>;

export function zeroCounts(): Counts {
  return Object.fromEntries(MEASURES.map((m) => [m, 0])) as Counts;
}

function addInto(target: Counts, source: Partial<Counts>) {
  for (const m of MEASURES) target[m] += source[m] ?? 0;
}

export type TreeUnit = { readonly id: string; readonly name: string; readonly path: string; readonly depth: number };

/**
 * - "subtotal": a unit with units below it (its whole subtree), shown above them;
 * - "own": the proposals of such a unit itself (its own staff), when there are any;
 * - "unit": a unit without units below it in the table (its whole subtree);
 * - "total": the report's root unit and everything below it.
 */
export type ReportRowKind = "subtotal" | "own" | "unit" | "total";

export type ReportRow = {
  readonly kind: ReportRowKind;
  readonly unitId: string;
  readonly name: string;
  /** 0 for the root (total, root's own row), 1 for the units right below it, … */
  readonly level: number;
  /** "1", "1.2", "1.2.3": the row's place in the tree ("" for total and own rows). */
  readonly number: string;
  /** Drill-down: the unit's whole subtree, or only its own proposals. */
  readonly own: boolean;
  readonly counts: Counts;
};

/** The ids below `rootPath` in a unit path, root excluded: "/r/a/b/" under "/r/" → ["a", "b"]. */
export function relativeIds(path: string, rootPath: string): string[] | null {
  if (!path.startsWith(rootPath)) return null;
  return path.slice(rootPath.length).split("/").filter(Boolean);
}

export function buildReportRows(input: {
  readonly root: TreeUnit;
  /** Units of the subtree down to root.depth + detail (deeper ones are folded into their ancestor). */
  readonly units: readonly TreeUnit[];
  /** Counts per proposer unit, keyed by the unit's path (any depth in the subtree). */
  readonly countsByUnitPath: ReadonlyMap<string, Partial<Counts>>;
  readonly detail: number;
  readonly collator?: Intl.Collator;
}): ReportRow[] {
  const { root, detail } = input;
  const collator = input.collator ?? new Intl.Collator("vi");
  const subtree = new Map<string, Counts>();
  const own = new Map<string, Counts>();
  const total = zeroCounts();
  const bucket = (map: Map<string, Counts>, id: string) => {
    let c = map.get(id);
    if (!c) {
      c = zeroCounts();
      map.set(id, c);
    }
    return c;
  };

  for (const [path, counts] of input.countsByUnitPath) {
    const rel = relativeIds(path, root.path);
    if (rel === null) continue; // outside the root: never counted (the SQL is scoped the same way)
    addInto(total, counts);
    for (let j = 0; j < Math.min(rel.length, detail); j++) addInto(bucket(subtree, rel[j]), counts);
    if (rel.length < detail) addInto(bucket(own, rel.length === 0 ? root.id : rel[rel.length - 1]), counts);
  }

  const children = new Map<string, TreeUnit[]>();
  for (const u of input.units) {
    const rel = relativeIds(u.path, root.path);
    if (!rel || rel.length === 0 || rel.length > detail) continue;
    const parentId = rel.length === 1 ? root.id : rel[rel.length - 2];
    const list = children.get(parentId) ?? [];
    list.push(u);
    children.set(parentId, list);
  }
  for (const list of children.values()) list.sort((a, b) => collator.compare(a.name, b.name));

  const nonZero = (c: Counts | undefined) => !!c && MEASURES.some((m) => c[m] > 0);
  const rows: ReportRow[] = [];
  if (nonZero(own.get(root.id)) && (children.get(root.id)?.length ?? 0) > 0) {
    rows.push({ kind: "own", unitId: root.id, name: root.name, level: 0, number: "", own: true, counts: own.get(root.id)! });
  }
  const walk = (parentId: string, level: number, prefix: string) => {
    (children.get(parentId) ?? []).forEach((u, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      const kids = level < detail ? (children.get(u.id) ?? []) : [];
      const counts = subtree.get(u.id) ?? zeroCounts();
      if (kids.length === 0) {
        rows.push({ kind: "unit", unitId: u.id, name: u.name, level, number, own: false, counts });
        return;
      }
      rows.push({ kind: "subtotal", unitId: u.id, name: u.name, level, number, own: false, counts });
      if (nonZero(own.get(u.id))) rows.push({ kind: "own", unitId: u.id, name: u.name, level: level + 1, number: "", own: true, counts: own.get(u.id)! });
      walk(u.id, level + 1, number);
    });
  };
  walk(root.id, 1, "");
  rows.push({ kind: "total", unitId: root.id, name: root.name, level: 0, number: "", own: false, counts: total });
  return rows;
}
