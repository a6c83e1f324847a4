/**
 * Authorization: ONE permission table (data the UI and the docs can read too) and
 * the functions that read it. `can()` answers for one resource; `readScope()`
 * describes every resource an actor may see, for the server to turn into a Prisma
 * `where`. Both read the same table, and a unit test checks they agree.
 *
 * Units form a tree; a unit's `unitPath` is its materialized path "/root/…/self/"
 * (ids, slash-delimited, leading and trailing slash), so X is in the subtree of U iff
 * X.unitPath starts with U.unitPath. A malformed membership path grants nothing.
 */
import type { Action } from "./actions";

export type { Action } from "./actions";
import { ForbiddenError, InvalidTransitionError } from "./errors";
import { ROLES, type Role } from "./roles";
import { EVER_APPROVED_STATES, type State } from "./workflow";

export type Membership = { readonly unitId: string; readonly unitPath: string; readonly role: Role };
export type Actor = { readonly userId: string; readonly memberships: readonly Membership[] };

export type ProposalResource = {
  readonly kind: "proposal";
  /** The proposer's unit. */
  readonly unitId: string;
  readonly unitPath: string;
  /** The unit whose head decides: the proposer's unit, or its parent when a proposer heads it (Art. 7.4). */
  readonly decidingUnitId: string;
  readonly decidingUnitPath: string;
  readonly authorId: string;
  readonly coAuthorIds: readonly string[];
  readonly status: State;
};
export type UnitResource = { readonly kind: "unit"; readonly unitId: string; readonly unitPath: string };
export type Resource = ProposalResource | UnitResource;
export type ResourceKind = Resource["kind"];

export const SCOPES = [
  /** The actor is the author or a co-author. */
  "OWN",
  /** A membership at the proposal's deciding unit. */
  "DECIDING_UNIT",
  /** A membership exactly at the resource's unit. */
  "UNIT",
  /** A membership at the resource's unit or one of its ancestors. */
  "SUBTREE",
  /** A membership at the deciding unit or one of its ancestors. */
  "DECIDING_SUBTREE",
] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * OWN is granted only to the PROPOSER role, and means "a proposer of THIS plan":
 * authorship is what makes someone its proposer (Art. 7), whatever memberships they
 * hold, so a head or deputy who writes a plan acts on it as its proposer.
 */
export type ProposalGrant =
  | { readonly role: "PROPOSER"; readonly scope: "OWN" }
  | { readonly role: Role; readonly scope: Exclude<Scope, "OWN"> };
export type UnitGrant = { readonly role: Role; readonly scope: "UNIT" | "SUBTREE" };
export type Grant = ProposalGrant | UnitGrant;

export type Description = { readonly vi: string; readonly en: string };

type ProposalPermissionSpec = {
  readonly resource: "proposal";
  readonly description: Description;
  readonly grants: readonly ProposalGrant[];
  /** The action exists only in these proposal states. */
  readonly states?: readonly State[];
  /** In these states only OWN grants apply (a draft is private to its authors). */
  readonly ownOnlyStates?: readonly State[];
  /** Authors and co-authors are refused whatever their role (nobody judges their own plan). */
  readonly excludesAuthors?: boolean;
  /** OWN means the author alone here, not the co-authors (withdrawing is the proposer's decision). */
  readonly authorOnly?: boolean;
};
type UnitPermissionSpec = {
  readonly resource: "unit";
  readonly description: Description;
  readonly grants: readonly UnitGrant[];
};
export type PermissionSpec = ProposalPermissionSpec | UnitPermissionSpec;
export type PermissionRow = PermissionSpec & { readonly action: Action };

