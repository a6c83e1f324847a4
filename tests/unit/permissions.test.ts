import { describe, expect, it } from "vitest";

import { ACTIONS, type Action } from "@/domain/actions";
import { ForbiddenError } from "@/domain/errors";
import {
  type Actor,
  allowedActions,
  assertCan,
  can,
  isInSubtree,
  type Membership,
  PERMISSION_TABLE,
  PERMISSIONS,
  type ProposalResource,
  readScope,
  resolveDecidingUnit,
  rolesOf,
  type Scope,
  type UnitResource,
  unitPathOf,
} from "@/domain/permissions";
import { ROLES, type Role } from "@/domain/roles";
import { STATES, type State } from "@/domain/workflow";

/*
 * Unit tree:            r
 *                 ┌─────┴─────┐
 *                 p1          p2   (provinces; p2 is foreign to everything under p1)
 *              ┌──┴──┐        │
 *              d1    d2       d3
 */
const PATH = {
  r: "/r/",
  p1: "/r/p1/",
  p2: "/r/p2/",
  d1: "/r/p1/d1/",
  d2: "/r/p1/d2/",
  d3: "/r/p2/d3/",
} as const;
type UnitId = keyof typeof PATH;

const at = (role: Role, unitId: UnitId): Membership => ({ role, unitId, unitPath: PATH[unitId] });
const actor = (userId: string, ...memberships: Membership[]): Actor => ({ userId, memberships });
const unit = (unitId: UnitId): UnitResource => ({ kind: "unit", unitId, unitPath: PATH[unitId] });

/** A plan written in d1 by alice with bob (from d2) as co-author, decided in d1. */
function proposal(status: State, overrides: Partial<ProposalResource> = {}): ProposalResource {
  return {
    kind: "proposal",
    unitId: "d1",
    unitPath: PATH.d1,
    decidingUnitId: "d1",
    decidingUnitPath: PATH.d1,
    authorId: "alice",
    coAuthorIds: ["bob"],
    status,
    ...overrides,
  };
}

const ACTORS = {
  author: actor("alice", at("PROPOSER", "d1")),
  coAuthor: actor("bob", at("PROPOSER", "d2")),
  colleague: actor("carol", at("PROPOSER", "d1")),
  headD1: actor("hd1", at("HEAD", "d1")),
  deputyD1: actor("dd1", at("DEPUTY", "d1")),
  partyD1: actor("pc1", at("PARTY_COMMITTEE", "d1")),
  monitorD1: actor("md1", at("MONITOR", "d1")),
  monitorP1: actor("mp1", at("MONITOR", "p1")),
  commissionP1: actor("cp1", at("COMMISSION", "p1")),
  adminP1: actor("ap1", at("ADMIN", "p1")),
  headP1: actor("hp1", at("HEAD", "p1")),
  deputyP1: actor("dp1", at("DEPUTY", "p1")),
  headD2: actor("hd2", at("HEAD", "d2")),
  headP2: actor("hp2", at("HEAD", "p2")),
  commissionP2: actor("cp2", at("COMMISSION", "p2")),
  adminR: actor("ar", at("ADMIN", "r")),
} as const;
type ActorName = keyof typeof ACTORS;
const ACTOR_NAMES = Object.keys(ACTORS) as ActorName[];

const READERS: ActorName[] = ["author", "coAuthor", "headD1", "deputyD1", "partyD1", "monitorD1", "monitorP1", "commissionP1", "headP1"];

