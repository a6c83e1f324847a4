/**
 * `npm run seed:volume`: performance data on top of the demo data — 1,000 units, 10,000 users,
 * 100,000 proposals spread over the last 3 years in every state, with the rows each state implies
 * for what lists and reports read (revision, deadlines, decision, execution record, result report,
 * evaluation, some recognitions/replications/institutionalisations, co-authors for ~10 %).
 *
 * Database: DATABASE_URL, else the embedded PostgreSQL of `npm start` (.data/pg, port 54329, db
 * "sangtao"; when `npm start` runs we connect to its server instead of starting a second one).
 * Migrations are applied first; an empty database gets the demo seed first (`prisma/seed.ts
 * --if-empty`).
 *
 * Idempotent: the volume units have codes "VOL-…"; when one exists the script does nothing. Every
 * volume row is written in ONE transaction (a failure leaves the database as it was), in bulk
 * (`INSERT … SELECT FROM unnest(arrays)`, 5,000 rows a statement); plans reuse one valid plan
 * (prisma/seed/plan.ts validPlan) with a varied title/field, merged in SQL.
 *
 * NO AUDIT EVENTS for volume rows, on purpose: the volume data is for performance measurements
 * only. The hash-chained audit log of the demo data stays exactly as it was, so
 * `npm run audit:verify` (verifyAuditChain) still passes; the timeline of a volume proposal is
 * simply empty.
 *
 * Proposal codes DX-YYYY-NNNNNN continue after the highest code/ProposalCounter of each year, and
 * ProposalCounter is advanced past them, so codes the app allocates later never collide.
 * Everyone's password is the demo password (one argon2 hash reused for all 10,000 users).
 * VOLUME_SEED (a number) changes the random data; SEED_NOW (ISO instant) pretends another "now".
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { addCalendarDays, addWorkingDays as addWorkingDaysRaw, toVietnamDate, workingDaysBetween as workingDaysBetweenRaw, type IsoDay } from "@/domain/calendar";
import { VIETNAM_CALENDAR } from "@/domain/holidays-vn";
import { allowedConclusions, type Conclusion } from "@/domain/outcome";
import { foldVietnamese, type Field } from "@/domain/plan";
import type { Prisma, ProposalStatus } from "@/generated/prisma/client";
import { hashPassword } from "@/server/passwords";
import { DEMO_PASSWORD } from "../prisma/demo-logins";
import { validPlan } from "../prisma/seed/plan";
import { openDatabase } from "./lib/bench-db";
import { bulkInsert, idFactory, prng, type Column } from "./lib/bench-sql";
import {
  FAMILY_NAMES,
  FEMALE_GIVEN,
  FEMALE_MIDDLE,
  FIELD_WEIGHTS,
  MALE_GIVEN,
  MALE_MIDDLE,
  MINISTRY_DEPARTMENTS,
  OFFICES,
  PROVINCE_DEPARTMENTS,
  TITLE_OBJECTS,
  TITLE_VERBS,
  TOP_UNITS,
} from "./lib/bench-volume-names";

export const VOLUME_MARKER = "VOL-";
const PROPOSALS = 100_000;
const USERS = 10_000;
const YEARS_BACK = 3;
const DAY = 86_400_000;

const t0 = Date.now();
const secs = () => ((Date.now() - t0) / 1000).toFixed(1).padStart(6);
const log = (m: string) => console.log(`[seed:volume ${secs()}s] ${m}`);

const rnd = prng(Number(process.env.VOLUME_SEED ?? 73_2023));
const newId = idFactory(rnd.next);
const now = process.env.SEED_NOW ? new Date(process.env.SEED_NOW) : new Date();
const today = toVietnamDate(now);
const cal = VIETNAM_CALENDAR;
const dbDay = (d: IsoDay) => d; // DATE columns take "YYYY-MM-DD"
/** The calendar functions walk day by day; ~1,100 distinct days × a few spans: memoise them. */
function memo<A extends unknown[], R>(f: (...a: A) => R): (...a: A) => R {
  const cache = new Map<string, R>();
  return (...a: A) => {
    const key = a.slice(0, 2).join("|");
    let r = cache.get(key);
    if (r === undefined) cache.set(key, (r = f(...a)));
    return r;
  };
}
const addWorkingDays = memo(addWorkingDaysRaw);
const workingDaysBetween = memo(workingDaysBetweenRaw);
const minDate = (a: Date, b: Date) => (a.getTime() < b.getTime() ? a : b);

// ───────────────────────────── Rows ─────────────────────────────

type UnitRow = Required<Pick<Prisma.UnitCreateManyInput, "id" | "code" | "name" | "shortName" | "kind" | "parentId" | "path" | "depth" | "createdAt" | "updatedAt">>;
type UserRow = Required<Pick<Prisma.UserCreateManyInput, "id" | "username" | "email" | "fullName" | "title" | "passwordHash" | "createdAt" | "updatedAt">>;
type MembershipRow = Required<Pick<Prisma.MembershipCreateManyInput, "id" | "userId" | "unitId" | "role" | "createdAt">>;
type ProposalRow = Required<Omit<Prisma.ProposalCreateManyInput, "draft">> & { coAuthorIds: string[] };
type CoAuthorRow = Prisma.ProposalCoAuthorCreateManyInput;
type RevisionRow = Required<Omit<Prisma.ProposalRevisionCreateManyInput, "plan">> & { field: string; bottleneckKind: string; coAuthorIds: string[] };
type DecisionRow = Prisma.DecisionCreateManyInput;
type PilotRow = Prisma.PilotCreateManyInput;
type ResultReportRow = Prisma.ResultReportCreateManyInput;
type EvaluationRow = Prisma.EvaluationCreateManyInput;
type RecognitionRow = Prisma.RecognitionCreateManyInput;
type ReplicationRow = Prisma.ReplicationCreateManyInput;
type InstitutionalisationRow = Prisma.InstitutionalisationCreateManyInput;
type DeadlineRow = Prisma.DeadlineCreateManyInput;

