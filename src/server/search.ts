/**
 * Text typed into a search box, made safe for Prisma's `contains` / `startsWith` (SQL LIKE): `%`
 * and `_` match themselves rather than acting as wildcards, and NUL characters (which PostgreSQL
 * refuses) are dropped.
 */
export function likeLiteral(text: string): string {
  return text.replace(/\u0000/g, "").replace(/[\\%_]/g, (c) => `\\${c}`);
}
