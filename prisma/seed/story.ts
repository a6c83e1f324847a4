/**
 * Writes the history of one proposal, step by step, the way the use-cases would have written it:
 * every workflow arrow goes through `assertNext`, approvals through `approvalIssues`, evaluations
 * through `evaluationReadinessIssues` and `conclusionIssues`, votes through `tallyVotes`, and each step leaves the rows it implies
 * (revisions, deadlines opened and settled, party opinions, meetings, decisions, execution records,
 * results, evaluations), its notifications and its audit events. A story that breaks a rule throws.
 *
 * Days are Vietnamese working days counted back from "today" (`ago`) or forward from the previous
 * step (`w`), so the demo data always looks current: decisions due in a few days, some overdue.
 * Audit events are returned, not written: the caller appends them (appendAudit) in time order.
 */
import {
  addCalendarDays,
  addWorkingDays,
  dueInstant,
  nextWorkingDayOnOrAfter,
  startOfVietnamDay,
  toVietnamDate,
  workingDaysBetween,
  type IsoDay,
  type WorkCalendar,
} from "@/domain/calendar";
import { approvalIssues, rejectionIssues, returnIssues } from "@/domain/decision";
import { conclusionIssues, evaluationReadinessIssues, type AbuseKind } from "@/domain/outcome";
import { resolveDecidingUnit } from "@/domain/permissions";
import { foldVietnamese, type Plan } from "@/domain/plan";
import type { RegulationProfile } from "@/domain/regulation";
import { tallyVotes, type VoteTally } from "@/domain/vote";
import { assertNext, type State, type WorkflowEvent } from "@/domain/workflow";
import type {
  ConditionFinding,
  DecisionBasis,
  DeadlineKind,
  DeadlineStatus,
  DirectiveKind,
  FlagKind,
  InspectionKind,
  InstitutionalisationStatus,
  MeetingPurpose,
  OpinionStage,
  OpinionStance,
  Prisma,
  ProtectionConclusion,
  RecognitionKind,
  RecognitionLevel,
  Role,
  Severity,
  UnitKind,
  VoteChoice,
} from "@/generated/prisma/client";
import { toJsonValue, type AuditInput } from "@/server/audit";
import type { Tx } from "@/server/db";

// ───────────────────────────── Time ─────────────────────────────

export type Clock = {
  readonly now: Date;
  readonly today: IsoDay;
  readonly cal: WorkCalendar;
  readonly profile: RegulationProfile;
};

export function makeClock(now: Date, cal: WorkCalendar, profile: RegulationProfile): Clock {
  return { now, today: toVietnamDate(now), cal, profile };
}

/** A @db.Date value for a Vietnamese local day. */
export function dbDay(day: IsoDay): Date {
  return new Date(`${day}T00:00:00.000Z`);
}

/** dd/mm/yyyy, as days are written in Vietnamese documents. */
export function viDay(day: IsoDay): string {
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

function at(day: IsoDay, hour: number, minute = 0): Date {
  return new Date(startOfVietnamDay(day).getTime() + (hour * 60 + minute) * 60_000);
}

// ───────────────────────────── Steps ─────────────────────────────

type Condition = "WITHIN_POWERS" | "LAWFUL" | "COMMON_INTEREST" | "URGENT_NEED" | "NO_HARM" | "NOT_YET_REGULATED";
export const CONDITIONS: readonly Condition[] = ["WITHIN_POWERS", "LAWFUL", "COMMON_INTEREST", "URGENT_NEED", "NO_HARM", "NOT_YET_REGULATED"];
const CONDITION_NOTES: Record<Condition, string> = {
  NOT_YET_REGULATED: "Vấn đề đề xuất chưa được pháp luật quy định (điểm a khoản 1 Điều 5 Nghị định 73/2023/NĐ-CP).",
  WITHIN_POWERS: "Nội dung thuộc thẩm quyền quyết định của cơ quan.",
  LAWFUL: "Không trái Hiến pháp, quy định của Đảng, văn bản quy phạm pháp luật cấp trên và điều ước quốc tế.",
  COMMON_INTEREST: "Vì lợi ích chung, có giá trị thực tiễn.",
  URGENT_NEED: "Xuất phát từ yêu cầu cấp thiết của thực tiễn.",
  NO_HARM: "Không ảnh hưởng quốc phòng, an ninh, trật tự xã hội; không gây thiệt hại cho cơ quan, tổ chức khác.",
};

type Cond3 = readonly [boolean, string];

/** When a step happens: `ago` working days before today, or `w` working days after the previous step (default 1). */
type When = { readonly ago?: number; readonly w?: number };

export type Step = When &
  (
    | { readonly do: "create" }
    | { readonly do: "submit" }
    | { readonly do: "review"; readonly findings?: Partial<Record<Condition, readonly [ConditionFinding, string]>> }
    | { readonly do: "partyRequest"; readonly stage: OpinionStage }
    | { readonly do: "partyOpinion"; readonly stage: OpinionStage; readonly stance: OpinionStance; readonly content: string }
    | {
        readonly do: "meeting";
        readonly purpose: MeetingPurpose;
        /** By username (or user id): how a member voted, or ABSENT. Members not listed vote `others`. */
        readonly votes?: Readonly<Record<string, VoteChoice | "ABSENT">>;
        /** How members not listed in `votes` voted (default FOR). */
        readonly others?: VoteChoice;
        readonly minutes?: string;
      }
    | {
        readonly do: "approve";
        readonly kind: "IMPLEMENT" | "PILOT";
        readonly basis?: DecisionBasis;
        readonly rationale?: string;
        /** Why the head approves over a condition a reviewer recorded as not met (Art. 4, 5.1). */
        readonly overrideReason?: string;
        /** Share of the requested budget granted (default 1). */
        readonly budgetShare?: number;
        readonly participatingUnits?: string;
      }
    | { readonly do: "reject"; readonly reasons: string }
    | { readonly do: "return"; readonly comments: string }
    | { readonly do: "withdraw"; readonly reason: string }
    | { readonly do: "start" }
    | {
        readonly do: "note";
        readonly severity: Severity;
        readonly finding: string;
        readonly action?: string;
        readonly kind?: InspectionKind;
        /** Default: a HIGH finding is a violation flag, a MEDIUM one a problem flag, a LOW one a note. */
        readonly flag?: FlagKind | null;
        /** The head has not answered the flag yet (default: answered two working days later). */
        readonly unanswered?: boolean;
      }
    | {
        readonly do: "direct";
        readonly kind: DirectiveKind;
        readonly reason: string;
        readonly extendDays?: number;
        /** The proposer has not acknowledged it (default: the next working day). */
        readonly unacknowledged?: boolean;
      }
    /** Without `ago`/`w`: on the plan's end day. */
    | { readonly do: "finish" }
    | { readonly do: "resultReport"; readonly content: string; readonly selfAssessment: string }
    | {
        readonly do: "evaluate";
        readonly category: "A" | "B" | "C";
        readonly conclusion: ProtectionConclusion;
        /** Art. 6.1: what the policy was abused for (a finding of abuse); with `abuseFindings`. */
        readonly abuse?: readonly AbuseKind[];
        readonly abuseFindings?: string;
        readonly objectiveCauses: string;
        readonly subjectiveCauses: string;
        readonly followedPolicy: Cond3;
        readonly pureMotive: Cond3;
        readonly commonInterest: Cond3;
        readonly damageVnd?: number;
      }
    | { readonly do: "close" }
    | {
        readonly do: "recognize";
        readonly kind: RecognitionKind;
        /** Username of who decides it (default: head of the deciding unit); give `number` with it. */
        readonly by?: string;
        readonly number?: string;
        readonly note: string;
        readonly coAuthorsToo?: boolean;
        /** Form, level and deciding body of a commendation or reward (Art. 10). */
        readonly form?: string;
        readonly level?: RecognitionLevel;
        readonly decidingBody?: string;
      }
    | {
        readonly do: "institutionalise";
        readonly targetDocument: string;
        readonly authority: string;
        readonly status: InstitutionalisationStatus;
        readonly note: string;
        /** What the recommendation proposes (default: the note). */
        readonly content?: string;
      }
  );

export type TimedStep = { readonly step: Step; readonly day: IsoDay; readonly at: Date };
export type Timeline = {
  readonly steps: readonly TimedStep[];
  readonly createdAt: Date;
  /** The plan's timeline: the execution start if it started, else about a month after submission. */
  readonly startDate: IsoDay;
  readonly endDate: IsoDay;
};

const MONTH_DAYS = 30.44;

/** Resolves every step to a day and an instant; throws when the story goes back in time or into the future. */
export function compileStory(steps: readonly Step[], months: number, clock: Clock, label: string): Timeline {
  if (steps[0]?.do !== "create") throw new Error(`${label}: a story starts with "create"`);
  const out: TimedStep[] = [];
  let prevDay: IsoDay | null = null;
  let prevAt = 0;
  let startDay: IsoDay | null = null;
  let firstSubmit: IsoDay | null = null;
  let finishDay: IsoDay | null = null;
  const plannedEnd = (start: IsoDay) =>
    nextWorkingDayOnOrAfter(addCalendarDays(start, Math.round(months * MONTH_DAYS)), clock.cal);

  steps.forEach((step, i) => {
    let day: IsoDay;
    if (step.ago !== undefined) day = addWorkingDays(clock.today, -step.ago, clock.cal);
    else if (step.do === "finish" && step.w === undefined) {
      if (startDay === null) throw new Error(`${label}: "finish" before "start"`);
      day = plannedEnd(startDay);
    } else if (prevDay === null) throw new Error(`${label}: the first step needs "ago"`);
    else day = addWorkingDays(prevDay, step.w ?? 1, clock.cal);
    if (prevDay !== null && day < prevDay) throw new Error(`${label}: step ${i} (${step.do}) on ${day} is before ${prevDay}`);

    let ms = at(day, 8, 15 + ((i * 137) % 420)).getTime();
    if (ms <= prevAt) ms = prevAt + 25 * 60_000;
    if (ms >= clock.now.getTime()) throw new Error(`${label}: step ${i} (${step.do}) on ${day} is not in the past`);
    prevAt = ms;
    prevDay = day;
    if (step.do === "start") startDay = day;
    if (step.do === "submit" && firstSubmit === null) firstSubmit = day;
    if (step.do === "finish") finishDay = day;
    out.push({ step, day, at: new Date(ms) });
  });

  const startDate =
    startDay ?? nextWorkingDayOnOrAfter(addCalendarDays(firstSubmit ?? out[0].day, 30), clock.cal);
  const endDate = finishDay ?? plannedEnd(startDate);
  return { steps: out, createdAt: out[0].at, startDate, endDate };
}

// ───────────────────────────── Who is who ─────────────────────────────

export type UnitInfo = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly path: string;
  readonly parentId: string | null;
};