type VUnit = UnitRow & { top: number; placeName: string; docCode: string };

// ───────────────────────────── Organisation ─────────────────────────────

function buildUnits(root: { id: string; path: string }, at: Date): VUnit[] {
  const units: VUnit[] = [];
  TOP_UNITS.forEach((t, ti) => {
    const topId = newId();
    const top: VUnit = {
      id: topId,
      code: `${VOLUME_MARKER}${t.code}`,
      name: t.name,
      shortName: t.shortName,
      kind: t.kind,
      parentId: root.id,
      path: `${root.path}${topId}/`,
      depth: 1,
      createdAt: at,
      updatedAt: at,
      top: ti,
      placeName: t.place,
      docCode: t.kind === "PROVINCE" ? "UBND" : t.code,
    };
    units.push(top);
    const depts = t.kind === "PROVINCE" ? PROVINCE_DEPARTMENTS : MINISTRY_DEPARTMENTS;
    for (const [dcode, dname, dshort] of depts) {
      const deptId = newId();
      const dept: VUnit = {
        id: deptId,
        code: `${top.code}-${dcode}`,
        name: t.kind === "PROVINCE" ? `${dname} ${t.place}` : `${dname}, ${t.name}`,
        shortName: `${dshort} ${t.shortName}`,
        kind: "DEPARTMENT",
        parentId: topId,
        path: `${top.path}${deptId}/`,
        depth: 2,
        createdAt: at,
        updatedAt: at,
        top: ti,
        placeName: t.place,
        docCode: dcode,
      };
      units.push(dept);
      for (const [ocode, oname] of OFFICES) {
        const officeId = newId();
        units.push({
          id: officeId,
          code: `${dept.code}-${ocode}`,
          name: `${oname}, ${dept.name}`,
          shortName: `${oname === "Văn phòng" ? "Văn phòng" : oname.replace("Phòng ", "P. ")} ${dshort}`,
          kind: "OFFICE",
          parentId: deptId,
          path: `${dept.path}${officeId}/`,
          depth: 3,
          createdAt: at,
          updatedAt: at,
          top: ti,
          placeName: t.place,
          docCode: `${ocode}-${dcode}`,
        });
      }
    }
  });
  return units;
}

function personName(): string {
  const female = rnd.chance(0.48);
  const family = rnd.weighted(FAMILY_NAMES);
  const middle = rnd.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE);
  const given = rnd.pick(female ? FEMALE_GIVEN : MALE_GIVEN);
  // Some people carry a second middle name ("Nguyễn Thị Thu Hà").
  const second = rnd.chance(0.25) ? ` ${rnd.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)}` : "";
  return `${family} ${middle}${second === ` ${middle}` ? "" : second} ${given}`;
}

const HEAD_TITLE = { PROVINCE: "Chủ tịch UBND", MINISTRY: "Bộ trưởng", DEPARTMENT: "Giám đốc Sở", OFFICE: "Trưởng phòng" } as const;
const DEPUTY_TITLE = { PROVINCE: "Phó Chủ tịch UBND", MINISTRY: "Thứ trưởng", DEPARTMENT: "Phó Giám đốc Sở", OFFICE: "Phó Trưởng phòng" } as const;

type Org = {
  users: UserRow[];
  memberships: MembershipRow[];
  head: Map<string, string>;
  monitorOfTop: Map<number, string>;
  proposersByUnit: Map<string, string[]>;
  proposers: { userId: string; unit: VUnit }[];
};

function buildPeople(units: VUnit[], passwordHash: string, at: Date): Org {
  const users: UserRow[] = [];
  const memberships: MembershipRow[] = [];
  const head = new Map<string, string>();
  const monitorOfTop = new Map<number, string>();
  const proposersByUnit = new Map<string, string[]>();
  const proposers: { userId: string; unit: VUnit }[] = [];
  const add = (unit: VUnit, role: MembershipRow["role"], title: string) => {
    const n = users.length + 1;
    const username = `vol.${String(n).padStart(5, "0")}`;
    const id = newId();
    users.push({ id, username, email: `${username}@vol.gov.vn`, fullName: personName(), title, passwordHash, createdAt: at, updatedAt: at });
    memberships.push({ id: newId(), userId: id, unitId: unit.id, role, createdAt: at });
    return id;
  };
  for (const u of units) {
    const kind = u.kind as keyof typeof HEAD_TITLE;
    const headTitle = u.kind === "DEPARTMENT" && !u.name.startsWith("Sở") ? "Thủ trưởng đơn vị" : HEAD_TITLE[kind];
    const deputyTitle = u.kind === "DEPARTMENT" && !u.name.startsWith("Sở") ? "Phó Thủ trưởng đơn vị" : DEPUTY_TITLE[kind];
    head.set(u.id, add(u, "HEAD", `${headTitle}, ${u.shortName}`));
    add(u, "DEPUTY", `${deputyTitle}, ${u.shortName}`);
    if (u.depth <= 2) add(u, "PARTY_COMMITTEE", u.depth === 1 ? `Phó Bí thư, ${u.shortName}` : `Bí thư Đảng ủy, ${u.shortName}`);
    if (u.depth === 1) {
      add(u, "COMMISSION", u.kind === "PROVINCE" ? `Phó Trưởng Ban Tổ chức, ${u.shortName}` : `Vụ Tổ chức cán bộ, ${u.shortName}`);
      monitorOfTop.set(u.top, add(u, "MONITOR", `Thanh tra viên chính, ${u.shortName}`));
    }
  }
  // The rest are proposers: ~8 per office, ~7 per department, ~5 per province/ministry.
  const slots: VUnit[] = [];
  for (const u of units) for (let i = 0; i < (u.depth === 3 ? 8 : u.depth === 2 ? 7 : 5); i++) slots.push(u);
  let s = 0;
  while (users.length < USERS) {
    const unit = slots[s % slots.length];
    s += 1;
    const title = rnd.pick(["Chuyên viên", "Chuyên viên chính", "Chuyên viên", "Chuyên viên cao cấp", "Kỹ sư", "Thanh tra viên"]);
    const id = add(unit, "PROPOSER", `${title}, ${unit.shortName}`);
    proposers.push({ userId: id, unit });
    const list = proposersByUnit.get(unit.id) ?? [];
    list.push(id);
    proposersByUnit.set(unit.id, list);
  }
  return { users, memberships, head, monitorOfTop, proposersByUnit, proposers };
}