/** Intent, written independently of the table: who may do what on the d1 plan in a typical state. */
const ON_PROPOSAL: Record<Exclude<Action, UnitAction>, { status: State; allowed: ActorName[]; why: string }> = {
  "proposal.read": { status: "SUBMITTED", allowed: READERS, why: "Art. 7–8, KL 14 §2.4, §3.2" },
  "proposal.update": { status: "DRAFT", allowed: ["author", "coAuthor"], why: "Art. 7.2: the proposer writes the plan" },
  "proposal.submit": { status: "DRAFT", allowed: ["author", "coAuthor"], why: "Art. 7: the proposer reports the plan to the head" },
  "proposal.withdraw": { status: "IN_REVIEW", allowed: ["author"], why: "[product] withdrawing is the proposer's alone, not a co-author's" },
  "coauthor.approve": { status: "SUBMITTED", allowed: ["headD1"], why: "[product] the deciding head accepts co-authors from outside its subtree" },
  "proposal.delete": { status: "DRAFT", allowed: ["author", "coAuthor"], why: "[product] an empty draft (the use-case also requires the author and no content)" },
  "proposal.review": { status: "SUBMITTED", allowed: ["headD1", "deputyD1"], why: "Art. 8.1: the collective discusses" },
  "proposal.return": { status: "IN_REVIEW", allowed: ["headD1"], why: "[product] practice in provinces" },
  "proposal.decide": { status: "IN_REVIEW", allowed: ["headD1"], why: "Art. 8: the head decides" },
  "proposal.close": { status: "EVALUATED", allowed: ["headD1"], why: "[product]" },
  "party.opine": { status: "IN_REVIEW", allowed: ["partyD1"], why: "Art. 4: the Party committee at the same level" },
  "meeting.record": { status: "IN_REVIEW", allowed: ["headD1"], why: "Art. 8.1: the head chairs the meeting" },
  "vote.cast": { status: "IN_REVIEW", allowed: ["headD1", "deputyD1"], why: "Art. 8.1: the leadership collective votes" },
  "pilot.read": { status: "IN_PROGRESS", allowed: READERS, why: "KL 14 §2.4" },
  "pilot.start": { status: "APPROVED", allowed: ["author", "coAuthor", "headD1"], why: "KL 14 §2.3" },
  "pilot.report": { status: "IN_PROGRESS", allowed: ["author", "coAuthor"], why: "[product] periodic progress reports" },
  "pilot.monitor": { status: "IN_PROGRESS", allowed: ["headD1", "partyD1", "monitorD1", "monitorP1"], why: "KL 14 §2.4" },
  "pilot.direct": { status: "SUSPENDED", allowed: ["headD1"], why: "Art. 6: continue, suspend or stop" },
  "pilot.finish": { status: "IN_PROGRESS", allowed: ["author", "coAuthor", "headD1"], why: "KL 14 §2.3" },
  "pilot.respond": { status: "IN_PROGRESS", allowed: ["headD1"], why: "Art. 10: the unit answers flags and support requests" },
  "pilot.acknowledge": { status: "SUSPENDED", allowed: ["author", "coAuthor"], why: "Art. 6: the proposer may not ignore a directive" },
  "result.report": { status: "STOPPED", allowed: ["author", "coAuthor"], why: "Art. 18: those who carried it out report" },
  "evaluation.decide": { status: "RESULT_REPORTED", allowed: ["headD1"], why: "Art. 18: the head chairs the evaluation" },
  "recognition.record": { status: "EVALUATED", allowed: ["headD1", "headP1"], why: "Art. 10: commendation" },
  "replication.record": { status: "CLOSED", allowed: ["headD1", "headP1"], why: "KL 14 §2.5: replicate effective models" },
  "model.publish": { status: "EVALUATED", allowed: ["headD1", "headP1"], why: "KL 14 §2.5: publicise effective models" },
  "institutionalisation.recommend": { status: "CLOSED", allowed: ["headD1", "headP1"], why: "KL 14 §2.5: recommend institutionalising" },
  "institutionalisation.update": { status: "EVALUATED", allowed: ["headD1", "headP1"], why: "KL 14 §2.5" },
};

type UnitAction =
  | "proposal.create"
  | "report.read"
  | "report.export"
  | "audit.read"
  | "audit.verify"
  | "unit.manage"
  | "user.manage"
  | "holiday.manage"
  | "regulation.manage"
  | "model.adopt"
  | "profile.read";

const ON_UNIT_D1: Record<UnitAction, { allowed: ActorName[]; why: string }> = {
  "proposal.create": { allowed: ["author", "colleague", "headD1", "deputyD1"], why: "Art. 7: a cadre proposes in their unit" },
  "report.read": {
    allowed: ["headD1", "deputyD1", "partyD1", "monitorD1", "monitorP1", "commissionP1", "headP1", "deputyP1"],
    why: "KL 14 §3.2",
  },
  "report.export": { allowed: ["headD1", "commissionP1", "headP1"], why: "KL 14 §3.2" },
  "audit.read": { allowed: ["headD1", "monitorD1", "monitorP1", "commissionP1", "headP1"], why: "[product]" },
  "audit.verify": { allowed: ["monitorD1", "monitorP1", "commissionP1", "adminP1", "adminR"], why: "[product]" },
  "unit.manage": { allowed: ["adminP1", "adminR"], why: "[product] administration" },
  "user.manage": { allowed: ["adminP1", "adminR"], why: "[product] administration" },
  "holiday.manage": { allowed: ["adminP1", "adminR"], why: "[product] administration" },
  "regulation.manage": { allowed: ["adminP1", "adminR"], why: "[product] administration" },
  "model.adopt": { allowed: ["author", "colleague", "headD1", "deputyD1"], why: "KL 14 §2.5: a unit adopts a model as a new plan" },
  "profile.read": { allowed: ["headD1", "deputyD1", "partyD1", "commissionP1", "headP1"], why: "Art. 10: the record counts in evaluation and appointment" },
};