/** Looks up units, role holders and users; `ensureHolder` may create a missing holder (test factories). */
export type Directory = {
  unit(id: string): Promise<UnitInfo>;
  holders(unitId: string, role: Role): Promise<string[]>;
  /** A username or a user id → user id. */
  userId(ref: string): Promise<string>;
  ensureHolder?(unitId: string, role: Role): Promise<string>;
};

export function dbDirectory(
  tx: Tx,
  ensure?: (unit: UnitInfo, role: Role) => Promise<string>,
): Directory {
  const units = new Map<string, Promise<UnitInfo>>();
  const holders = new Map<string, Promise<string[]>>();
  const users = new Map<string, Promise<string>>();
  const dir: Directory = {
    unit: (id) => {
      let u = units.get(id);
      if (!u) {
        u = tx.unit.findUniqueOrThrow({ where: { id }, select: { id: true, code: true, name: true, kind: true, path: true, parentId: true } });
        units.set(id, u);
      }
      return u;
    },
    holders: (unitId, role) => {
      const key = `${unitId}|${role}`;
      let h = holders.get(key);
      if (!h) {
        h = tx.membership
          .findMany({
            where: { unitId, role, user: { active: true } },
            orderBy: [{ createdAt: "asc" }, { user: { username: "asc" } }],
            select: { userId: true },
          })
          .then((rows) => rows.map((r) => r.userId));
        holders.set(key, h);
      }
      return h;
    },
    userId: (ref) => {
      let u = users.get(ref);
      if (!u) {
        u = tx.user
          .findFirst({ where: { OR: [{ username: ref }, { id: ref }] }, select: { id: true } })
          .then((row) => {
            if (!row) throw new Error(`Unknown user "${ref}"`);
            return row.id;
          });
        users.set(ref, u);
      }
      return u;
    },
  };
  if (ensure) {
    dir.ensureHolder = async (unitId, role) => {
      const found = await dir.holders(unitId, role);
      if (found.length > 0) return found[0];
      const id = await ensure(await dir.unit(unitId), role);
      holders.set(`${unitId}|${role}`, Promise.resolve([id]));
      return id;
    };
  }
  return dir;
}

// ───────────────────────────── Writing ─────────────────────────────

export type TimedAudit = AuditInput & { readonly occurredAt: Date };
export type NotificationRow = Prisma.NotificationCreateManyInput;

export type StoryInput = {
  readonly label: string;
  /** Null: take the next code of the creation year from ProposalCounter. */
  readonly code: string | null;
  readonly unitId: string;
  readonly authorId: string;
  readonly coAuthorIds: readonly string[];
  /** The plan of revision 1, 2, …; the last one is also the working draft. */
  readonly plans: readonly Plan[];
  readonly timeline: Timeline;
  /** Share of each KPI's gap (target − baseline) reached by the end (1 = on target). */
  readonly perf?: number;
  /** Leaves the last periodic progress report due before today unfiled (overdue). */
  readonly missedReport?: boolean;
  /** Progress reports (1-based) filed two working days late. */
  readonly lateReports?: readonly number[];
  readonly progressNotes?: readonly string[];
  readonly supportRequested?: string;
  /** Notifications older than this many days are marked read. */
  readonly readAfterDays?: number;
};

export type StoryResult = {
  readonly proposalId: string;
  readonly code: string;
  readonly status: State;
  readonly decidingUnitId: string;
  readonly audits: TimedAudit[];
  readonly notifications: NotificationRow[];
  /** Day of the approving decision, if any. */
  readonly approvedOn: IsoDay | null;
};