// ───────────────────────────── Proposals ─────────────────────────────

/** Most in execution or concluded, fewer drafts and pending ones. */
const STATE_WEIGHTS: readonly (readonly [ProposalStatus, number])[] = [
  ["DRAFT", 4], ["SUBMITTED", 1.5], ["IN_REVIEW", 1.5], ["RETURNED", 2], ["WITHDRAWN", 2], ["APPROVED", 1],
  ["NOT_APPROVED", 7], ["IN_PROGRESS", 22], ["SUSPENDED", 1], ["STOPPED", 2], ["FINISHED", 2],
  ["RESULT_REPORTED", 2], ["EVALUATED", 18], ["CLOSED", 35],
];

type Ev = "create" | "submit" | "review" | "return" | "withdraw" | "decide" | "start" | "suspend" | "stop" | "finish" | "report" | "evaluate" | "close";

/** The events each state went through, after "create". */
const PATH: Record<ProposalStatus, readonly Ev[]> = {
  DRAFT: [],
  SUBMITTED: ["submit"],
  IN_REVIEW: ["submit", "review"],
  RETURNED: ["submit", "return"],
  WITHDRAWN: ["submit", "withdraw"],
  APPROVED: ["submit", "decide"],
  NOT_APPROVED: ["submit", "decide"],
  IN_PROGRESS: ["submit", "decide", "start"],
  SUSPENDED: ["submit", "decide", "start", "suspend"],
  STOPPED: ["submit", "decide", "start", "stop"],
  FINISHED: ["submit", "decide", "start", "finish"],
  RESULT_REPORTED: ["submit", "decide", "start", "finish", "report"],
  EVALUATED: ["submit", "decide", "start", "finish", "report", "evaluate"],
  CLOSED: ["submit", "decide", "start", "finish", "report", "evaluate", "close"],
};

/** How long ago (days) the state's last event happened: pending states are recent, concluded ones spread over the years. */
const LAST_EVENT_AGO: Record<ProposalStatus, readonly [number, number]> = {
  DRAFT: [0, 120],
  SUBMITTED: [0, 25],
  IN_REVIEW: [0, 20],
  RETURNED: [1, 200],
  WITHDRAWN: [1, 900],
  APPROVED: [0, 20],
  NOT_APPROVED: [1, 1000],
  IN_PROGRESS: [0, 300],
  SUSPENDED: [0, 200],
  STOPPED: [0, 60],
  FINISHED: [0, 20],
  RESULT_REPORTED: [0, 25],
  EVALUATED: [1, 900],
  CLOSED: [1, 800],
};

/** Days from the previous event. A decision is on time (≤ 7 working days) about 85 % of the time. */
function gap(ev: Ev): number {
  switch (ev) {
    case "create":
      return 0;
    case "submit":
      return 2 + rnd.next() * 25;
    case "review":
      return 0.2 + rnd.next() * 4;
    case "return":
    case "decide":
      return rnd.chance(0.85) ? 1 + rnd.next() * 8 : 10 + rnd.next() * 20;
    case "withdraw":
      return 1 + rnd.next() * 14;
    case "start":
      return 3 + rnd.next() * 17;
    case "suspend":
      return 30 + rnd.next() * 120;
    case "stop":
      return 30 + rnd.next() * 170;
    case "finish":
      return 90 + rnd.next() * 210;
    case "report":
      return rnd.chance(0.85) ? 0.5 + rnd.next() * 6 : 8 + rnd.next() * 10;
    case "evaluate":
      return rnd.chance(0.85) ? 1 + rnd.next() * 8 : 11 + rnd.next() * 15;
    case "close":
      return 5 + rnd.next() * 55;
  }
}

/** Instants of each event: the last one `LAST_EVENT_AGO` days ago, the others before it, none older than 3 years. */
function timeline(status: ProposalStatus): Map<Ev, Date> {
  const evs: Ev[] = ["create", ...PATH[status]];
  const [lo, hi] = LAST_EVENT_AGO[status];
  const lastAgo = lo + rnd.next() * (hi - lo);
  const gaps = evs.map((e, i) => (i === 0 ? 0 : gap(e)));
  const total = gaps.reduce((a, b) => a + b, 0);
  const room = YEARS_BACK * 365 - 2 - lastAgo;
  const scale = total > room ? room / total : 1;
  const times = new Map<Ev, Date>();
  let t = now.getTime() - lastAgo * DAY - total * scale * DAY;
  evs.forEach((e, i) => {
    t += gaps[i] * scale * DAY;
    // office hours, Vietnamese time (UTC+7): 01:00–10:00 UTC
    const d = new Date(t);
    d.setUTCHours(1 + Math.floor(rnd.next() * 9), Math.floor(rnd.next() * 60), Math.floor(rnd.next() * 60), 0);
    times.set(e, minDate(d, now));
  });
  return times;
}

function title(field: Field, unit: VUnit): string {
  const verb = rnd.pick(TITLE_VERBS);
  const object = rnd.pick(TITLE_OBJECTS[field]);
  const r = rnd.next();
  const suffix = r < 0.35 ? ` tại ${unit.shortName}` : r < 0.55 ? ` trên địa bàn ${unit.placeName}` : r < 0.7 ? ` giai đoạn ${rnd.int(2024, 2026)}-${rnd.int(2027, 2030)}` : "";
  return `${verb} ${object}${suffix}`;
}

