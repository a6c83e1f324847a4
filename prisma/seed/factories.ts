/**
 * Small factories over a Prisma client (or a transaction client), shared by the demo seed, the
 * integration tests and the browser tests (STYLE.md, documenso): seedUnit, seedUser, seedProposal,
 * validPlan. They write rows the way the use-cases would, so tests start from consistent states.
 */
import { randomBytes } from "node:crypto";
import type { Plan } from "@/domain/plan";
import type { State } from "@/domain/workflow";
import type { PrismaClient, Proposal, Role, Unit, UnitKind, User } from "@/generated/prisma/client";
import { appendAudit, type AuditInput } from "@/server/audit";
import type { Tx } from "@/server/db";
import { hashPassword } from "@/server/passwords";
import { spreadMilestones, validPlan } from "./plan";
import { loadCalendarRows, loadDefaultProfile, type Client } from "./reference";
import { compileStory, dbDirectory, makeClock, type Step, type TimedAudit, writeStory } from "./story";

export { validPlan } from "./plan";
export { seedCalendar, seedRegulationProfile } from "./reference";

type Ref = string | { readonly id: string };
const idOf = (r: Ref) => (typeof r === "string" ? r : r.id);
const suffix = () => randomBytes(4).toString("hex");

/** Runs `fn` in a transaction when given a client; inside the caller's transaction when given one. */
export async function inTransaction<T>(db: Client, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const client = db as PrismaClient;
  if (typeof client.$transaction === "function") return client.$transaction((tx) => fn(tx), { timeout: 60_000, maxWait: 10_000 });
  return fn(db as Tx);
}

const CHILD_KIND: Record<UnitKind, UnitKind> = {
  CENTRAL: "PROVINCE",
  PROVINCE: "DEPARTMENT",
  MINISTRY: "DEPARTMENT",
  DEPARTMENT: "OFFICE",
  OFFICE: "OFFICE",
  COMMUNE: "OFFICE",
};

/** A unit under `parent` (or a root), with its materialised path "/root/…/self/" and depth. */
export async function seedUnit(
  db: Client,
  opts: { name: string; parent?: Ref | null; kind?: UnitKind; code?: string; shortName?: string; governingBodyName?: string | null },
): Promise<Unit> {
  const parent = opts.parent
    ? await db.unit.findUniqueOrThrow({ where: { id: idOf(opts.parent) }, select: { id: true, path: true, depth: true, kind: true } })
    : null;
  const created = await db.unit.create({
    data: {
      code: opts.code ?? `T-${suffix()}`,
      name: opts.name,
      shortName: opts.shortName ?? null,
      governingBodyName: opts.governingBodyName ?? null,
      kind: opts.kind ?? (parent ? CHILD_KIND[parent.kind] : "CENTRAL"),
      parentId: parent?.id ?? null,
      // The path holds the unit's own id, known only once created: a unique placeholder until then.
      path: `/pending-${suffix()}${suffix()}/`,
      depth: parent ? parent.depth + 1 : 0,
    },
    select: { id: true },
  });
  return db.unit.update({ where: { id: created.id }, data: { path: `${parent?.path ?? "/"}${created.id}/` } });
}

const hashes = new Map<string, Promise<string>>();
/** argon2id is slow on purpose; one hash per distinct password per process is enough for seeds. */
export function cachedHash(password: string): Promise<string> {
  let h = hashes.get(password);
  if (!h) {
    h = hashPassword(password);
    hashes.set(password, h);
  }
  return h;
}

export const TEST_PASSWORD = "KiemThu@2026";

/**
 * A user with one membership per role in `unit`. Returns the row plus the clear-text password so
 * a browser test can sign in. Set ARGON2_MEMORY_KIB low in tests to make hashing cheap.
 */