const OWN = { role: "PROPOSER", scope: "OWN" } as const;
const AWAITING_DECISION: readonly State[] = ["SUBMITTED", "IN_REVIEW"];
/** The collective meets on the plan (Art. 8; meeting on a just-received plan starts its review) and again on its results (Art. 18). */
const COLLECTIVE_MEETS: readonly State[] = ["SUBMITTED", "IN_REVIEW", "RESULT_REPORTED"];
const RECORDS_VISIBLE_TO_OVERSIGHT: readonly ProposalGrant[] = [
  OWN,
  { role: "HEAD", scope: "SUBTREE" },
  { role: "DEPUTY", scope: "UNIT" },
  { role: "DEPUTY", scope: "DECIDING_UNIT" },
  { role: "PARTY_COMMITTEE", scope: "UNIT" },
  { role: "PARTY_COMMITTEE", scope: "DECIDING_UNIT" },
  // A monitor follows plans decided at or below its unit; DECIDING_SUBTREE keeps a
  // monitor from overseeing its own head's plan, which is decided one level up.
  { role: "MONITOR", scope: "DECIDING_SUBTREE" },
  { role: "COMMISSION", scope: "SUBTREE" }, // KL 14 §3.2: watches all units below it
];

/** The permission table. A Record, so the compiler refuses an action without a row. */
export const PERMISSION_TABLE: { readonly [A in Action]: PermissionSpec } = {
  "proposal.create": {
    resource: "unit",
    description: { vi: "Lập kế hoạch đề xuất đổi mới, sáng tạo", en: "Write an innovation plan" },
    grants: [
      { role: "PROPOSER", scope: "UNIT" },
      { role: "HEAD", scope: "UNIT" }, // Art. 7.4: a head may propose
      { role: "DEPUTY", scope: "UNIT" }, // Art. 8.1: a deputy may propose
    ],
  },
  "proposal.read": {
    resource: "proposal",
    description: { vi: "Xem đề xuất", en: "Read a proposal" },
    grants: RECORDS_VISIBLE_TO_OVERSIGHT,
    // Art. 7: a plan reaches the head when it is reported (submitted); until then it is the authors' draft.
    ownOnlyStates: ["DRAFT"],
  },
  "proposal.update": {
    resource: "proposal",
    description: { vi: "Sửa kế hoạch (bản nháp, bản trả lại)", en: "Edit the plan (draft or returned)" },
    grants: [OWN],
    states: ["DRAFT", "RETURNED"],
  },
  "proposal.submit": {
    resource: "proposal",
    description: { vi: "Gửi kế hoạch đến người đứng đầu", en: "Submit the plan to the head" },
    grants: [OWN],
    states: ["DRAFT", "RETURNED"],
  },
  "proposal.withdraw": {
    resource: "proposal",
    description: { vi: "Rút đề xuất", en: "Withdraw the proposal" },
    grants: [OWN],
    states: ["DRAFT", "SUBMITTED", "IN_REVIEW", "RETURNED"],
    authorOnly: true,
  },
  "coauthor.approve": {
    resource: "proposal",
    description: { vi: "Chấp thuận đồng tác giả ngoài đơn vị", en: "Accept a co-author from outside the unit" },
    // The deciding unit's head answers for who may act as a proposer of a plan it decides.
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }],
    states: ["SUBMITTED", "IN_REVIEW", "RETURNED", "APPROVED", "IN_PROGRESS", "SUSPENDED", "STOPPED", "FINISHED", "RESULT_REPORTED"],
    excludesAuthors: true,
  },
  "proposal.delete": {
    resource: "proposal",
    description: { vi: "Xoá bản nháp trống (chưa có nội dung, chưa được đánh số)", en: "Delete an empty draft (no content, not yet numbered)" },
    grants: [OWN],
    states: ["DRAFT"],
  },
  "proposal.review": {
    resource: "proposal",
    description: { vi: "Xem xét đề xuất, ghi nhận các điều kiện", en: "Review the proposal and record the conditions" },
    grants: [
      { role: "HEAD", scope: "DECIDING_UNIT" },
      { role: "DEPUTY", scope: "DECIDING_UNIT" },
    ],
    states: AWAITING_DECISION,
    excludesAuthors: true,
  },
  "proposal.return": {
    resource: "proposal",
    description: { vi: "Trả lại kế hoạch để hoàn thiện", en: "Return the plan for revision" },
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }],
    states: AWAITING_DECISION,
    excludesAuthors: true,
  },
  "proposal.decide": {
    resource: "proposal",
    description: { vi: "Quyết định thực hiện, thí điểm hoặc không chấp thuận", en: "Decide: implement, pilot or not approve" },
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }], // Art. 8: the head signs the decision
    states: AWAITING_DECISION,
    excludesAuthors: true,
  },
  "proposal.close": {
    resource: "proposal",
    description: { vi: "Kết thúc hồ sơ đề xuất", en: "Close the proposal file" },
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }],
    states: ["EVALUATED"],
  },
  "party.opine": {
    resource: "proposal",
    description: { vi: "Cho ý kiến của cấp ủy cùng cấp", en: "Give the Party committee's opinion" },
    grants: [{ role: "PARTY_COMMITTEE", scope: "DECIDING_UNIT" }], // Art. 4: before approval and before evaluation
    states: ["SUBMITTED", "IN_REVIEW", "RESULT_REPORTED"],
    excludesAuthors: true,
  },
  "meeting.record": {
    resource: "proposal",
    description: { vi: "Ghi biên bản họp tập thể lãnh đạo", en: "Record the leadership meeting" },
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }], // Art. 8.1: the head chairs
    states: COLLECTIVE_MEETS,
    excludesAuthors: true,
  },
  "vote.cast": {
    resource: "proposal",
    description: { vi: "Biểu quyết", en: "Cast a vote" },
    grants: [
      { role: "HEAD", scope: "DECIDING_UNIT" },
      { role: "DEPUTY", scope: "DECIDING_UNIT" },
    ],
    states: COLLECTIVE_MEETS,
    excludesAuthors: true, // Art. 8.1: a deputy who is the proposer does not vote
  },
  "pilot.read": {
    resource: "proposal",
    description: { vi: "Xem quá trình thực hiện", en: "Read the execution record" },
    grants: RECORDS_VISIBLE_TO_OVERSIGHT,
    states: EVER_APPROVED_STATES,
  },
  "pilot.start": {
    resource: "proposal",
    description: { vi: "Bắt đầu triển khai", en: "Start execution" },
    grants: [OWN, { role: "HEAD", scope: "DECIDING_UNIT" }],
    states: ["APPROVED"],
  },
  "pilot.report": {
    resource: "proposal",
    description: { vi: "Báo cáo tiến độ định kỳ, nhập số liệu chỉ tiêu", en: "File a progress report, enter target values" },
    grants: [OWN],
    // A suspended pilot accepts no report until the unit lets it resume (Art. 6).
    states: ["IN_PROGRESS"],
  },
  "pilot.monitor": {
    resource: "proposal",
    description: { vi: "Theo dõi, kiểm tra, giám sát", en: "Monitor and inspect the execution" },
    grants: [
      { role: "MONITOR", scope: "DECIDING_SUBTREE" }, // KL 14 §2.4
      { role: "HEAD", scope: "DECIDING_UNIT" },
      { role: "PARTY_COMMITTEE", scope: "DECIDING_UNIT" },
    ],
    states: ["APPROVED", "IN_PROGRESS", "SUSPENDED", "STOPPED", "FINISHED"],
    excludesAuthors: true,
  },
  "pilot.direct": {
    resource: "proposal",
    description: { vi: "Chỉ đạo tiếp tục, tạm dừng, cho tiếp tục, dừng hoặc điều chỉnh", en: "Direct to continue, suspend, resume, stop or adjust" },
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }], // Art. 6
    states: ["IN_PROGRESS", "SUSPENDED"],
    excludesAuthors: true,
  },
  "pilot.finish": {
    resource: "proposal",
    description: { vi: "Ghi nhận hoàn thành triển khai", en: "Record the end of execution" },
    grants: [OWN, { role: "HEAD", scope: "DECIDING_UNIT" }],
    states: ["IN_PROGRESS"],
  },
  "pilot.respond": {
    resource: "proposal",
    description: { vi: "Trả lời cảnh báo giám sát và đề nghị hỗ trợ", en: "Answer monitoring flags and support requests" },
    // Art. 10: the unit supports resources in good time; KL 14 §2.4: problems are corrected early.
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }],
    states: ["APPROVED", "IN_PROGRESS", "SUSPENDED", "STOPPED", "FINISHED"],
    excludesAuthors: true,
  },
  "pilot.acknowledge": {
    resource: "proposal",
    description: { vi: "Xác nhận đã nhận chỉ đạo", en: "Acknowledge a directive" },
    grants: [OWN], // Art. 6: the proposer may not ignore the unit's direction
    states: ["IN_PROGRESS", "SUSPENDED", "STOPPED", "FINISHED"],
  },
  "result.report": {
    resource: "proposal",
    description: { vi: "Báo cáo kết quả bằng văn bản", en: "Report the results in writing" },
    grants: [OWN], // Art. 18: those who carried out the plan report
    states: ["FINISHED", "STOPPED"],
  },
  "evaluation.decide": {
    resource: "proposal",
    description: { vi: "Đánh giá kết quả, kết luận trách nhiệm", en: "Evaluate the results and conclude on responsibility" },
    grants: [{ role: "HEAD", scope: "DECIDING_UNIT" }], // Art. 18
    states: ["RESULT_REPORTED"],
    excludesAuthors: true,
  },
  "recognition.record": {
    resource: "proposal",
    description: { vi: "Ghi nhận khen thưởng, biểu dương", en: "Record commendation or reward" },
    grants: [{ role: "HEAD", scope: "SUBTREE" }], // Art. 10: the unit or a superior commends
    states: ["EVALUATED", "CLOSED"],
    excludesAuthors: true,
  },
  "replication.record": {
    resource: "proposal",
    description: { vi: "Ghi nhận nhân rộng mô hình", en: "Record the replication of the model" },
    grants: [{ role: "HEAD", scope: "SUBTREE" }], // KL 14 §2.5
    states: ["EVALUATED", "CLOSED"],
  },
  "model.publish": {
    resource: "proposal",
    description: { vi: "Công bố mô hình hiệu quả vào danh mục", en: "Publish an effective model to the catalogue" },
    grants: [{ role: "HEAD", scope: "SUBTREE" }], // KL 14 §2.5: the unit publicises its effective model
    states: ["EVALUATED", "CLOSED"],
  },
  "model.adopt": {
    resource: "unit",
    description: { vi: "Áp dụng mô hình của đơn vị khác (tạo đề xuất mới)", en: "Adopt another unit's model (opens a new proposal)" },
    // Adopting opens a draft in the adopting unit: whoever may write a plan there (proposal.create).
    grants: [
      { role: "PROPOSER", scope: "UNIT" },
      { role: "HEAD", scope: "UNIT" },
      { role: "DEPUTY", scope: "UNIT" },
    ],
  },
  "institutionalisation.recommend": {
    resource: "proposal",
    description: { vi: "Kiến nghị thể chế hóa mô hình", en: "Recommend institutionalising the model" },
    // The unit, or a superior unit's head (KL 14 §2.5); the Commission follows them (KL 14 §3.2).
    grants: [{ role: "HEAD", scope: "SUBTREE" }],
    states: ["EVALUATED", "CLOSED"],
  },
  "institutionalisation.update": {
    resource: "proposal",
    description: { vi: "Cập nhật tình trạng kiến nghị thể chế hóa", en: "Update an institutionalisation recommendation" },
    grants: [{ role: "HEAD", scope: "SUBTREE" }],
    states: ["EVALUATED", "CLOSED"],
  },
  "profile.read": {
    resource: "unit",
    description: { vi: "Xem hồ sơ đổi mới, sáng tạo của cán bộ", en: "Read a cadre's innovation record" },
    // The person's unit leadership and the Commission in scope (Art. 10: evaluation, planning,
    // appointment); the person always sees their own record (src/server/people).
    grants: [
      { role: "HEAD", scope: "SUBTREE" },
      { role: "DEPUTY", scope: "UNIT" },
      { role: "PARTY_COMMITTEE", scope: "UNIT" },
      { role: "COMMISSION", scope: "SUBTREE" },
    ],
  },
  "report.read": {
    resource: "unit",
    description: { vi: "Xem báo cáo tổng hợp", en: "Read summary reports" },
    grants: [
      { role: "HEAD", scope: "SUBTREE" },
      { role: "DEPUTY", scope: "SUBTREE" },
      { role: "PARTY_COMMITTEE", scope: "SUBTREE" },
      { role: "MONITOR", scope: "SUBTREE" },
      { role: "COMMISSION", scope: "SUBTREE" }, // KL 14 §3.2: periodic reports
    ],
  },
  "report.export": {
    resource: "unit",
    description: { vi: "Xuất báo cáo", en: "Export reports" },
    grants: [
      { role: "HEAD", scope: "SUBTREE" },
      { role: "COMMISSION", scope: "SUBTREE" },
    ],
  },
  "audit.read": {
    resource: "unit",
    description: { vi: "Xem nhật ký thao tác", en: "Read the audit log" },
    grants: [
      { role: "HEAD", scope: "SUBTREE" },
      { role: "MONITOR", scope: "SUBTREE" },
      { role: "COMMISSION", scope: "SUBTREE" },
    ],
  },
  "audit.verify": {
    resource: "unit",
    description: { vi: "Kiểm tra tính toàn vẹn của nhật ký", en: "Verify the audit chain" },
    grants: [
      { role: "ADMIN", scope: "SUBTREE" },
      { role: "MONITOR", scope: "SUBTREE" },
      { role: "COMMISSION", scope: "SUBTREE" },
    ],
  },
  "unit.manage": {
    resource: "unit",
    description: { vi: "Quản lý đơn vị", en: "Manage units" },
    grants: [{ role: "ADMIN", scope: "SUBTREE" }],
  },
  "user.manage": {
    resource: "unit",
    description: { vi: "Quản lý người dùng và vai trò", en: "Manage users and roles" },
    grants: [{ role: "ADMIN", scope: "SUBTREE" }],
  },
  "holiday.manage": {
    resource: "unit",
    description: { vi: "Quản lý lịch ngày nghỉ", en: "Manage the holiday calendar" },
    grants: [{ role: "ADMIN", scope: "SUBTREE" }],
  },
  "regulation.manage": {
    resource: "unit",
    description: { vi: "Quản lý bộ quy định áp dụng", en: "Manage the regulation profile" },
    grants: [{ role: "ADMIN", scope: "SUBTREE" }],
  },
};