describe("permission table: shape", () => {
  it("has exactly one row per action, each described in Vietnamese and English", () => {
    expect(PERMISSIONS.map((r) => r.action).sort()).toEqual([...ACTIONS].sort());
    for (const row of PERMISSIONS) {
      expect(row.description.vi.length, row.action).toBeGreaterThan(0);
      expect(row.description.en.length, row.action).toBeGreaterThan(0);
      expect(row.grants.length, row.action).toBeGreaterThan(0);
    }
    expect(Object.keys(ON_PROPOSAL).length + Object.keys(ON_UNIT_D1).length).toBe(ACTIONS.length);
  });

  it("OWN is granted only to PROPOSER, and unit actions use only UNIT or SUBTREE", () => {
    for (const row of PERMISSIONS) {
      for (const g of row.grants) {
        if (g.scope === "OWN") expect(g.role).toBe("PROPOSER");
        if (row.resource === "unit") expect(["UNIT", "SUBTREE"]).toContain(g.scope);
      }
    }
  });
});

describe("permission table: who may do what (intent)", () => {
  const proposalCases = (Object.entries(ON_PROPOSAL) as [Action, (typeof ON_PROPOSAL)[keyof typeof ON_PROPOSAL]][]).flatMap(
    ([action, { status, allowed, why }]) => ACTOR_NAMES.map((name) => ({ action, status, name, expected: allowed.includes(name), why })),
  );
  it.each(proposalCases)("$action on a $status plan of d1 — $name: $expected ($why)", ({ action, status, name, expected }) => {
    expect(can(ACTORS[name], action, proposal(status))).toBe(expected);
  });

  const unitCases = (Object.entries(ON_UNIT_D1) as [Action, { allowed: ActorName[]; why: string }][]).flatMap(([action, { allowed, why }]) =>
    ACTOR_NAMES.map((name) => ({ action, name, expected: allowed.includes(name), why })),
  );
  it.each(unitCases)("$action on unit d1 — $name: $expected ($why)", ({ action, name, expected }) => {
    expect(can(ACTORS[name], action, unit("d1"))).toBe(expected);
  });
});

describe("permission table: every grant, role × action × scope (foreign unit refused)", () => {
  /** A plan of d1 decided one level up, in p1, so that UNIT and DECIDING_UNIT differ. */
  const referred = (status: State) => proposal(status, { decidingUnitId: "p1", decidingUnitPath: PATH.p1, authorId: "zed", coAuthorIds: [] });
  const granting: Record<Exclude<Scope, "OWN">, Membership["unitId"][]> = {
    UNIT: ["d1"],
    DECIDING_UNIT: ["p1"],
    SUBTREE: ["d1", "p1", "r"],
    DECIDING_SUBTREE: ["p1", "r"],
  };
  const cases = PERMISSIONS.flatMap((row) =>
    row.grants.map((grant) => {
      const spec = PERMISSION_TABLE[row.action];
      const status: State =
        spec.resource === "proposal" ? (spec.states?.find((s) => !(spec.ownOnlyStates ?? []).includes(s)) ?? "SUBMITTED") : "SUBMITTED";
      return { action: row.action, role: grant.role, scope: grant.scope, status, kind: row.resource };
    }),
  );

  it.each(cases)("$action: $role with $scope scope is granted; the same role in a foreign unit is refused", ({ action, role, scope, status, kind }) => {
    const resource = kind === "unit" ? unit("d1") : referred(status);
    if (scope === "OWN") {
      expect(can(actor("zed"), action, resource)).toBe(true);
      expect(can(actor("someone-else", at("PROPOSER", "d1")), action, resource)).toBe(false);
      return;
    }
    for (const unitId of granting[scope]) {
      if (kind === "unit" && scope === "UNIT" && unitId !== "d1") continue;
      expect(can(actor("u", { role, unitId, unitPath: PATH[unitId as UnitId] }), action, resource), `${role}@${unitId}`).toBe(true);
    }
    for (const foreign of ["p2", "d3", "d2"] as const) {
      expect(can(actor("u", at(role, foreign)), action, resource), `${role}@${foreign}`).toBe(false);
    }
  });

  it("a role not granted an action gets nothing from holding it everywhere", () => {
    for (const row of PERMISSIONS) {
      const granted = new Set(row.grants.map((g) => g.role));
      for (const role of ROLES.filter((r) => !granted.has(r))) {
        const everywhere = actor("u", ...(Object.keys(PATH) as UnitId[]).map((id) => at(role, id)));
        const resource = row.resource === "unit" ? unit("d1") : proposal("SUBMITTED");
        for (const status of row.resource === "unit" ? ["SUBMITTED" as State] : STATES) {
          const r = resource.kind === "proposal" ? { ...resource, status } : resource;
          expect(can(everywhere, row.action, r), `${role} ${row.action} ${status}`).toBe(false);
        }
      }
    }
  });
});