const CATEGORY: readonly (readonly ["A" | "B" | "C", number])[] = [["A", 68], ["B", 22], ["C", 10]];
/** C, with all three conditions met: the unit chooses among the conclusions the law allows (Art. 11). */
const C_CHOICE: readonly (readonly ["EXCLUDED" | "EXEMPTED" | "REDUCED", number])[] = [["EXCLUDED", 20], ["EXEMPTED", 40], ["REDUCED", 40]];

/** A random evaluation that the ONE conclusion rule (src/domain/outcome.ts) accepts. */
function randomOutcome() {
  const category = rnd.weighted(CATEGORY);
  const abuse = rnd.chance(0.012);
  // Most cadres acted in good faith; a few fail a condition and get no protection.
  const allMet = !abuse && rnd.chance(category === "A" ? 0.97 : 0.88);
  const failing = allMet ? null : rnd.pick(["followedPolicy", "pureMotive", "commonInterest"] as const);
  const conditions = {
    followedPolicy: allMet || (failing !== "followedPolicy" && !abuse),
    pureMotive: allMet || (failing !== "pureMotive" && !abuse),
    commonInterest: allMet || failing !== "commonInterest",
  };
  const allowed = allowedConclusions({ category, conditions, abuse });
  const conclusion: Conclusion = allowed.length === 1 ? allowed[0] : rnd.weighted(C_CHOICE);
  return { category, conditions, abuse, conclusion };
}