export async function seedUser(
  db: Client,
  opts: {
    unit: Ref;
    role?: Role;
    roles?: readonly Role[];
    username?: string;
    fullName?: string;
    title?: string | null;
    email?: string;
    password?: string;
    /** A ready hash (the demo seed hashes its one password once). */
    passwordHash?: string;
    active?: boolean;
  },
): Promise<User & { password: string }> {
  const roles = opts.roles ?? (opts.role ? [opts.role] : ["PROPOSER" as Role]);
  const username = opts.username ?? `user-${suffix()}`;
  const password = opts.password ?? TEST_PASSWORD;
  const user = await db.user.create({
    data: {
      username,
      email: opts.email ?? `${username}@test.gov.vn`,
      fullName: opts.fullName ?? `Cán bộ ${username}`,
      title: opts.title ?? null,
      passwordHash: opts.passwordHash ?? (await cachedHash(password)),
      active: opts.active ?? true,
      memberships: { create: [...new Set(roles)].map((role) => ({ unitId: idOf(opts.unit), role })) },
    },
  });
  return { ...user, password };
}

/** The shortest history that reaches each status (working days before today). */
const DECIDED: Step[] = [
  { do: "create", ago: 45 },
  { do: "submit", ago: 40 },
  { do: "review" },
  { do: "partyRequest", stage: "DECISION", w: 0 },
  { do: "partyOpinion", stage: "DECISION", stance: "AGREE", content: "Ban Thường vụ Đảng ủy nhất trí với kế hoạch.", w: 2 },
  { do: "meeting", purpose: "DECISION" },
];
const APPROVED: Step[] = [...DECIDED, { do: "approve", kind: "PILOT" }];
const STARTED: Step[] = [...APPROVED, { do: "start", w: 2 }];
const FINISHED: Step[] = [...STARTED, { do: "finish", w: 5 }];
const REPORTED: Step[] = [
  ...FINISHED,
  { do: "resultReport", w: 2, content: "Báo cáo kết quả thực hiện kế hoạch: hoàn thành các mốc đã đề ra.", selfAssessment: "Hoàn thành mục tiêu." },
];
const EVALUATED: Step[] = [
  ...REPORTED,
  { do: "partyRequest", stage: "EVALUATION" },
  { do: "partyOpinion", stage: "EVALUATION", stance: "AGREE", content: "Nhất trí đánh giá hoàn thành." },
  { do: "meeting", purpose: "EVALUATION", w: 0 },
  {
    do: "evaluate",
    category: "A",
    conclusion: "NOT_RESPONSIBLE",
    objectiveCauses: "Điều kiện triển khai thuận lợi.",
    subjectiveCauses: "Người đề xuất chủ động, đúng kế hoạch.",
    followedPolicy: [true, "Thực hiện đúng quyết định phê duyệt."],
    pureMotive: [true, "Không có vụ lợi."],
    commonInterest: [true, "Phục vụ người dân."],
  },
];

export const MINIMAL_STORIES: Readonly<Record<State, readonly Step[]>> = {
  DRAFT: [{ do: "create", ago: 1 }],
  SUBMITTED: [{ do: "create", ago: 3 }, { do: "submit", ago: 1 }],
  IN_REVIEW: [{ do: "create", ago: 4 }, { do: "submit", ago: 2 }, { do: "review" }],
  RETURNED: [{ do: "create", ago: 8 }, { do: "submit", ago: 6 }, { do: "return", ago: 2, comments: "Đề nghị bổ sung chỉ tiêu đo lường và dự toán chi tiết." }],
  WITHDRAWN: [{ do: "create", ago: 8 }, { do: "submit", ago: 6 }, { do: "withdraw", ago: 2, reason: "Người đề xuất rút để hoàn thiện thêm." }],
  APPROVED,
  NOT_APPROVED: [
    ...DECIDED.slice(0, 4),
    { do: "partyOpinion", stage: "DECISION", stance: "DISAGREE", content: "Chưa đủ cơ sở pháp lý.", w: 2 },
    // khoản 1 Điều 8: "not approved" follows the collective's failed vote.
    { do: "meeting", purpose: "DECISION", others: "AGAINST" },
    { do: "reject", reasons: "Nội dung vượt thẩm quyền của đơn vị." },
  ],
  IN_PROGRESS: STARTED,
  SUSPENDED: [...STARTED, { do: "direct", kind: "SUSPEND", reason: "Tạm dừng để rà soát phát sinh.", w: 3 }],
  STOPPED: [...STARTED, { do: "direct", kind: "STOP", reason: "Dừng do không bảo đảm điều kiện triển khai.", w: 3 }],
  FINISHED,
  RESULT_REPORTED: REPORTED,
  EVALUATED,
  CLOSED: [...EVALUATED, { do: "close" }],
};