/** The table as rows, for UIs and docs. */
export const PERMISSIONS: readonly PermissionRow[] = (Object.keys(PERMISSION_TABLE) as Action[]).map((action) => ({
  action,
  ...PERMISSION_TABLE[action],
}));

const UNIT_PATH_PATTERN = /^\/(?:[^/]+\/)+$/;

export function isUnitPath(path: string): boolean {
  return UNIT_PATH_PATTERN.test(path);
}

/** "/root/child/" from the ids of the ancestors (root first) and the unit's own id. */
export function unitPathOf(ancestorIds: readonly string[], unitId: string): string {
  return `/${[...ancestorIds, unitId].join("/")}/`;
}

export function isInSubtree(path: string, ancestorPath: string): boolean {
  return isUnitPath(ancestorPath) && path.startsWith(ancestorPath);
}

export function isAuthorOf(userId: string, proposal: ProposalResource): boolean {
  return proposal.authorId === userId || proposal.coAuthorIds.includes(userId);
}

/** The distinct roles the actor holds, in ROLES order. */
export function rolesOf(actor: Actor): Role[] {
  return ROLES.filter((role) => actor.memberships.some((m) => m.role === role));
}

function membershipMatches(scope: Exclude<Scope, "OWN">, m: Membership, resource: Resource): boolean {
  if (!isUnitPath(m.unitPath)) return false;
  switch (scope) {
    case "UNIT":
      return m.unitId === resource.unitId;
    case "SUBTREE":
      return resource.unitPath.startsWith(m.unitPath);
    case "DECIDING_UNIT":
      return resource.kind === "proposal" && m.unitId === resource.decidingUnitId;
    case "DECIDING_SUBTREE":
      return resource.kind === "proposal" && resource.decidingUnitPath.startsWith(m.unitPath);
  }
}