type OpenDeadline = {
  kind: DeadlineKind;
  unitId: string;
  assigneeId: string | null;
  openedAt: Date;
  dueDay: IsoDay;
  workingDays: number;
  status: DeadlineStatus;
  settledAt: Date | null;
};

/** Document numbers look like "125/QĐ-SKHCN": the issuer's abbreviation, numbered through the year. */
const usedNumbers = new Map<string, Set<number>>();
export function docNumber(unit: UnitInfo, day: IsoDay, type = "QĐ"): string {
  const suffix = docSuffix(unit);
  const key = `${suffix}|${day.slice(0, 4)}|${type}`;
  const used = usedNumbers.get(key) ?? new Set<number>();
  usedNumbers.set(key, used);
  const dayOfYear = Math.floor((Date.parse(day) - Date.parse(`${day.slice(0, 4)}-01-01`)) / 86_400_000) + 1;
  let n = Math.floor(dayOfYear * 1.7) + 6;
  while (used.has(n)) n += 1;
  used.add(n);
  return `${n}/${type}-${suffix}`;
}

function docSuffix(unit: UnitInfo): string {
  if (unit.kind === "PROVINCE" || /^(UBND|Ủy ban nhân dân)/.test(unit.name)) return "UBND";
  const last = unit.code.split("-").pop() ?? unit.code;
  return last.toUpperCase();
}

function num(s: string): number {
  return Number(s);
}

function decimalText(n: number): string {
  return String(Math.round(n * 100) / 100);
}

export async function allocateCode(tx: Tx, year: number): Promise<string> {
  const rows = await tx.$queryRaw<{ last: number }[]>`
    insert into "ProposalCounter" ("year", "last") values (${year}, 1)
    on conflict ("year") do update set "last" = "ProposalCounter"."last" + 1
    returning "last"`;
  return `DX-${year}-${String(rows[0].last).padStart(6, "0")}`;
}

export function searchTextOf(code: string, title: string, field: string): string {
  return foldVietnamese(`${code} ${title} ${field}`);
}