describe("permissions: rules of the law", () => {
  it("Art. 7.4: the head's own plan is decided by the superior unit's head", () => {
    const decided = resolveDecidingUnit({
      unit: { unitId: "d1", unitPath: PATH.d1 },
      parent: { unitId: "p1", unitPath: PATH.p1 },
      proposerIds: ["hd1"],
      unitHeadIds: ["hd1"],
    });
    expect(decided).toEqual({ ok: true, decidingUnit: { unitId: "p1", unitPath: PATH.p1 }, referredToSuperior: true });

    const headsPlan = proposal("IN_REVIEW", { authorId: "hd1", coAuthorIds: [], decidingUnitId: "p1", decidingUnitPath: PATH.p1 });
    expect(can(ACTORS.headP1, "proposal.decide", headsPlan)).toBe(true);
    expect(can(ACTORS.headD1, "proposal.decide", headsPlan)).toBe(false);
    expect(can(ACTORS.deputyP1, "vote.cast", headsPlan)).toBe(true);
    expect(can(ACTORS.deputyD1, "vote.cast", headsPlan)).toBe(false); // not in the superior's collective
    expect(can(ACTORS.headD1, "proposal.read", headsPlan)).toBe(true); // as its author
    expect(can(ACTORS.deputyD1, "proposal.read", headsPlan)).toBe(true); // leadership of the unit
  });

  it("Art. 7.4: an ordinary plan is decided in its own unit; a co-authoring head also sends it up [product]", () => {
    const input = { unit: { unitId: "d1", unitPath: PATH.d1 }, parent: { unitId: "p1", unitPath: PATH.p1 }, unitHeadIds: ["hd1"] };
    expect(resolveDecidingUnit({ ...input, proposerIds: ["alice"] })).toMatchObject({ decidingUnit: { unitId: "d1" }, referredToSuperior: false });
    expect(resolveDecidingUnit({ ...input, proposerIds: ["alice", "hd1"] })).toMatchObject({ decidingUnit: { unitId: "p1" } });
    expect(resolveDecidingUnit({ ...input, parent: null, proposerIds: ["hd1"] })).toEqual({ ok: false, reason: "NO_SUPERIOR_UNIT" });
  });

  it("KL 14 §2.4: a monitor of the head's own unit does not oversee the head's plan; the superior's monitor does", () => {
    const headsPlan = proposal("IN_PROGRESS", { authorId: "hd1", coAuthorIds: [], decidingUnitId: "p1", decidingUnitPath: PATH.p1 });
    expect(can(ACTORS.monitorD1, "pilot.monitor", headsPlan)).toBe(false);
    expect(can(ACTORS.monitorP1, "pilot.monitor", headsPlan)).toBe(true);
  });

  it("Art. 8.1: a deputy who is the proposer does not vote, nor review the plan, but acts on it as its proposer", () => {
    const deputysPlan = proposal("IN_REVIEW", { authorId: "dd1", coAuthorIds: [] });
    expect(can(ACTORS.deputyD1, "vote.cast", deputysPlan)).toBe(false);
    expect(can(ACTORS.deputyD1, "proposal.review", deputysPlan)).toBe(false);
    expect(can(ACTORS.deputyD1, "proposal.withdraw", deputysPlan)).toBe(true);
    const coAuthored = proposal("IN_REVIEW", { coAuthorIds: ["dd1"] });
    expect(can(ACTORS.deputyD1, "vote.cast", coAuthored)).toBe(false);
  });

  it("Art. 8: the head decides only while a decision is pending", () => {
    for (const status of STATES) {
      expect(can(ACTORS.headD1, "proposal.decide", proposal(status)), status).toBe(status === "SUBMITTED" || status === "IN_REVIEW");
    }
  });

  it("Art. 7: a draft is visible to its authors only, until it is submitted", () => {
    for (const name of ACTOR_NAMES) {
      expect(can(ACTORS[name], "proposal.read", proposal("DRAFT")), name).toBe(name === "author" || name === "coAuthor");
    }
  });

  it("KL 14 §3.2: the Organisation Commission reads everything below it and changes no proposal", () => {
    for (const status of STATES) {
      expect(allowedActions(ACTORS.commissionP1, proposal(status)).filter((a) => a !== "proposal.read" && a !== "pilot.read")).toEqual([]);
    }
    expect(can(ACTORS.commissionP1, "proposal.read", proposal("SUBMITTED", { unitId: "d2", unitPath: PATH.d2 }))).toBe(true);
    expect(can(ACTORS.commissionP2, "proposal.read", proposal("SUBMITTED"))).toBe(false);
  });

  it("[product] an administrator never acts on proposal content", () => {
    for (const status of STATES) {
      expect(allowedActions(ACTORS.adminR, proposal(status)), status).toEqual([]);
    }
    expect(can(ACTORS.adminP1, "unit.manage", unit("d2"))).toBe(true);
    expect(can(ACTORS.adminP1, "unit.manage", unit("p2"))).toBe(false);
    expect(can(ACTORS.adminP1, "unit.manage", unit("r"))).toBe(false);
  });
});