export function can(actor: Actor, action: Action, resource: Resource): boolean {
  const spec = PERMISSION_TABLE[action];
  if (spec.resource === "unit") {
    if (resource.kind !== "unit") return false;
    return spec.grants.some((g) => actor.memberships.some((m) => m.role === g.role && membershipMatches(g.scope, m, resource)));
  }
  if (resource.kind !== "proposal") return false;
  if (spec.states !== undefined && !spec.states.includes(resource.status)) return false;
  const author = isAuthorOf(actor.userId, resource);
  if (spec.excludesAuthors === true && author) return false;
  const ownOnly = spec.ownOnlyStates?.includes(resource.status) ?? false;
  return spec.grants.some((g) => {
    if (g.scope === "OWN") return spec.authorOnly === true ? resource.authorId === actor.userId : author;
    if (ownOnly) return false;
    return actor.memberships.some((m) => m.role === g.role && membershipMatches(g.scope, m, resource));
  });
}

/**
 * Throws a ForbiddenError when `can` refuses. The server loads records through
 * `readScope`, so a record outside the actor's sight is never found (404) and this
 * 403 only answers actions on records the actor can see.
 */
export function assertCan(actor: Actor, action: Action, resource: Resource): void {
  if (can(actor, action, resource)) return;
  // Allowed in principle but not in this state (e.g. submitting a withdrawn plan): a 409 saying
  // "no longer fits the proposal's state" tells the user more than "you may not".
  const spec = PERMISSION_TABLE[action];
  const states = spec.resource === "proposal" ? spec.states : undefined;
  if (
    resource.kind === "proposal" &&
    states !== undefined &&
    !states.includes(resource.status) &&
    states.some((status) => can(actor, action, { ...resource, status }))
  ) {
    throw new InvalidTransitionError(resource.status, action);
  }
  throw new ForbiddenError(action);
}