/** Writes the proposal and its whole history; returns the audit events and notifications to add. */
export async function writeStory(tx: Tx, dir: Directory, clock: Clock, input: StoryInput): Promise<StoryResult> {
  const { label, timeline } = input;
  const profileRules = clock.profile;
  const fail = (message: string): never => {
    throw new Error(`${label}: ${message}`);
  };
  const perf = input.perf ?? 1;
  const unit = await dir.unit(input.unitId);
  const parent = unit.parentId ? await dir.unit(unit.parentId) : null;
  const proposerIds = [input.authorId, ...input.coAuthorIds];
  const resolved = resolveDecidingUnit({
    unit: { unitId: unit.id, unitPath: unit.path },
    parent: parent ? { unitId: parent.id, unitPath: parent.path } : null,
    proposerIds,
    unitHeadIds: await dir.holders(unit.id, "HEAD"),
  });
  if (!resolved.ok) fail("the proposer heads a unit without a superior unit (Art. 7.4)");
  const decidingUnit = await dir.unit(resolved.ok ? resolved.decidingUnit.unitId : unit.id);

  const needsCollective = timeline.steps.some((s) =>
    ["review", "partyRequest", "meeting", "approve", "reject", "return", "direct", "evaluate", "close"].includes(s.step.do),
  );
  const head = needsCollective && dir.ensureHolder ? await dir.ensureHolder(decidingUnit.id, "HEAD") : (await dir.holders(decidingUnit.id, "HEAD"))[0];
  const needsParty = timeline.steps.some((s) => s.step.do === "partyOpinion");
  const party =
    needsParty && dir.ensureHolder
      ? await dir.ensureHolder(decidingUnit.id, "PARTY_COMMITTEE")
      : (await dir.holders(decidingUnit.id, "PARTY_COMMITTEE"))[0];
  const deputies = await dir.holders(decidingUnit.id, "DEPUTY");
  let monitor: string | null = null;
  for (const id of decidingUnit.path.split("/").filter(Boolean).reverse()) {
    monitor = (await dir.holders(id, "MONITOR"))[0] ?? null;
    if (monitor) break;
  }
  const requireHead = (): string => head ?? fail(`the deciding unit ${decidingUnit.code} has no HEAD`);
  const isAuthor = (id: string) => proposerIds.includes(id);

  const plans = input.plans.length > 0 ? input.plans : fail("no plan");
  const firstPlan = plans[0];
  const year = Number(toVietnamDate(timeline.createdAt).slice(0, 4));
  const code = input.code ?? (await allocateCode(tx, year));
  const href = (id: string) => `/proposals/${id}`;

  const created = await tx.proposal.create({
    data: {
      code,
      title: firstPlan.title,
      field: firstPlan.field,
      bottleneckKind: firstPlan.bottleneckKind,
      status: "DRAFT",
      unitId: unit.id,
      unitPath: unit.path,
      decidingUnitId: decidingUnit.id,
      authorId: input.authorId,
      draft: toJsonValue(firstPlan) ?? {},
      searchText: searchTextOf(code, firstPlan.title, firstPlan.field),
      createdAt: timeline.createdAt,
      updatedAt: timeline.createdAt,
      // The demo's co-authors wrote their plans together: their invitations are accepted.
      coAuthors: { create: input.coAuthorIds.map((userId) => ({ userId, status: "ACCEPTED" as const, invitedAt: timeline.createdAt, respondedAt: timeline.createdAt })) },
    },
    select: { id: true },
  });
  const proposalId = created.id;

  // State of the story as it unfolds.
  let status = "DRAFT" as State; // widened: closures below change it
  let version = 0;
  let title = firstPlan.title;
  let plan = firstPlan;
  let revisionNo = 0;
  let revisionId: string | null = null;
  let submittedAt: Date | null = null;
  let decidedAt: Date | null = null;
  let finishedAt: Date | null = null;
  let evaluatedAt: Date | null = null;
  let updatedAt = timeline.createdAt;
  let approvedOn: IsoDay | null = null;
  let approved: { decisionId: string; isPilot: boolean; pilotId: string; kpis: { id: string; name: string; unit: string; baseline: number; target: number }[] } | null = null;
  let resultReportId: string | null = null;
  let evaluationMeetingId: string | null = null;
  let pilot: {
    id: string;
    startDay: IsoDay;
    endDay: IsoDay;
    plannedEnd: IsoDay;
    kpis: { id: string; name: string; unit: string; baseline: number; target: number }[];
    reports: number;
    lastFiledDay: IsoDay | null;
  } | null = null;
  let lastAt = timeline.createdAt.getTime();
  let lastReportAt = null as Date | null;
  const deadlines: OpenDeadline[] = [];
  const audits: TimedAudit[] = [];
  const notifications: NotificationRow[] = [];
  // At the DECISION stage an opinion and a vote count only for the revision they were given on.
  const opinions = new Map<OpinionStage, { id: string; answered: boolean; revisionId: string | null }>();
  const tallies = new Map<MeetingPurpose, { tally: VoteTally; meetingId: string; revisionId: string | null }>();
  const notMetByRevision = new Map<string, Set<string>>();
  const onRevision = <T extends { revisionId: string | null }>(x: T | undefined): T | undefined => (x && x.revisionId === revisionId ? x : undefined);

  const audit = (when: Date, actorId: string, action: string, after: Record<string, unknown>, extra: { before?: unknown; meta?: Record<string, unknown> } = {}) => {
    audits.push({
      occurredAt: when,
      actorId,
      action,
      targetType: "Proposal",
      targetId: proposalId,
      proposalId,
      unitId: unit.id,
      before: extra.before,
      after,
      meta: { occurredAt: when.toISOString(), ...extra.meta },
    });
  };
  const notify = (when: Date, actorId: string | null, userIds: readonly (string | null | undefined)[], kind: string, extra: Record<string, string> = {}) => {
    const readAfter = (input.readAfterDays ?? 30) * 86_400_000;
    for (const userId of new Set(userIds)) {
      if (!userId || userId === actorId) continue;
      notifications.push({
        userId,
        kind,
        params: { code, title, ...extra },
        proposalId,
        href: href(proposalId),
        createdAt: when,
        readAt: clock.now.getTime() - when.getTime() > readAfter ? new Date(when.getTime() + 2 * 3_600_000) : null,
      });
    }
  };
  const transition = (event: WorkflowEvent) => {
    try {
      status = assertNext(status, event).to;
    } catch {
      fail(`"${event}" is not allowed from ${status}`);
    }
    version += 1;
  };
  const open = (kind: DeadlineKind, when: Date, dueDay: IsoDay, unitId: string, assigneeId: string | null) => {
    deadlines.push({
      kind,
      unitId,
      assigneeId,
      openedAt: when,
      dueDay,
      workingDays: workingDaysBetween(toVietnamDate(when), dueDay, clock.cal),
      status: "OPEN",
      settledAt: null,
    });
  };
  /** MET when answered by the due day, MISSED after it (server/deadlines.settleDeadlines), or CANCELLED. */
  const settle = (kind: DeadlineKind, when: Date, outcome: "ANSWERED" | "CANCELLED" = "ANSWERED") => {
    const day = toVietnamDate(when);
    for (const d of deadlines) {
      if (d.kind !== kind || d.status !== "OPEN") continue;
      d.status = outcome === "CANCELLED" ? "CANCELLED" : day <= d.dueDay ? "MET" : "MISSED";
      d.settledAt = when;
    }
  };
  const openDecision = (when: Date) =>
    open("DECISION", when, addWorkingDays(toVietnamDate(when), profileRules.decisionWorkingDays, clock.cal), decidingUnit.id, head ?? null);

  const every = profileRules.progressReportEveryDays;
  const reportDue = (k: number) => nextWorkingDayOnOrAfter(addCalendarDays(pilot!.startDay, every * k), clock.cal);
  const totalPeriods = () => Math.max(1, Math.round((Date.parse(pilot!.plannedEnd) - Date.parse(pilot!.startDay)) / 86_400_000 / every));
  const kpiValue = (k: { baseline: number; target: number }, fraction: number) =>
    k.baseline + (k.target - k.baseline) * Math.min(1, fraction) * perf;

  /** Files the periodic progress reports falling due before `boundary` (execution running). */
  const fileReports = async (boundary: IsoDay, tail: boolean) => {
    while (pilot && status === "IN_PROGRESS") {
      const k = pilot.reports + 1;
      const due = reportDue(k);
      const late = input.lateReports?.includes(k) ?? false;
      const filedDay = late ? addWorkingDays(due, 2, clock.cal) : due;
      if (filedDay >= boundary) return;
      if (tail && input.missedReport && reportDue(k + 1) >= clock.today) return;
      const when = new Date(Math.max(at(filedDay, 15, 30).getTime(), lastAt + 10 * 60_000));
      lastAt = when.getTime();
      const periodStart = addCalendarDays(pilot.startDay, every * (k - 1));
      const periodEnd = addCalendarDays(pilot.startDay, every * k - 1);
      const fraction = k / totalPeriods();
      const milestone = plan.milestones.find((m) => m.date >= periodStart && m.date <= periodEnd);
      const first = pilot.kpis[0];
      const firstValue = kpiValue(first, fraction);
      const summary = [
        `Kỳ báo cáo ${k} (${viDay(periodStart)} – ${viDay(periodEnd)}).`,
        input.progressNotes?.[k - 1] ??
          (milestone ? `Đã thực hiện mốc «${milestone.title}».` : "Các nhiệm vụ trong kỳ được triển khai theo kế hoạch."),
        `Chỉ tiêu «${first.name}» đạt ${decimalText(firstValue)} ${first.unit} (mục tiêu ${decimalText(first.target)} ${first.unit}).`,
      ].join(" ");
      await tx.progressReport.create({
        data: {
          pilotId: pilot.id,
          period: k,
          periodStart: dbDay(periodStart),
          periodEnd: dbDay(periodEnd),
          authorId: input.authorId,
          summary,
          risks: k % 2 === 0 ? (plan.risks[0]?.description ?? null) : null,
          supportRequested: k === 2 ? (input.supportRequested ?? null) : null,
          submittedAt: when,
          measurements: {
            create: pilot.kpis.map((kpi) => ({
              kpiId: kpi.id,
              pilotId: pilot!.id,
              measuredOn: dbDay(periodEnd),
              recordedById: input.authorId,
              createdAt: when,
              value: decimalText(kpiValue(kpi, fraction)),
              note: k === 1 ? "Số liệu kỳ đầu, đang chuẩn hóa cách đo." : null,
            })),
          },
        },
      });
      settle("PROGRESS_REPORT", when);
      pilot.reports = k;
      pilot.lastFiledDay = filedDay;
      lastReportAt = when;
      open("PROGRESS_REPORT", when, reportDue(k + 1), unit.id, input.authorId);
      audit(when, input.authorId, "pilot.report", { status, period: k, periodStart, periodEnd });
    }
  };

  for (const { step, day, at: when } of timeline.steps) {
    await fileReports(day, false);
    lastAt = Math.max(lastAt, when.getTime());
    const actorHead = () => requireHead();
    switch (step.do) {
      case "create":
        audit(when, input.authorId, "proposal.create", { status: "DRAFT", code, title });
        break;

      case "submit": {
        const before = status;
        transition("submit");
        plan = plans[Math.min(revisionNo, plans.length - 1)];
        title = plan.title;
        revisionNo += 1;
        const rev = await tx.proposalRevision.create({
          data: { proposalId, number: revisionNo, title: plan.title, plan: toJsonValue(plan) ?? {}, createdById: input.authorId, createdAt: when },
          select: { id: true },
        });
        revisionId = rev.id;
        submittedAt = when;
        settle("DECISION", when, "CANCELLED");
        openDecision(when);
        notify(when, input.authorId, await dir.holders(decidingUnit.id, "HEAD"), "proposal.submitted");
        notify(when, input.authorId, input.coAuthorIds, "proposal.submittedCoAuthor");
        const dueOn = deadlines[deadlines.length - 1].dueDay;
        audit(when, input.authorId, "proposal.submit", { status, revision: revisionNo, revisionId, decidingUnitId: decidingUnit.id, dueOn }, { before: { status: before } });
        break;
      }

      case "review": {
        const before = status;
        transition("startReview");
        const reviewer = deputies.find((d) => !isAuthor(d)) ?? actorHead();
        const findings = CONDITIONS.map((condition) => {
          // A plan about rules that exist but are unfit (KL 14) is not "not yet regulated" (Art. 5.1(a)).
          const unfit = condition === "NOT_YET_REGULATED" && plan.bottleneckKind === "UNFIT_REGULATION";
          const fallback: readonly [ConditionFinding, string] = unfit
            ? ["UNCLEAR", "Vấn đề đã có quy định nhưng không phù hợp thực tiễn (Kết luận 14-KL/TW); đề nghị người đứng đầu cân nhắc phạm vi điểm a khoản 1 Điều 5."]
            : ["MET", CONDITION_NOTES[condition]];
          const [finding, note] = step.findings?.[condition] ?? fallback;
          return { condition, finding, note };
        });
        const notMet = notMetByRevision.get(revisionId ?? "") ?? new Set<string>();
        for (const f of findings) if (f.finding === "NOT_MET") notMet.add(f.condition);
        notMetByRevision.set(revisionId ?? "", notMet);
        await tx.review.create({
          data: {
            proposalId,
            revisionId: revisionId ?? fail("review before submit"),
            reviewerId: reviewer,
            createdAt: when,
            updatedAt: when,
            findings: { create: findings },
          },
        });
        audit(when, reviewer, "proposal.review", { status, revision: revisionNo }, {
          before: { status: before },
          meta: { findings: Object.fromEntries(findings.map((f) => [f.condition, f.finding])) },
        });
        break;
      }

      case "partyRequest": {
        const requester = actorHead();
        const row = await tx.partyOpinion.create({
          data: { proposalId, stage: step.stage, revisionId: step.stage === "DECISION" ? revisionId : null, requestedById: requester, requestedAt: when, resultReportId: step.stage === "EVALUATION" ? resultReportId : null },
          select: { id: true },
        });
        opinions.set(step.stage, { id: row.id, answered: false, revisionId: step.stage === "DECISION" ? revisionId : null });
        if (step.stage === "DECISION") notify(when, requester, [party], "party.requested");
        audit(when, requester, "party.request", { status, stage: step.stage });
        break;
      }

      case "partyOpinion": {
        const pending = opinions.get(step.stage);
        if (!pending || pending.answered) fail(`no pending ${step.stage} party opinion`);
        const answeredBy = party ?? fail(`the deciding unit ${decidingUnit.code} has no PARTY_COMMITTEE`);
        if (isAuthor(answeredBy)) fail("the Party committee member is an author");
        await tx.partyOpinion.update({
          where: { id: pending!.id },
          data: { answeredById: answeredBy, answeredAt: when, stance: step.stance, content: step.content, version: { increment: 1 } },
        });
        pending!.answered = true;
        audit(when, answeredBy, "party.opine", { status, stage: step.stage, stance: step.stance });
        break;
      }

      case "meeting": {
        const expected: State = step.purpose === "DECISION" ? "IN_REVIEW" : "RESULT_REPORTED";
        if (status !== expected) fail(`a ${step.purpose} meeting needs status ${expected}, not ${status}`);
        const chair = actorHead();
        const choices = new Map<string, VoteChoice | "ABSENT">();
        for (const [ref, choice] of Object.entries(step.votes ?? {})) choices.set(await dir.userId(ref), choice);
        const others: VoteChoice = step.others ?? "FOR";
        const memberIds = [chair, ...deputies.filter((d) => d !== chair)];
        const tally = tallyVotes(
          {
            members: memberIds.map((userId) => ({ userId, isHead: userId === chair })),
            votes: memberIds
              .filter((id) => !isAuthor(id) && choices.get(id) !== "ABSENT")
              .map((userId) => ({ userId, choice: (choices.get(userId) ?? others) as VoteChoice })),
            proposerId: input.authorId,
            coAuthorIds: input.coAuthorIds,
          },
          profileRules.vote,
        );
        const excluded = new Map(tally.excluded.map((e) => [e.userId, e.reason]));
        const defaultMinutes =
          step.purpose === "DECISION"
            ? `Tập thể lãnh đạo thảo luận kế hoạch đề xuất ${code} (bản số ${revisionNo}); ý kiến của cấp ủy cùng cấp đã được báo cáo tại phiên họp; biểu quyết theo Điều 8 Nghị định 73/2023/NĐ-CP.`
            : `Tập thể lãnh đạo đánh giá kết quả thực hiện đề xuất ${code} theo Điều 18 Nghị định 73/2023/NĐ-CP, trên cơ sở báo cáo kết quả và ý kiến của cấp ủy cùng cấp.`;
        const meetingRow = await tx.meeting.create({
          select: { id: true },
          data: {
            proposalId,
            purpose: step.purpose,
            revisionId: step.purpose === "DECISION" ? revisionId : null,
            resultReportId: step.purpose === "EVALUATION" ? resultReportId : null,
            heldOn: dbDay(day),
            chairId: chair,
            minutes: step.minutes ?? defaultMinutes,
            tally: toJsonValue(tally) ?? {},
            closedAt: when,
            createdAt: when,
            members: {
              create: memberIds.map((userId) => ({
                userId,
                isHead: userId === chair,
                present: choices.get(userId) !== "ABSENT",
                excluded: excluded.has(userId),
                // The reason's code (a message key), as the use-case records it.
                exclusionReason: excluded.get(userId) ?? null,
              })),
            },
            votes: {
              create: memberIds
                .filter((id) => !excluded.has(id) && choices.get(id) !== "ABSENT")
                .map((voterId) => ({ voterId, choice: (choices.get(voterId) ?? others) as VoteChoice, recordedById: chair, createdAt: when })),
            },
          },
        });
        tallies.set(step.purpose, { tally, meetingId: meetingRow.id, revisionId: step.purpose === "DECISION" ? revisionId : null });
        if (step.purpose === "EVALUATION") evaluationMeetingId = meetingRow.id;
        audit(when, chair, "meeting.record", {
          status,
          purpose: step.purpose,
          eligible: tally.eligible,
          for: tally.for,
          against: tally.against,
          abstain: tally.abstain,
          passed: tally.passed,
          decidedBy: tally.decidedBy,
        });
        break;
      }

      case "approve": {
        const signer = actorHead();
        const basis = step.basis ?? "VOTE";
        const notMet = [...(notMetByRevision.get(revisionId ?? "") ?? [])];
        const voted = onRevision(tallies.get("DECISION"));
        const answered = onRevision(opinions.get("DECISION"));
        const issues = approvalIssues(
          {
            basis,
            tally: onRevision(tallies.get("DECISION"))?.tally ?? null,
            partyOpinionRecorded: onRevision(opinions.get("DECISION"))?.answered ?? false,
            rationale: step.rationale,
            conditionsNotMet: notMet,
            overrideReason: step.overrideReason,
          },
          profileRules,
        );
        if (issues.length > 0) fail(`approval refused: ${issues.map((i) => i.code).join(", ")}`);
        const before = status;
        transition("approve");
        const budget = BigInt(Math.round((num(plan.budgetVnd) * (step.budgetShare ?? 1)) / 1_000_000) * 1_000_000);
        const number = docNumber(decidingUnit, day);
        const decision = await tx.decision.create({
          data: {
            proposalId,
            revisionId: revisionId ?? fail("approve before submit"),
            kind: step.kind,
            basis,
            number,
            signedOn: dbDay(day),
            signerId: signer,
            scope: plan.scope,
            participatingUnits: step.participatingUnits ?? null,
            startDate: dbDay(timeline.startDate),
            endDate: dbDay(timeline.endDate),
            budgetVnd: budget,
            people: num(plan.people),
            equipment: plan.equipment || null,
            targets: toJsonValue(plan.kpis),
            monitorId: monitor,
            reportEveryDays: every,
            rationale: step.rationale ?? null,
            overrideReason: notMet.length ? (step.overrideReason ?? null) : null,
            meetingId: voted?.meetingId ?? null,
            partyOpinionId: answered?.answered ? answered.id : null,
            createdAt: when,
          },
          select: { id: true },
        });
        // The execution record exists from the approval on (the monitor follows it from then);
        // its first progress report opens only when execution starts.
        const budgetGranted = budget;
        const pilotRow = await tx.pilot.create({
          data: {
            proposalId,
            decisionId: decision.id,
            isPilot: step.kind === "PILOT",
            startDate: dbDay(timeline.startDate),
            endDate: dbDay(timeline.endDate),
            monitorId: monitor,
            reportEveryDays: every,
            scope: plan.scope,
            budgetVnd: budgetGranted,
            people: num(plan.people),
            equipment: plan.equipment || null,
            createdAt: when,
            updatedAt: when,
          },
          select: { id: true },
        });
        const kpiRows = await tx.kpi.createManyAndReturn({
          data: plan.kpis.map((k) => ({ pilotId: pilotRow.id, name: k.name, unitOfMeasure: k.unit, baseline: k.baseline, target: k.target, method: k.method })),
          select: { id: true, name: true, unitOfMeasure: true, baseline: true, target: true },
        });
        approved = {
          decisionId: decision.id,
          isPilot: step.kind === "PILOT",
          pilotId: pilotRow.id,
          kpis: kpiRows.map((k) => ({ id: k.id, name: k.name, unit: k.unitOfMeasure, baseline: Number(k.baseline), target: Number(k.target) })),
        };
        approvedOn = day;
        decidedAt = when;
        settle("DECISION", when);
        notify(when, signer, proposerIds, "proposal.approved", { kind: step.kind });
        audit(when, signer, "proposal.decide", { status, decisionId: decision.id, kind: step.kind, basis, number, budgetVnd: budget }, { before: { status: before } });
        break;
      }

      case "reject": {
        const signer = actorHead();
        const voted = onRevision(tallies.get("DECISION"));
        const answered = onRevision(opinions.get("DECISION"));
        const refused = rejectionIssues(voted?.tally ?? null);
        if (refused.length > 0) fail(`rejection refused: ${refused.map((i) => i.code).join(", ")}`);
        const before = status;
        transition("reject");
        const number = docNumber(decidingUnit, day, "TB");
        const decision = await tx.decision.create({
          data: {
            proposalId,
            revisionId: revisionId ?? fail("reject before submit"),
            kind: "NOT_APPROVED",
            basis: "VOTE",
            number,
            signedOn: dbDay(day),
            signerId: signer,
            reasons: step.reasons,
            meetingId: voted?.meetingId ?? null,
            partyOpinionId: answered?.answered ? answered.id : null,
            createdAt: when,
          },
          select: { id: true },
        });
        decidedAt = when;
        settle("DECISION", when);
        notify(when, signer, proposerIds, "proposal.notApproved");
        audit(when, signer, "proposal.decide", { status, decisionId: decision.id, kind: "NOT_APPROVED", number }, { before: { status: before } });
        break;
      }

      case "return": {
        const signer = actorHead();
        const refused = returnIssues(onRevision(tallies.get("DECISION"))?.tally ?? null);
        if (refused.length > 0) fail(`return refused: ${refused.map((i) => i.code).join(", ")}`);
        const before = status;
        transition("returnForRevision");
        const decision = await tx.decision.create({
          data: {
            proposalId,
            revisionId: revisionId ?? fail("return before submit"),
            kind: "RETURNED",
            signedOn: dbDay(day),
            signerId: signer,
            comments: step.comments,
            createdAt: when,
          },
          select: { id: true },
        });
        settle("DECISION", when);
        notify(when, signer, proposerIds, "proposal.returned");
        audit(when, signer, "proposal.return", { status, decisionId: decision.id, revision: revisionNo }, { before: { status: before }, meta: { comments: step.comments } });
        break;
      }

      case "withdraw": {
        const before = status;
        transition("withdraw");
        settle("DECISION", when, "CANCELLED");
        if (before !== "DRAFT") notify(when, input.authorId, await dir.holders(decidingUnit.id, "HEAD"), "proposal.withdrawn");
        audit(when, input.authorId, "proposal.withdraw", { status }, { before: { status: before }, meta: { reason: step.reason } });
        break;
      }

      case "start": {
        if (!approved) fail("start without an approving decision");
        transition("start");
        await tx.pilot.update({ where: { id: approved!.pilotId }, data: { startedAt: when, startedOn: dbDay(day), startDate: dbDay(day), updatedAt: when } });
        pilot = {
          id: approved!.pilotId,
          startDay: day,
          endDay: timeline.endDate,
          plannedEnd: timeline.endDate,
          kpis: approved!.kpis,
          reports: 0,
          lastFiledDay: null,
        };
        open("PROGRESS_REPORT", when, reportDue(1), unit.id, input.authorId);
        audit(when, input.authorId, "pilot.start", { status, pilotId: approved!.pilotId, isPilot: approved!.isPilot, startedOn: day }, { before: { status: "APPROVED" } });
        break;
      }

      case "note": {
        if (!pilot) fail("a monitoring note needs an execution record");
        const author = monitor ?? actorHead();
        await tx.monitoringNote.create({
          data: { pilotId: pilot!.id, authorId: author, kind: "REPORT_REVIEW", inspectedOn: dbDay(day), finding: step.finding, severity: step.severity, action: step.action ?? null, createdAt: when },
        });
        audit(when, author, "pilot.monitor", { status, severity: step.severity });
        break;
      }

      case "direct": {
        if (!pilot) fail("a directive needs an execution record");
        const issuer = actorHead();
        if (isAuthor(issuer)) fail("the head directing is an author");
        const before = status;
        let changes: Record<string, unknown> | undefined;
        let kind: DirectiveKind = step.kind;
        if (step.kind === "SUSPEND") {
          transition("suspend");
          settle("PROGRESS_REPORT", when, "CANCELLED");
        }
        else if (step.kind === "STOP") {
          transition("stop");
          settle("PROGRESS_REPORT", when, "CANCELLED");
          open("RESULT_REPORT", when, addWorkingDays(day, profileRules.resultReportWorkingDays, clock.cal), unit.id, input.authorId);
          finishedAt = when;
        } else if ((step.kind === "CONTINUE" || step.kind === "RESUME") && status === "SUSPENDED") {
          transition("resume");
          kind = "RESUME";
          const k = pilot!.reports + 1;
          open("PROGRESS_REPORT", when, reportDue(k), unit.id, input.authorId);
        }
        else if (step.kind === "ADJUST") {
          const newEnd = nextWorkingDayOnOrAfter(addCalendarDays(pilot!.endDay, step.extendDays ?? 60), clock.cal);
          changes = { endDate: { from: pilot!.endDay, to: newEnd } };
          pilot!.endDay = newEnd;
        }
        await tx.directive.create({
          data: {
            pilotId: pilot!.id,
            kind,
            reason: step.reason,
            changes: changes ? toJsonValue(changes) : undefined,
            issuedById: issuer,
            issuedAt: when,
            // Historical directives were acknowledged the next working day.
            ackDueOn: dbDay(addWorkingDays(day, profileRules.directiveAckWorkingDays, clock.cal)),
            acknowledgedAt: new Date(Math.min(at(addWorkingDays(day, 1, clock.cal), 9).getTime(), clock.now.getTime() - 60_000)),
            acknowledgedById: input.authorId,
          },
        });
        notify(when, issuer, proposerIds, "proposal.decided");
        audit(when, issuer, "pilot.direct", { status, directive: kind, ...(changes ? { changes } : {}) }, { before: { status: before }, meta: { reason: step.reason } });
        break;
      }

      case "finish": {
        transition("finish");
        settle("PROGRESS_REPORT", when, "CANCELLED");
        open("RESULT_REPORT", when, addWorkingDays(day, profileRules.resultReportWorkingDays, clock.cal), unit.id, input.authorId);
        finishedAt = when;
        audit(when, input.authorId, "pilot.finish", { status }, { before: { status: "IN_PROGRESS" } });
        break;
      }

      case "resultReport": {
        const before = status;
        transition("reportResult");
        const endDay = toVietnamDate(finishedAt ?? when);
        const fraction = pilot
          ? Math.min(1, (Date.parse(endDay) - Date.parse(pilot.startDay)) / Math.max(1, Date.parse(pilot.plannedEnd) - Date.parse(pilot.startDay)))
          : 1;
        const kpiResults = (pilot?.kpis ?? []).map((k) => ({
          name: k.name,
          unit: k.unit,
          baseline: decimalText(k.baseline),
          target: decimalText(k.target),
          achieved: decimalText(kpiValue(k, fraction)),
        }));
        const row = await tx.resultReport.create({
          data: { proposalId, authorId: input.authorId, content: step.content, kpiResults: toJsonValue(kpiResults), selfAssessment: step.selfAssessment, submittedAt: when },
          select: { id: true },
        });
        resultReportId = row.id;
        settle("RESULT_REPORT", when);
        open("EVALUATION", when, addWorkingDays(day, profileRules.evaluationWorkingDays, clock.cal), decidingUnit.id, head ?? null);
        audit(when, input.authorId, "result.report", { status, resultReportId: row.id }, { before: { status: before } });
        break;
      }

      case "evaluate": {
        const decider = actorHead();
        const issues = evaluationReadinessIssues(
          { resultReported: resultReportId !== null, partyOpinionRecorded: opinions.get("EVALUATION")?.answered ?? false, tally: tallies.get("EVALUATION")?.tally ?? null },
          profileRules,
        );
        if (issues.length > 0) fail(`evaluation refused: ${issues.map((i) => i.code).join(", ")}`);
        checkOutcome(step, fail);
        const before = status;
        transition("evaluate");
        const number = docNumber(decidingUnit, day);
        const row = await tx.evaluation.create({
          data: {
            proposalId,
            resultReportId: resultReportId ?? fail("evaluate before the result report"),
            category: step.category,
            objectiveCauses: step.objectiveCauses,
            subjectiveCauses: step.subjectiveCauses,
            followedPolicy: step.followedPolicy[0],
            followedPolicyEvidence: step.followedPolicy[1],
            pureMotive: step.pureMotive[0],
            pureMotiveEvidence: step.pureMotive[1],
            commonInterest: step.commonInterest[0],
            commonInterestEvidence: step.commonInterest[1],
            damageCaused: (step.damageVnd ?? 0) > 0,
            damageVnd: step.damageVnd ? BigInt(step.damageVnd) : null,
            conclusion: step.conclusion,
            abuse: (step.abuse ?? []).length > 0,
            abuseKinds: [...(step.abuse ?? [])],
            abuseFindings: step.abuseFindings ?? null,
            meetingId: evaluationMeetingId,
            partyOpinionId: opinions.get("EVALUATION")?.id ?? null,
            number,
            decidedOn: dbDay(day),
            decidedById: decider,
            createdAt: when,
          },
          select: { id: true },
        });
        evaluatedAt = when;
        settle("EVALUATION", when);
        notify(when, decider, proposerIds, "proposal.decided");
        audit(when, decider, "evaluation.decide", { status, evaluationId: row.id, category: step.category, conclusion: step.conclusion, number }, { before: { status: before } });
        break;
      }

      case "close": {
        const closer = actorHead();
        transition("close");
        audit(when, closer, "proposal.close", { status }, { before: { status: "EVALUATED" } });
        break;
      }

      case "recognize": {
        if (status !== "EVALUATED" && status !== "CLOSED") fail("recognition before evaluation");
        const by = step.by ? await dir.userId(step.by) : actorHead();
        if (isAuthor(by)) fail("an author recognising their own plan");
        const number = step.number ?? docNumber(decidingUnit, day);
        const people = step.coAuthorsToo ? proposerIds : [input.authorId];
        await tx.recognition.createMany({
          data: people.map((userId) => ({
            proposalId,
            userId,
            kind: step.kind,
            form: step.form ?? null,
            level: step.level ?? null,
            decidingBody: step.decidingBody ?? null,
            number,
            decidedOn: dbDay(day),
            note: step.note,
            recordedById: by,
            createdAt: when,
          })),
        });
        audit(when, by, "recognition.record", { status, kind: step.kind, form: step.form ?? null, level: step.level ?? null, decidingBody: step.decidingBody ?? null, number, userIds: people });
        break;
      }

      case "institutionalise": {
        if (status !== "EVALUATED" && status !== "CLOSED") fail("institutionalisation before evaluation");
        const by = actorHead();
        await tx.institutionalisation.create({
          data: {
            proposalId,
            targetDocument: step.targetDocument,
            authority: step.authority,
            content: step.content ?? step.note,
            status: step.status,
            recommendedOn: dbDay(day),
            recommendedById: by,
            note: step.note,
            createdAt: when,
          },
        });
        audit(when, by, "institutionalisation.recommend", { status, targetDocument: step.targetDocument, authority: step.authority });
        break;
      }
    }
    if (step.do !== "recognize" && step.do !== "institutionalise" && step.do !== "note") updatedAt = when;
  }
  await fileReports(clock.today, true);
  if (lastReportAt && lastReportAt > updatedAt) updatedAt = lastReportAt;

  // Execution record: milestones done so far, a possibly adjusted end.
  if (approved) {
    // Before the start nothing is done; after it, milestones up to the end (or today) mostly are.
    const doneUntil = pilot ? toVietnamDate(finishedAt ?? clock.now) : "0000-00-00";
    const half = Math.ceil(plan.milestones.length / 2);
    await tx.milestone.createMany({
      data: plan.milestones.map((m, i) => ({
        pilotId: approved!.pilotId,
        title: m.title,
        dueDate: dbDay(m.date),
        doneAt: m.date <= doneUntil && m.date < clock.today && (perf >= 0.85 || i < half) ? at(m.date, 16) : null,
        doneOn: m.date <= doneUntil && m.date < clock.today && (perf >= 0.85 || i < half) ? dbDay(m.date) : null,
      })),
    });
    if (pilot && pilot.endDay !== pilot.plannedEnd) await tx.pilot.update({ where: { id: pilot.id }, data: { endDate: dbDay(pilot.endDay), version: { increment: 1 } } });
  }

  // Deadlines, with the reminders and escalations the background jobs would have sent by now.
  const grace = profileRules.escalationGraceWorkingDays;
  const deadlineRows: Prisma.DeadlineCreateManyInput[] = [];
  for (const d of deadlines) {
    let remindedAt: Date | null = null;
    let escalatedAt: Date | null = null;
    let escalatedToUnitId: string | null = null;
    if (d.status === "OPEN") {
      const reminder = at(addWorkingDays(d.dueDay, -profileRules.reminderBeforeWorkingDays, clock.cal), 7);
      if (reminder.getTime() < clock.now.getTime() && reminder.getTime() > d.openedAt.getTime()) {
        remindedAt = reminder;
        notify(reminder, null, [d.assigneeId], "deadline.reminder");
      }
      if (dueInstant(d.dueDay).getTime() < clock.now.getTime()) {
        const overdueAt = at(addCalendarDays(d.dueDay, 1), 7);
        const pendingParty = d.kind === "DECISION" && opinions.get("DECISION")?.answered === false ? party : null;
        notify(overdueAt, null, [d.assigneeId, pendingParty], "deadline.overdue");
        const escalation = at(addWorkingDays(d.dueDay, grace + 1, clock.cal), 7);
        const dUnit = await dir.unit(d.unitId);
        if (escalation.getTime() < clock.now.getTime() && dUnit.parentId) {
          escalatedAt = escalation;
          escalatedToUnitId = dUnit.parentId;
          notify(escalation, null, await dir.holders(dUnit.parentId, "HEAD"), "deadline.escalated");
        }
      }
    }
    deadlineRows.push({
      proposalId,
      kind: d.kind,
      unitId: d.unitId,
      assigneeId: d.assigneeId,
      openedAt: d.openedAt,
      dueOn: dbDay(d.dueDay),
      workingDays: d.workingDays,
      status: d.status,
      settledAt: d.settledAt,
      remindedAt,
      escalatedAt,
      escalatedToUnitId,
    });
  }
  if (deadlineRows.length) await tx.deadline.createMany({ data: deadlineRows });

  await tx.proposal.update({
    where: { id: proposalId },
    data: {
      status,
      version,
      title,
      field: plan.field,
      bottleneckKind: plan.bottleneckKind,
      draft: toJsonValue(plans[plans.length - 1]) ?? {},
      searchText: searchTextOf(code, title, plan.field),
      currentRevision: revisionNo,
      submittedAt,
      decidedAt,
      finishedAt,
      evaluatedAt,
      updatedAt,
    },
  });

  return { proposalId, code, status, decidingUnitId: decidingUnit.id, audits, notifications, approvedOn };
}