type Outcome = "A" | "B" | "C" | "NONE";
/** The evaluation step for each outcome category, consistent with Art. 5.2 / Art. 11 (checkOutcome). */
const OUTCOME_STEPS: Record<Outcome, Partial<Extract<Step, { do: "evaluate" }>>> = {
  A: {},
  B: { category: "B", conclusion: "EXCLUDED", objectiveCauses: "Thay đổi chính sách cấp trên giữa kỳ." },
  C: { category: "C", conclusion: "REDUCED", damageVnd: 50_000_000, objectiveCauses: "Biến động giá ngoài dự kiến." },
  NONE: { category: "B", conclusion: "NO_PROTECTION", followedPolicy: [false, "Không thực hiện đúng quyết định phê duyệt."] },
};

function withOutcome(steps: readonly Step[], outcome: Outcome | undefined): readonly Step[] {
  if (!outcome || outcome === "A") return steps;
  return steps.map((s) => (s.do === "evaluate" ? ({ ...s, ...OUTCOME_STEPS[outcome] } as Step) : s));
}

/**
 * A proposal in `status` with everything that status implies (revision, DECISION deadline, party
 * opinion, meeting and votes, decision, execution record, result, evaluation, audit events).
 * When the status needs a decision and the deciding unit has no head or Party committee member,
 * one is created there (username "head-…" / "party-…").
 */
export async function seedProposal(
  db: Client,
  opts: {
    unit: Ref;
    author: Ref;
    status?: State;
    title?: string;
    coAuthors?: readonly Ref[];
    /** Used as given for every revision (dates included); default: validPlan on the story's dates. */
    plan?: Plan;
    now?: Date;
    /** A history of its own instead of the shortest one to `status` (it is checked by the same rules). */
    story?: readonly Step[];
    /** For EVALUATED and CLOSED: the evaluation's outcome category (default A, completed). */
    outcome?: Outcome;
  },
): Promise<Proposal> {
  return inTransaction(db, async (tx) => {
    const now = opts.now ?? new Date();
    const clock = makeClock(now, await loadCalendarRows(tx), await loadDefaultProfile(tx));
    const status = opts.status ?? "DRAFT";
    const coAuthorIds = (opts.coAuthors ?? []).map(idOf);
    const timeline = compileStory(withOutcome(opts.story ?? MINIMAL_STORIES[status], opts.outcome), 6, clock, `seedProposal(${status})`);
    const base = opts.plan ?? validPlan({}, now);
    const plan: Plan = opts.plan
      ? { ...base, coAuthorIds }
      : {
          ...base,
          ...(opts.title ? { title: opts.title } : {}),
          startDate: timeline.startDate,
          endDate: timeline.endDate,
          milestones: spreadMilestones(base.milestones.map((m) => m.title), timeline.startDate, timeline.endDate),
          coAuthorIds,
        };
    if (opts.plan && opts.title) plan.title = opts.title;
    const dir = dbDirectory(tx, async (unit, role) => {
      const prefix = role === "HEAD" ? "head" : "party";
      const u = await seedUser(tx, { unit: unit.id, role, username: `${prefix}-${suffix()}` });
      return u.id;
    });
    const result = await writeStory(tx, dir, clock, {
      label: `seedProposal(${status})`,
      code: null,
      unitId: idOf(opts.unit),
      authorId: idOf(opts.author),
      coAuthorIds,
      plans: [plan],
      timeline,
    });
    if (result.notifications.length) await tx.notification.createMany({ data: result.notifications });
    await appendAudit(tx, sortAudits(result.audits));
    return tx.proposal.findUniqueOrThrow({ where: { id: result.proposalId } });
  });
}

/** Chronological, stable for events at the same instant. */
export function sortAudits(events: readonly TimedAudit[]): AuditInput[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.occurredAt.getTime() - b.e.occurredAt.getTime() || a.i - b.i)
    .map(({ e }) => {
      const { occurredAt, ...rest } = e;
      void occurredAt; // kept in meta.occurredAt; appendAudit stamps `at` itself
      return rest;
    });
}