/** Every action the actor may take on the resource (which buttons to show). */
export function allowedActions(actor: Actor, resource: Resource): Action[] {
  return PERMISSIONS.filter((row) => can(actor, row.action, resource)).map((row) => row.action);
}

/**
 * A pure description of every resource the actor may `action`, for the server to
 * turn into a Prisma `where`:
 *
 *   (states === null || status IN states)
 *   AND NOT (excludeAuthors AND actor is author/co-author)
 *   AND ( (own AND actor is author/co-author)
 *         OR ( status NOT IN ownOnlyStates
 *              AND ( unitId IN unitIds OR unitPath STARTS WITH any unitPathPrefixes
 *                    OR decidingUnitId IN decidingUnitIds
 *                    OR decidingUnitPath STARTS WITH any decidingUnitPathPrefixes ) ) )
 *
 * For unit actions only unitIds / unitPathPrefixes apply. `scopeIncludes` is the same
 * formula in JavaScript.
 */
export type ReadScope = {
  readonly resource: ResourceKind;
  readonly userId: string;
  readonly own: boolean;
  readonly unitIds: string[];
  readonly unitPathPrefixes: string[];
  readonly decidingUnitIds: string[];
  readonly decidingUnitPathPrefixes: string[];
  readonly states: State[] | null;
  readonly ownOnlyStates: State[];
  readonly excludeAuthors: boolean;
  /** `own` covers the author only (not co-authors). */
  readonly ownAuthorOnly: boolean;
};