/** The ONE conclusion rule (domain/outcome.ts, Art. 5.2, 6.1, 11): a story cannot write an unlawful outcome. */
function checkOutcome(step: Extract<Step, { do: "evaluate" }>, fail: (m: string) => never) {
  const issues = conclusionIssues({
    category: step.category,
    conditions: { followedPolicy: step.followedPolicy[0], pureMotive: step.pureMotive[0], commonInterest: step.commonInterest[0] },
    abuse: (step.abuse ?? []).length > 0,
    abuseKinds: step.abuse ?? [],
    conclusion: step.conclusion,
    damageVnd: step.damageVnd ? BigInt(step.damageVnd) : null,
  });
  if (issues.length > 0) fail(`evaluation ${step.category} → ${step.conclusion} refused: ${issues.map((i) => i.code).join(", ")}`);
}

/** Creates a replication record: `targetUnit` adopted the model of `source`, through `newProposal`. */
export async function writeReplication(
  tx: Tx,
  input: { sourceProposalId: string; sourceUnitId: string; targetUnitId: string; newProposalId: string | null; adoptedOn: IsoDay; note: string; actorId: string },
): Promise<TimedAudit> {
  const when = at(input.adoptedOn, 16, 40);
  const row = await tx.replication.create({
    data: {
      sourceProposalId: input.sourceProposalId,
      targetUnitId: input.targetUnitId,
      newProposalId: input.newProposalId,
      adoptedOn: dbDay(input.adoptedOn),
      note: input.note,
      createdAt: when,
    },
    select: { id: true },
  });
  return {
    occurredAt: when,
    actorId: input.actorId,
    action: "replication.record",
    targetType: "Proposal",
    targetId: input.sourceProposalId,
    proposalId: input.sourceProposalId,
    unitId: input.sourceUnitId,
    after: { replicationId: row.id, targetUnitId: input.targetUnitId, newProposalId: input.newProposalId },
    meta: { occurredAt: when.toISOString() },
  };
}


