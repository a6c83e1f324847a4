/**
 * Bulk writing for the volume seed: one `INSERT … SELECT FROM unnest($1::type[], …)` per chunk,
 * so 10k rows travel as a handful of array parameters instead of 10k × n placeholders. Column
 * names are checked at compile time against Prisma's CreateMany input of the model.
 */
import type pg from "pg";

/** SQL type of a column as written in the array cast: text, int, boolean, timestamp(3), date, bigint, jsonb, or an enum name. */
export type Column<T> = { name: keyof T & string; type: string };

type Cell = string | number | boolean | bigint | Date | null | undefined;

function cell(v: Cell): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString(); // into timestamp(3) (UTC, as Prisma stores it): the zone suffix is ignored
  if (typeof v === "bigint") return v.toString();
  return v;
}

/**
 * Inserts `rows` in chunks. `computed` adds columns computed in SQL from the unnested ones
 * (`u."col"`) and from extra parameters (`$extra1`, … numbered after the arrays), e.g. a plan JSON
 * built from one template: `{ draft: "$tpl::jsonb || jsonb_build_object('title', u.\"title\")" }`.
 */
export async function bulkInsert<T extends object>(
  client: pg.ClientBase,
  table: string,
  columns: readonly Column<T>[],
  rows: readonly T[],
  opts: {
    chunk?: number;
    computed?: Record<string, string>;
    /** Extra parameters referenced by `computed` as $tpl, $tpl2 … (name → value). */
    params?: Record<string, unknown>;
    /** Columns present only to feed `computed` (not inserted themselves). */
    helperColumns?: readonly { name: string; type: string; value: (row: T) => Cell }[];
    onProgress?: (done: number) => void;
  } = {},
): Promise<number> {
  const chunk = opts.chunk ?? 5000;
  const helpers = opts.helperColumns ?? [];
  const arrays = [...columns.map((c) => ({ name: c.name, type: c.type })), ...helpers.map((h) => ({ name: h.name, type: h.type }))];
  const extraNames = Object.keys(opts.params ?? {});
  const paramIndex = (name: string) => arrays.length + extraNames.indexOf(name) + 1;
  const computed = Object.entries(opts.computed ?? {}).map(([col, expr]) => [
    col,
    expr.replace(/\$([a-zA-Z_][a-zA-Z0-9_]*)/g, (m, name: string) => (extraNames.includes(name) ? `$${paramIndex(name)}` : m)),
  ]);
  const insertCols = [...columns.map((c) => `"${c.name}"`), ...computed.map(([c]) => `"${c}"`)].join(", ");
  const selectCols = [...columns.map((c) => `u."${c.name}"`), ...computed.map(([, e]) => e)].join(", ");
  const unnest = arrays.map((a, i) => `$${i + 1}::${a.type}[]`).join(", ");
  const alias = arrays.map((a) => `"${a.name}"`).join(", ");
  const sql = `INSERT INTO "${table}" (${insertCols}) SELECT ${selectCols} FROM unnest(${unnest}) AS u(${alias})`;

  let done = 0;
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const values: unknown[] = [
      ...columns.map((c) => part.map((r) => cell((r as Record<string, Cell>)[c.name]))),
      ...helpers.map((h) => part.map((r) => cell(h.value(r)))),
      ...extraNames.map((n) => opts.params![n]),
    ];
    await client.query(sql, values);
    done += part.length;
    opts.onProgress?.(done);
  }
  return done;
}

/** Small, fast, seeded PRNG (mulberry32): the same volume data on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  /** Picks by weight: [[value, weight], …]. */
  const weighted = <T>(table: readonly (readonly [T, number])[]): T => {
    const total = table.reduce((s, [, w]) => s + w, 0);
    let r = next() * total;
    for (const [v, w] of table) {
      r -= w;
      if (r < 0) return v;
    }
    return table[table.length - 1][0];
  };
  return { next, int, pick, weighted, chance: (p: number) => next() < p };
}

/** cuid-like ids ("c" + 24 base-36 chars), unique within the process and sortable by creation. */
export function idFactory(rand: () => number) {
  const stamp = Date.now().toString(36).padStart(9, "0").slice(-9);
  let counter = 0;
  return () => {
    counter += 1;
    let tail = "";
    for (let i = 0; i < 9; i++) tail += Math.floor(rand() * 36).toString(36);
    return `c${stamp}${counter.toString(36).padStart(6, "0")}${tail}`;
  };
}