export function readScope(actor: Actor, action: Action): ReadScope {
  const spec = PERMISSION_TABLE[action];
  const unitIds = new Set<string>();
  const unitPathPrefixes = new Set<string>();
  const decidingUnitIds = new Set<string>();
  const decidingUnitPathPrefixes = new Set<string>();
  let own = false;

  for (const grant of spec.grants) {
    if (grant.scope === "OWN") {
      own = true;
      continue;
    }
    for (const m of actor.memberships) {
      if (m.role !== grant.role || !isUnitPath(m.unitPath)) continue;
      switch (grant.scope) {
        case "UNIT":
          unitIds.add(m.unitId);
          break;
        case "SUBTREE":
          unitPathPrefixes.add(m.unitPath);
          break;
        case "DECIDING_UNIT":
          decidingUnitIds.add(m.unitId);
          break;
        case "DECIDING_SUBTREE":
          decidingUnitPathPrefixes.add(m.unitPath);
          break;
      }
    }
  }

  const proposalSpec = spec.resource === "proposal" ? spec : null;
  return {
    resource: spec.resource,
    userId: actor.userId,
    own,
    unitIds: [...unitIds].sort(),
    unitPathPrefixes: outermostPrefixes(unitPathPrefixes),
    decidingUnitIds: [...decidingUnitIds].sort(),
    decidingUnitPathPrefixes: outermostPrefixes(decidingUnitPathPrefixes),
    states: proposalSpec?.states === undefined ? null : [...proposalSpec.states],
    ownOnlyStates: [...(proposalSpec?.ownOnlyStates ?? [])],
    excludeAuthors: proposalSpec?.excludesAuthors ?? false,
    ownAuthorOnly: proposalSpec?.authorOnly ?? false,
  };
}