/** Publishes an evaluated model to the catalogue (KL 14 §2.5), as the model.publish use-case would. */
export async function writePublishedModel(
  tx: Tx,
  input: {
    proposalId: string;
    unit: { id: string; path: string; name: string };
    title: string;
    field: string;
    summary: string;
    results: { indicator: string; unit: string; baseline: string; target: string; achieved: string }[];
    contact: { name: string; title?: string; email?: string; phone?: string };
    publishedOn: IsoDay;
    actorId: string;
  },
): Promise<TimedAudit> {
  const when = at(input.publishedOn, 10, 5);
  const row = await tx.effectiveModel.create({
    data: {
      proposalId: input.proposalId,
      unitId: input.unit.id,
      unitPath: input.unit.path,
      title: input.title,
      field: input.field,
      summary: input.summary,
      results: input.results,
      contactName: input.contact.name,
      contactTitle: input.contact.title ?? null,
      contactEmail: input.contact.email ?? null,
      contactPhone: input.contact.phone ?? null,
      searchText: foldVietnamese(`${input.title} ${input.summary} ${input.unit.name} ${input.field}`),
      publishedAt: when,
      publishedById: input.actorId,
      createdAt: when,
    },
    select: { id: true },
  });
  return {
    occurredAt: when,
    actorId: input.actorId,
    action: "model.publish",
    targetType: "EffectiveModel",
    targetId: row.id,
    proposalId: input.proposalId,
    unitId: input.unit.id,
    after: { summary: input.summary, results: input.results, contactName: input.contact.name, documentIds: [] },
    meta: { occurredAt: when.toISOString() },
  };
}