describe("permissions: mechanics", () => {
  it("subtree means a path prefix ending in a slash: /r/p1/ is not an ancestor of /r/p10/", () => {
    const p10 = proposal("SUBMITTED", { unitId: "p10x", unitPath: "/r/p10/x/", decidingUnitId: "p10x", decidingUnitPath: "/r/p10/x/" });
    expect(can(ACTORS.headP1, "proposal.read", p10)).toBe(false);
    expect(isInSubtree("/r/p10/x/", "/r/p1/")).toBe(false);
    expect(isInSubtree("/r/p1/d1/", "/r/p1/")).toBe(true);
    expect(unitPathOf(["r", "p1"], "d1")).toBe("/r/p1/d1/");
  });

  it("a membership with a malformed path grants nothing", () => {
    const malformed = actor("m", { role: "HEAD", unitId: "p1", unitPath: "/r/p1" });
    expect(can(malformed, "proposal.read", proposal("SUBMITTED"))).toBe(false);
    expect(readScope(malformed, "proposal.read").unitPathPrefixes).toEqual([]);
  });

  it("an action on the wrong kind of resource is refused", () => {
    expect(can(ACTORS.headD1, "proposal.read", unit("d1"))).toBe(false);
    expect(can(ACTORS.adminP1, "unit.manage", proposal("SUBMITTED"))).toBe(false);
  });

  it("assertCan throws a typed ForbiddenError (HTTP 403)", () => {
    expect(() => assertCan(ACTORS.colleague, "proposal.decide", proposal("IN_REVIEW"))).toThrow(ForbiddenError);
    expect(() => assertCan(ACTORS.headD1, "proposal.decide", proposal("IN_REVIEW"))).not.toThrow();
    try {
      assertCan(ACTORS.colleague, "vote.cast", proposal("IN_REVIEW"));
    } catch (error) {
      expect(error).toMatchObject({ code: "FORBIDDEN", httpStatus: 403, action: "vote.cast" });
    }
  });

  it("rolesOf lists distinct roles in a stable order", () => {
    expect(rolesOf(actor("x", at("MONITOR", "d1"), at("HEAD", "d2"), at("MONITOR", "p1")))).toEqual(["HEAD", "MONITOR"]);
    expect(rolesOf(actor("x"))).toEqual([]);
  });

  it("allowedActions lists the buttons to show", () => {
    expect(allowedActions(ACTORS.author, proposal("DRAFT"))).toEqual(["proposal.read", "proposal.update", "proposal.submit", "proposal.withdraw", "proposal.delete"]);
    expect(allowedActions(ACTORS.headD1, proposal("IN_PROGRESS"))).toEqual(["proposal.read", "coauthor.approve", "pilot.read", "pilot.monitor", "pilot.direct", "pilot.finish", "pilot.respond"]);
  });

  it("readScope collapses nested subtrees and describes the table's restrictions", () => {
    const scope = readScope(actor("x", at("HEAD", "r"), at("HEAD", "p1"), at("DEPUTY", "d1")), "proposal.read");
    expect(scope).toEqual({
      resource: "proposal",
      userId: "x",
      own: true,
      unitIds: ["d1"],
      unitPathPrefixes: ["/r/"],
      decidingUnitIds: ["d1"],
      decidingUnitPathPrefixes: [],
      states: null,
      ownOnlyStates: ["DRAFT"],
      excludeAuthors: false,
      ownAuthorOnly: false,
    });
    expect(readScope(ACTORS.deputyD1, "vote.cast")).toMatchObject({ own: false, decidingUnitIds: ["d1"], excludeAuthors: true, states: ["SUBMITTED", "IN_REVIEW", "RESULT_REPORTED"] });
  });
});