async function main(): Promise<number> {
  log(`Bắt đầu (start): ${PROPOSALS.toLocaleString("en")} đề xuất, ${USERS.toLocaleString("en")} người dùng, ~1.000 đơn vị.`);
  const database = await openDatabase({ migrate: true, log });
  const client = new pg.Client({ connectionString: database.url });
  try {
    await client.connect();
    const users0 = Number((await client.query<{ n: string }>(`select count(*) as n from "User"`)).rows[0].n);
    if (users0 === 0) {
      log("Cơ sở dữ liệu trống: nạp dữ liệu mẫu trước (empty database: running the demo seed first)…");
      const r = spawnSync(path.join("node_modules", ".bin", "tsx"), ["prisma/seed.ts", "--if-empty"], {
        stdio: "inherit",
        env: { ...process.env, DATABASE_URL: database.url },
      });
      if (r.status !== 0) throw new Error("the demo seed failed");
    }
    const marker = async () =>
      Number((await client.query<{ n: string }>(`select count(*) as n from "Unit" where code like $1`, [`${VOLUME_MARKER}%`])).rows[0].n);
    const existing = await marker();
    if (existing > 0) {
      log(`Dữ liệu khối lượng lớn đã có (${existing} đơn vị ${VOLUME_MARKER}…), không làm gì (volume data already present, nothing to do).`);
      return 0;
    }

    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await client.query("BEGIN");
    // Two concurrent runs: the second waits here, then finds the marker.
    await client.query(`select pg_advisory_xact_lock(hashtext('seed:volume'))`);
    if ((await marker()) > 0) {
      await client.query("ROLLBACK");
      log("Một lần chạy khác vừa nạp xong (another run just finished), không làm gì.");
      return 0;
    }
    const root = (await client.query<{ id: string; path: string }>(`select id, path from "Unit" where depth = 0 order by "createdAt", id limit 1`)).rows[0];
    if (!root) throw new Error("no root unit (depth 0): run the demo seed first");

    // ── organisation
    const orgAt = new Date(now.getTime() - (YEARS_BACK * 365 + 30) * DAY);
    const units = buildUnits(root, orgAt);
    const org = buildPeople(units, passwordHash, orgAt);
    const unitById = new Map(units.map((u) => [u.id, u]));
    const C = <T>(name: keyof T & string, type: string): Column<T> => ({ name, type });

    await bulkInsert<UnitRow>(client, "Unit", [
      C("id", "text"), C("code", "text"), C("name", "text"), C("shortName", "text"), C("kind", `"UnitKind"`),
      C("parentId", "text"), C("path", "text"), C("depth", "int"), C("createdAt", "timestamp(3)"), C("updatedAt", "timestamp(3)"),
    ], units, { chunk: 10_000 });
    await bulkInsert<UserRow>(client, "User", [
      C("id", "text"), C("username", "text"), C("email", "text"), C("fullName", "text"), C("title", "text"),
      C("passwordHash", "text"), C("createdAt", "timestamp(3)"), C("updatedAt", "timestamp(3)"),
    ], org.users, { chunk: 10_000 });
    await bulkInsert<MembershipRow>(client, "Membership", [
      C("id", "text"), C("userId", "text"), C("unitId", "text"), C("role", `"Role"`), C("createdAt", "timestamp(3)"),
    ], org.memberships, { chunk: 10_000 });
    log(`${units.length} đơn vị (units), ${org.users.length} người dùng (users), ${org.memberships.length} vai trò (memberships).`);

    // ── proposals, in memory first
    const proposals: ProposalRow[] = [];
    const times: Map<Ev, Date>[] = [];
    // A few prolific proposers (400, 380, … 20 proposals) so "my proposals" has many pages; the rest uniform.
    const authors: { userId: string; unit: VUnit }[] = [];
    const prolific = Array.from({ length: 20 }, (_, i) => org.proposers[(i * 397) % org.proposers.length]);
    prolific.forEach((p, i) => {
      for (let k = 0; k < 400 - i * 20; k++) authors.push(p);
    });
    while (authors.length < PROPOSALS) authors.push(org.proposers[Math.floor(rnd.next() * org.proposers.length)]);

    for (const a of authors) {
      const status = rnd.weighted(STATE_WEIGHTS);
      const field = rnd.weighted(FIELD_WEIGHTS);
      const tl = timeline(status);
      const at = (e: Ev) => tl.get(e) ?? null;
      const last = [...tl.values()].reduce((m, d) => (d > m ? d : m));
      const colleagues = (org.proposersByUnit.get(a.unit.id) ?? []).filter((id) => id !== a.userId);
      const coAuthorIds: string[] = [];
      if (colleagues.length > 0 && rnd.chance(0.1)) {
        coAuthorIds.push(rnd.pick(colleagues));
        if (rnd.chance(0.3)) {
          const second = rnd.pick(colleagues);
          if (!coAuthorIds.includes(second)) coAuthorIds.push(second);
        }
      }
      // Pilots file progress reports: the last change may be later than the last transition.
      const updatedAt =
        status === "IN_PROGRESS" || status === "SUSPENDED" ? new Date(last.getTime() + rnd.next() * (now.getTime() - last.getTime())) : last;
      proposals.push({
        id: newId(),
        code: "",
        title: title(field, a.unit),
        field,
        bottleneckKind: rnd.chance(0.6) ? "UNFIT_REGULATION" : "NOT_REGULATED",
        status,
        version: tl.size,
        unitId: a.unit.id,
        unitPath: a.unit.path,
        decidingUnitId: a.unit.id,
        authorId: a.userId,
        searchText: "",
        currentRevision: status === "DRAFT" ? 0 : 1,
        submittedAt: at("submit"),
        decidedAt: status === "RETURNED" ? null : at("decide"),
        finishedAt: at("finish") ?? at("stop"),
        evaluatedAt: at("evaluate"),
        createdAt: at("create")!,
        updatedAt,
        coAuthorIds,
      });
      times.push(tl);
    }

    // Codes in creation order within each year, after the demo's (and the live counter's) last one.
    const lastOfYear = new Map<number, number>();
    for (const r of (await client.query<{ year: number; last: number }>(`select year, last from "ProposalCounter"`)).rows) lastOfYear.set(r.year, r.last);
    const maxCodes = await client.query<{ year: number; n: number }>(
      `select substring(code from 4 for 4)::int as year, max(substring(code from 9)::int) as n
         from "Proposal" where code ~ '^DX-[0-9]{4}-[0-9]+$' group by 1`,
    );
    for (const r of maxCodes.rows) lastOfYear.set(r.year, Math.max(lastOfYear.get(r.year) ?? 0, r.n));
    const createdOf = (i: number) => times[i].get("create")!;
    const order = proposals.map((_, i) => i).sort((a, b) => createdOf(a).getTime() - createdOf(b).getTime());
    const counters = new Map<number, number>();
    for (const i of order) {
      const p = proposals[i];
      const year = Number(toVietnamDate(createdOf(i)).slice(0, 4));
      const n = (counters.get(year) ?? lastOfYear.get(year) ?? 0) + 1;
      counters.set(year, n);
      p.code = `DX-${year}-${String(n).padStart(6, "0")}`;
      p.searchText = foldVietnamese(`${p.code} ${p.title} ${p.field}`);
    }

    // ── the rows each state implies
    const coAuthors: CoAuthorRow[] = [];
    const revisions: RevisionRow[] = [];
    const decisions: DecisionRow[] = [];
    const pilots: PilotRow[] = [];
    const resultReports: ResultReportRow[] = [];
    const evaluations: EvaluationRow[] = [];
    const recognitions: RecognitionRow[] = [];
    const replications: ReplicationRow[] = [];
    const institutionalisations: InstitutionalisationRow[] = [];
    const deadlines: DeadlineRow[] = [];
    const docNo = new Map<string, number>();
    const docNumber = (unit: VUnit, day: IsoDay, type = "QĐ") => {
      const key = `${unit.id}|${day.slice(0, 4)}|${type}`;
      const n = (docNo.get(key) ?? 0) + 1;
      docNo.set(key, n);
      return `${n}/${type}-${unit.docCode}`;
    };
    const officesOutside = TOP_UNITS.map((_, top) => units.filter((u) => u.depth === 3 && u.top !== top));
    const template = validPlan({}, now);

    /** A deadline opened at `openedAt`, due `wd` working days later, settled at `settledAt` (MET/MISSED by the due day) or open. */
    const deadline = (
      p: ProposalRow,
      kind: DeadlineRow["kind"],
      unitId: string,
      assigneeId: string | null,
      openedAt: Date,
      wd: number,
      settled: Date | null | "CANCELLED",
      cancelledAt?: Date,
    ) => {
      const due = addWorkingDays(toVietnamDate(openedAt), wd, cal);
      const status: DeadlineRow["status"] =
        settled === "CANCELLED" ? "CANCELLED" : settled === null ? "OPEN" : toVietnamDate(settled) <= due ? "MET" : "MISSED";
      const settledAt = settled === "CANCELLED" ? cancelledAt ?? null : settled;
      const overdue = status === "OPEN" && due < today;
      // Escalated to the parent unit a few working days after the due day (the background job's work).
      const escalation = overdue ? new Date(`${addWorkingDays(due, 4, cal)}T00:00:00Z`) : null;
      const escalated = escalation && escalation.getTime() < now.getTime() ? escalation : null;
      deadlines.push({
        id: newId(),
        proposalId: p.id,
        kind,
        unitId,
        assigneeId,
        openedAt,
        dueOn: dbDay(due),
        workingDays: wd,
        status,
        settledAt,
        remindedAt: status === "OPEN" && workingDaysBetween(today, due, cal) <= 2 ? new Date(Math.max(openedAt.getTime(), now.getTime() - DAY)) : null,
        escalatedAt: escalated,
        escalatedToUnitId: escalated ? unitById.get(unitId)?.parentId ?? null : null,
      });
    };

    proposals.forEach((p, i) => {
      const tl = times[i];
      const unit = unitById.get(p.unitId)!;
      const head = org.head.get(p.decidingUnitId)!;
      const monitor = org.monitorOfTop.get(unit.top) ?? null;
      for (const userId of p.coAuthorIds) coAuthors.push({ proposalId: p.id, userId });
      const submitted = tl.get("submit");
      if (!submitted) return; // a draft: nothing else yet
      const revisionId = newId();
      revisions.push({
        id: revisionId,
        proposalId: p.id,
        number: 1,
        title: p.title,
        createdById: p.authorId,
        createdAt: submitted,
        field: p.field,
        bottleneckKind: p.bottleneckKind!,
        coAuthorIds: p.coAuthorIds,
      });

      // Decision (Art. 8): the deadline opened at submission.
      const decided = tl.get("decide") ?? tl.get("return") ?? null;
      const withdrawn = tl.get("withdraw");
      deadline(p, "DECISION", p.decidingUnitId, head, submitted, 7, withdrawn ? "CANCELLED" : decided, withdrawn);
      if (!decided) return;
      const day = toVietnamDate(decided);
      if (p.status === "RETURNED") {
        decisions.push({ id: newId(), proposalId: p.id, revisionId, kind: "RETURNED", signedOn: dbDay(day), signerId: head, comments: "Đề nghị bổ sung chỉ tiêu đo lường và dự toán chi tiết.", createdAt: decided });
        return;
      }
      if (p.status === "NOT_APPROVED") {
        decisions.push({
          id: newId(), proposalId: p.id, revisionId, kind: "NOT_APPROVED", basis: "VOTE", number: docNumber(unit, day, "TB"), signedOn: dbDay(day), signerId: head,
          reasons: rnd.pick(["Nội dung vượt thẩm quyền của đơn vị.", "Chưa đủ cơ sở pháp lý.", "Chưa chứng minh được tính cấp thiết.", "Dự toán chưa phù hợp khả năng ngân sách."]),
          createdAt: decided,
        });
        return;
      }
      const isPilot = rnd.chance(0.6);
      const headAlone = rnd.chance(0.1);
      const startDay = toVietnamDate(tl.get("start") ?? new Date(decided.getTime() + 10 * DAY));
      const plannedEnd = addCalendarDays(startDay, rnd.int(120, 365));
      const decisionId = newId();
      decisions.push({
        id: decisionId, proposalId: p.id, revisionId, kind: isPilot ? "PILOT" : "IMPLEMENT", basis: headAlone ? "HEAD_ALONE" : "VOTE",
        number: docNumber(unit, day), signedOn: dbDay(day), signerId: head, scope: template.scope,
        startDate: dbDay(startDay), endDate: dbDay(plannedEnd), budgetVnd: BigInt(rnd.int(20, 2000) * 1_000_000), people: rnd.int(3, 20),
        monitorId: monitor, reportEveryDays: 30,
        rationale: headAlone ? "Tập thể lãnh đạo chưa thống nhất; người đứng đầu quyết định và chịu trách nhiệm cá nhân (Điều 8)." : null,
        createdAt: decided,
      });
      const started = tl.get("start");
      if (!started) return; // approved, not started yet
      pilots.push({
        id: newId(), proposalId: p.id, decisionId, isPilot, startDate: dbDay(startDay), endDate: dbDay(plannedEnd),
        monitorId: monitor, reportEveryDays: 30, createdAt: started, updatedAt: tl.get("suspend") ?? tl.get("stop") ?? tl.get("finish") ?? started,
      });
      const ended = tl.get("finish") ?? tl.get("stop");
      if (!ended) {
        // Executing: the next progress report, about a quarter of them overdue.
        const due = addCalendarDays(today, rnd.int(-10, 29));
        const openedAt = new Date(Math.max(started.getTime(), Date.parse(`${due}T01:00:00Z`) - 30 * DAY));
        const wd = Math.max(1, workingDaysBetween(toVietnamDate(openedAt), due, cal));
        deadline(p, "PROGRESS_REPORT", p.unitId, p.authorId, openedAt, wd, null);
        return;
      }
      // Result report (Art. 18): 5 working days from the end.
      const reported = tl.get("report") ?? null;
      deadline(p, "RESULT_REPORT", p.unitId, p.authorId, ended, 5, reported);
      if (!reported) return;
      const resultReportId = newId();
      resultReports.push({
        id: resultReportId, proposalId: p.id, authorId: p.authorId,
        content: "Báo cáo kết quả thực hiện kế hoạch: đã hoàn thành các mốc chính, chi tiết theo phụ lục.",
        selfAssessment: rnd.pick(["Hoàn thành mục tiêu.", "Hoàn thành phần lớn mục tiêu.", "Chưa đạt một số chỉ tiêu do nguyên nhân khách quan."]),
        submittedAt: reported,
      });
      const evaluated = tl.get("evaluate") ?? null;
      deadline(p, "EVALUATION", p.decidingUnitId, head, reported, 7, evaluated);
      if (!evaluated) return;
      const evDay = toVietnamDate(evaluated);
      const { category, conditions, abuse, conclusion } = randomOutcome();
      evaluations.push({
        id: newId(), proposalId: p.id, resultReportId, category,
        objectiveCauses: category === "A" ? "Điều kiện triển khai thuận lợi." : "Quy định thay đổi trong quá trình thực hiện; nguồn lực chưa bảo đảm.",
        subjectiveCauses: category === "A" ? "Người đề xuất chủ động, đúng kế hoạch." : "Khâu phối hợp giữa các đơn vị còn chậm.",
        followedPolicy: conditions.followedPolicy, followedPolicyEvidence: conditions.followedPolicy ? "Thực hiện theo quyết định phê duyệt." : "Mở rộng phạm vi ngoài quyết định phê duyệt.",
        pureMotive: conditions.pureMotive, pureMotiveEvidence: conditions.pureMotive ? "Không có vụ lợi." : "Có dấu hiệu vụ lợi.",
        commonInterest: conditions.commonInterest, commonInterestEvidence: conditions.commonInterest ? "Phục vụ người dân, doanh nghiệp." : "Chủ yếu phục vụ lợi ích nhóm.",
        damageCaused: category === "C", damageVnd: category === "C" ? BigInt(rnd.int(5, 500) * 1_000_000) : null,
        abuse, abuseFindings: abuse ? "Kết luận thanh tra: lợi dụng chủ trương để trục lợi." : null,
        conclusion, number: docNumber(unit, evDay), decidedOn: dbDay(evDay), decidedById: head, createdAt: evaluated,
      });
      const afterEval = (minDays: number, maxDays: number) => {
        const d = addCalendarDays(evDay, rnd.int(minDays, maxDays));
        return d > today ? today : d;
      };
      if (category === "A" && rnd.chance(0.12)) {
        const on = afterEval(5, 60);
        recognitions.push({
          id: newId(), proposalId: p.id, userId: p.authorId,
          kind: rnd.weighted([["PRAISE", 50], ["COMMENDATION", 30], ["REWARD", 10], ["EARLY_SALARY_STEP", 7], ["PROMOTION", 3]] as const),
          number: docNumber(unit, on, "QĐ-KT"), decidedOn: dbDay(on), note: "Khen thưởng theo Điều 10 Nghị định 73/2023/NĐ-CP.", createdAt: new Date(`${on}T03:00:00Z`),
        });
      }
      if (category === "A" && rnd.chance(0.02)) {
        const on = afterEval(30, 240);
        const target = rnd.pick(officesOutside[unit.top]);
        replications.push({ id: newId(), sourceProposalId: p.id, targetUnitId: target.id, adoptedOn: dbDay(on), note: "Nhân rộng mô hình đã được đánh giá hoàn thành.", createdAt: new Date(`${on}T03:00:00Z`) });
      }
      if ((category === "A" || category === "B") && rnd.chance(0.025)) {
        const on = afterEval(10, 120);
        institutionalisations.push({
          id: newId(), proposalId: p.id, targetDocument: `Quy định của ${unit.placeName} về ${p.title.charAt(0).toLowerCase()}${p.title.slice(1)}`.slice(0, 300),
          authority: unit.kind === "OFFICE" ? "Ủy ban nhân dân cấp tỉnh" : "Bộ, ngành chủ quản",
          status: rnd.weighted([["RECOMMENDED", 40], ["DRAFTING", 30], ["ISSUED", 20], ["DECLINED", 10]] as const),
          recommendedOn: dbDay(on), createdAt: new Date(`${on}T03:00:00Z`),
        });
      }
    });
    const byState = new Map<string, number>();
    for (const p of proposals) byState.set(p.status, (byState.get(p.status) ?? 0) + 1);
    log(`Đã dựng dữ liệu trong bộ nhớ (built in memory): ${[...byState].map(([s, n]) => `${s} ${n}`).join(", ")}.`);

    // ── write, in bulk
    const progress = (table: string, total: number) => (done: number) => {
      if (done === total || done % 25_000 === 0) log(`  ${table}: ${done.toLocaleString("en")}/${total.toLocaleString("en")}`);
    };
    const planSql = (u: string) =>
      `$tpl::jsonb || jsonb_build_object('title', ${u}."title", 'field', ${u}."field", 'bottleneckKind', ${u}."bottleneckKind"::text, 'coAuthorIds', ${u}."coAuthorIdsJson")`;
    await bulkInsert<ProposalRow>(
      client,
      "Proposal",
      [
        C("id", "text"), C("code", "text"), C("title", "text"), C("field", "text"), C("bottleneckKind", `"BottleneckKind"`),
        C("status", `"ProposalStatus"`), C("version", "int"), C("unitId", "text"), C("unitPath", "text"), C("decidingUnitId", "text"),
        C("authorId", "text"), C("searchText", "text"), C("currentRevision", "int"), C("submittedAt", "timestamp(3)"),
        C("decidedAt", "timestamp(3)"), C("finishedAt", "timestamp(3)"), C("evaluatedAt", "timestamp(3)"),
        C("createdAt", "timestamp(3)"), C("updatedAt", "timestamp(3)"),
      ],
      proposals,
      {
        computed: { draft: planSql("u") },
        params: { tpl: JSON.stringify(template) },
        helperColumns: [{ name: "coAuthorIdsJson", type: "jsonb", value: (r) => JSON.stringify(r.coAuthorIds) }],
        onProgress: progress("Proposal", proposals.length),
      },
    );
    await bulkInsert<CoAuthorRow>(client, "ProposalCoAuthor", [C("proposalId", "text"), C("userId", "text")], coAuthors, { chunk: 10_000 });
    log(`  ProposalCoAuthor: ${coAuthors.length.toLocaleString("en")}`);
    await bulkInsert<RevisionRow>(
      client,
      "ProposalRevision",
      [C("id", "text"), C("proposalId", "text"), C("number", "int"), C("title", "text"), C("createdById", "text"), C("createdAt", "timestamp(3)")],
      revisions,
      {
        computed: { plan: planSql("u") },
        params: { tpl: JSON.stringify(template) },
        helperColumns: [
          { name: "field", type: "text", value: (r) => r.field },
          { name: "bottleneckKind", type: "text", value: (r) => r.bottleneckKind },
          { name: "coAuthorIdsJson", type: "jsonb", value: (r) => JSON.stringify(r.coAuthorIds) },
        ],
        onProgress: progress("ProposalRevision", revisions.length),
      },
    );
    await bulkInsert<DecisionRow>(
      client,
      "Decision",
      [
        C("id", "text"), C("proposalId", "text"), C("revisionId", "text"), C("kind", `"DecisionKind"`), C("basis", `"DecisionBasis"`),
        C("number", "text"), C("signedOn", "date"), C("signerId", "text"), C("scope", "text"), C("startDate", "date"), C("endDate", "date"),
        C("budgetVnd", "bigint"), C("people", "int"), C("monitorId", "text"), C("reportEveryDays", "int"), C("reasons", "text"),
        C("comments", "text"), C("rationale", "text"), C("createdAt", "timestamp(3)"),
      ],
      decisions,
      { onProgress: progress("Decision", decisions.length) },
    );
    await bulkInsert<PilotRow>(
      client,
      "Pilot",
      [
        C("id", "text"), C("proposalId", "text"), C("decisionId", "text"), C("isPilot", "boolean"), C("startDate", "date"), C("endDate", "date"),
        C("monitorId", "text"), C("reportEveryDays", "int"), C("createdAt", "timestamp(3)"), C("updatedAt", "timestamp(3)"),
      ],
      pilots,
      { onProgress: progress("Pilot", pilots.length) },
    );
    await bulkInsert<ResultReportRow>(
      client,
      "ResultReport",
      [C("id", "text"), C("proposalId", "text"), C("authorId", "text"), C("content", "text"), C("selfAssessment", "text"), C("submittedAt", "timestamp(3)")],
      resultReports,
      { onProgress: progress("ResultReport", resultReports.length) },
    );
    await bulkInsert<EvaluationRow>(
      client,
      "Evaluation",
      [
        C("id", "text"), C("proposalId", "text"), C("resultReportId", "text"), C("category", `"OutcomeCategory"`), C("objectiveCauses", "text"),
        C("subjectiveCauses", "text"), C("followedPolicy", "boolean"), C("followedPolicyEvidence", "text"), C("pureMotive", "boolean"),
        C("pureMotiveEvidence", "text"), C("commonInterest", "boolean"), C("commonInterestEvidence", "text"), C("damageCaused", "boolean"),
        C("damageVnd", "bigint"), C("conclusion", `"ProtectionConclusion"`), C("number", "text"), C("decidedOn", "date"),
        C("decidedById", "text"), C("createdAt", "timestamp(3)"), C("abuse", "boolean"), C("abuseFindings", "text"),
      ],
      evaluations,
      {
        // Arrays do not unnest as one cell each: the one abuse kind the volume seed writes is set in SQL.
        computed: { abuseKinds: `CASE WHEN u."abuse" THEN ARRAY['PROFITEERING']::text[] ELSE ARRAY[]::text[] END` },
        onProgress: progress("Evaluation", evaluations.length),
      },
    );
    await bulkInsert<RecognitionRow>(
      client,
      "Recognition",
      [C("id", "text"), C("proposalId", "text"), C("userId", "text"), C("kind", `"RecognitionKind"`), C("number", "text"), C("decidedOn", "date"), C("note", "text"), C("createdAt", "timestamp(3)")],
      recognitions,
    );
    await bulkInsert<ReplicationRow>(
      client,
      "Replication",
      [C("id", "text"), C("sourceProposalId", "text"), C("targetUnitId", "text"), C("adoptedOn", "date"), C("note", "text"), C("createdAt", "timestamp(3)")],
      replications,
    );
    await bulkInsert<InstitutionalisationRow>(
      client,
      "Institutionalisation",
      [
        C("id", "text"), C("proposalId", "text"), C("targetDocument", "text"), C("authority", "text"),
        C("status", `"InstitutionalisationStatus"`), C("recommendedOn", "date"), C("createdAt", "timestamp(3)"),
      ],
      institutionalisations,
    );
    log(`  Recognition ${recognitions.length}, Replication ${replications.length}, Institutionalisation ${institutionalisations.length}`);
    await bulkInsert<DeadlineRow>(
      client,
      "Deadline",
      [
        C("id", "text"), C("proposalId", "text"), C("kind", `"DeadlineKind"`), C("unitId", "text"), C("assigneeId", "text"),
        C("openedAt", "timestamp(3)"), C("dueOn", "date"), C("workingDays", "int"), C("status", `"DeadlineStatus"`),
        C("settledAt", "timestamp(3)"), C("remindedAt", "timestamp(3)"), C("escalatedAt", "timestamp(3)"), C("escalatedToUnitId", "text"),
      ],
      deadlines,
      { chunk: 10_000, onProgress: progress("Deadline", deadlines.length) },
    );
    for (const [year, last] of counters) {
      await client.query(
        `insert into "ProposalCounter" ("year", "last") values ($1, $2)
         on conflict ("year") do update set "last" = greatest("ProposalCounter"."last", excluded."last")`,
        [year, last],
      );
    }
    log(`ProposalCounter: ${[...counters].sort(([a], [b]) => a - b).map(([y, n]) => `${y} → ${n}`).join(", ")}`);
    await client.query("COMMIT");
    log("Đã ghi xong (committed). VACUUM ANALYZE…");

    // Fresh statistics and visibility map, as autovacuum would leave them after a while.
    for (const t of ["Unit", "User", "Membership", "Proposal", "ProposalCoAuthor", "ProposalRevision", "Decision", "Pilot", "ResultReport", "Evaluation", "Deadline"]) {
      await client.query(`VACUUM (ANALYZE) "${t}"`);
    }
    const prolificUser = org.users.find((u) => u.id === prolific[0].userId)!;
    log(
      `Xong (done): ${units.length} đơn vị, ${org.users.length} người dùng, ${proposals.length} đề xuất, ${revisions.length} bản kế hoạch, ` +
        `${decisions.length} quyết định, ${pilots.length} hồ sơ triển khai, ${evaluations.length} đánh giá, ${deadlines.length} thời hạn, ` +
        `${coAuthors.length} đồng tác giả. Mật khẩu chung (password for all): ${DEMO_PASSWORD}; ` +
        `người đề xuất nhiều nhất (most prolific proposer): ${prolificUser.username}.`,
    );
    return 0;
  } catch (e) {
    await client.query("ROLLBACK").catch(() => {});
    throw e;
  } finally {
    await client.end().catch(() => {});
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error("[seed:volume] Lỗi (failed):", e);
    process.exit(1);
  },
);
