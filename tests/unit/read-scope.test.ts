import { describe, expect, it } from "vitest";

import { ACTIONS } from "@/domain/actions";
import { type Actor, can, isEmptyScope, type Membership, type ProposalResource, readScope, type Resource, scopeIncludes } from "@/domain/permissions";
import { ROLES } from "@/domain/roles";
import { STATES } from "@/domain/workflow";

/** Deterministic PRNG (mulberry32), so a failure always reproduces. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A tree of 3 levels under a root: r → a, b, c → a0…c2 → a00…c22 (40 units). */
const UNITS: { id: string; path: string; parent: string | null }[] = [{ id: "r", path: "/r/", parent: null }];
for (const p of ["a", "b", "c"]) {
  UNITS.push({ id: p, path: `/r/${p}/`, parent: "r" });
  for (let i = 0; i < 3; i += 1) {
    UNITS.push({ id: `${p}${i}`, path: `/r/${p}/${p}${i}/`, parent: p });
    for (let j = 0; j < 3; j += 1) UNITS.push({ id: `${p}${i}${j}`, path: `/r/${p}/${p}${i}/${p}${i}${j}/`, parent: `${p}${i}` });
  }
}
const USERS = Array.from({ length: 8 }, (_, i) => `u${i}`);

const rnd = prng(20231029);
const pick = <T,>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)] as T;
const unitById = (id: string) => UNITS.find((u) => u.id === id) ?? UNITS[0]!;

function randomActor(): Actor {
  const count = Math.floor(rnd() * 4);
  const memberships: Membership[] = Array.from({ length: count }, () => {
    const u = pick(UNITS);
    return { unitId: u.id, unitPath: u.path, role: pick(ROLES) };
  });
  return { userId: pick(USERS), memberships };
}

function randomResource(): Resource {
  const u = pick(UNITS);
  if (rnd() < 0.25) return { kind: "unit", unitId: u.id, unitPath: u.path };
  const deciding = rnd() < 0.3 && u.parent !== null ? unitById(u.parent) : u;
  const coAuthorIds = USERS.filter(() => rnd() < 0.15);
  const proposal: ProposalResource = {
    kind: "proposal",
    unitId: u.id,
    unitPath: u.path,
    decidingUnitId: deciding.id,
    decidingUnitPath: deciding.path,
    authorId: pick(USERS),
    coAuthorIds,
    status: pick(STATES),
  };
  return proposal;
}

describe("readScope and can come from the same table and cannot disagree", () => {
  const actors = Array.from({ length: 150 }, randomActor);
  const resources = Array.from({ length: 150 }, randomResource);

  it.each(ACTIONS.map((a) => [a] as const))("%s: can(actor, action, r) === scopeIncludes(readScope(actor, action), r)", (action) => {
    let granted = 0;
    for (const a of actors) {
      const scope = readScope(a, action);
      for (const r of resources) {
        const expected = can(a, action, r);
        if (scopeIncludes(scope, r) !== expected) {
          throw new Error(`disagreement: ${JSON.stringify({ action, actor: a, resource: r, scope })}`);
        }
        if (expected) granted += 1;
      }
      if (isEmptyScope(scope)) expect(resources.some((r) => can(a, action, r))).toBe(false);
    }
    // The random sample must exercise the grant side too, or agreement proves nothing.
    expect(granted).toBeGreaterThan(0);
  });
});