/** True when the scope grants nothing: the server can skip the query. */
export function isEmptyScope(scope: ReadScope): boolean {
  return (
    !scope.own &&
    scope.unitIds.length === 0 &&
    scope.unitPathPrefixes.length === 0 &&
    scope.decidingUnitIds.length === 0 &&
    scope.decidingUnitPathPrefixes.length === 0
  );
}

/** The `readScope` formula evaluated in JavaScript on one resource. */
export function scopeIncludes(scope: ReadScope, resource: Resource): boolean {
  if (scope.resource !== resource.kind) return false;
  const inUnits =
    scope.unitIds.includes(resource.unitId) || scope.unitPathPrefixes.some((p) => resource.unitPath.startsWith(p));
  if (resource.kind === "unit") return inUnits;

  if (scope.states !== null && !scope.states.includes(resource.status)) return false;
  const author = isAuthorOf(scope.userId, resource);
  if (scope.excludeAuthors && author) return false;
  if (scope.own && (scope.ownAuthorOnly ? resource.authorId === scope.userId : author)) return true;
  if (scope.ownOnlyStates.includes(resource.status)) return false;
  return (
    inUnits ||
    scope.decidingUnitIds.includes(resource.decidingUnitId) ||
    scope.decidingUnitPathPrefixes.some((p) => resource.decidingUnitPath.startsWith(p))
  );
}

/** Drops prefixes already covered by a shorter one ("/a/b/" under "/a/"): a smaller `where`, same rows. */
function outermostPrefixes(prefixes: ReadonlySet<string>): string[] {
  const sorted = [...prefixes].sort();
  return sorted.filter((p) => !sorted.some((q) => q !== p && p.startsWith(q)));
}

export type UnitRef = { readonly unitId: string; readonly unitPath: string };

export type DecidingUnitResult =
  | { readonly ok: true; readonly decidingUnit: UnitRef; readonly referredToSuperior: boolean }
  | { readonly ok: false; readonly reason: "NO_SUPERIOR_UNIT" };

/**
 * Art. 7.4 NĐ 73/2023: a plan is decided by the head of the proposer's unit, unless a
 * proposer heads that unit, in which case the head of the superior unit decides.
 * "A proposer" includes co-authors [product]: a head who co-wrote the plan would
 * otherwise judge it, and could neither vote on it nor approve it alone (vote.ts).
 */
export function resolveDecidingUnit(input: {
  readonly unit: UnitRef;
  readonly parent: UnitRef | null;
  readonly proposerIds: readonly string[];
  readonly unitHeadIds: readonly string[];
}): DecidingUnitResult {
  const proposerHeadsUnit = input.proposerIds.some((id) => input.unitHeadIds.includes(id));
  if (!proposerHeadsUnit) return { ok: true, decidingUnit: input.unit, referredToSuperior: false };
  if (input.parent === null) return { ok: false, reason: "NO_SUPERIOR_UNIT" };
  return { ok: true, decidingUnit: input.parent, referredToSuperior: true };
}
