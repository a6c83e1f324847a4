/**
 * `npm run bench`: server-side time of the requests that have a budget, on the volume data
 * (`npm run seed:volume` first). Not part of `npm test`; exit code 1 when a budget is missed, so it
 * can gate later (2 when the bench itself fails).
 *
 * (a) Direct calls of the server functions in src/server (the main measurement): the actors are
 *     loaded with loadActor as a request would; each case runs WARMUP times, then RUNS times in a
 *     row; the table shows median and p95 (nearest rank) and how many SQL statements one call sends.
 *     The budget is checked against p95 (BENCH_GATE=median to check the median instead).
 * (b) With BENCH_URL (e.g. http://localhost:3000 while `npm start` runs): the same pages over HTTP,
 *     signed in through next-auth's credentials flow, time to the complete response.
 *
 * Database: DATABASE_URL, else the embedded PostgreSQL of `npm start` (connects to it when it runs,
 * else starts it on .data/pg for the duration of the bench).
 *
 * Options: --runs N (30), --warmup N (3), --only <text> (cases whose name contains it),
 *          --explain (EXPLAIN (ANALYZE, BUFFERS) of every statement of the cases over budget),
 *          --explain-all (of every case). Env: BENCH_URL, BENCH_HTTP_RUNS, BENCH_GATE.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import type { QueryEvent } from "@/generated/prisma/internal/prismaNamespace";
import { foldVietnamese } from "@/domain/plan";
import { loadActor, type SessionActor } from "@/server/actor";
import { benchReports } from "./lib/bench-reports";
import { homeData } from "@/server/home";
import { getProposal, listMyProposals, overdueCount, proposalTimeline, statusCounts } from "@/server/proposals/queries";
import { dayToDate } from "@/server/rules";
import { reportScope } from "@/server/scope";
import { toVietnamDate } from "@/domain/calendar";
import { DEMO_PASSWORD } from "../prisma/demo-logins";
import { openDatabase } from "./lib/bench-db";
import { HttpSession } from "./lib/bench-http";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const RUNS = Number(arg("--runs") ?? 30);
const WARMUP = Number(arg("--warmup") ?? 3);
const ONLY = arg("--only");
const EXPLAIN = process.argv.includes("--explain-all") ? "all" : process.argv.includes("--explain") ? "failed" : null;
const GATE = process.env.BENCH_GATE === "median" ? "median" : "p95";
const BENCH_URL = process.env.BENCH_URL;
const HTTP_RUNS = Number(process.env.BENCH_HTTP_RUNS ?? RUNS);

const log = (m: string) => console.log(`[bench] ${m}`);

type Case = {
  name: string;
  budgetMs: number;
  /** false: shown for information, never fails the run (e.g. a query the app does not have yet). */
  gate?: boolean;
  note?: string;
  /** Timed and warm-up runs for slow cases (an export takes seconds), instead of --runs/--warmup. */
  runs?: number;
  warmup?: number;
  run: () => Promise<unknown>;
};
type Result = { c: Case; median: number; p95: number; min: number; queries: number; ok: boolean; layer: "server" | "http"; bytes?: number };

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { median: s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2, p95: at(0.95), min: s[0] };
}

function table(results: Result[]) {
  const rows = results.map((r) => [
    r.c.name,
    `${r.c.budgetMs}`,
    r.median.toFixed(1),
    r.p95.toFixed(1),
    r.min.toFixed(1),
    r.layer === "server" ? String(r.queries) : `${Math.round((r.bytes ?? 0) / 1024)} KB`,
    r.c.gate === false ? (r.ok ? "(ok)" : "(over)") : r.ok ? "PASS" : "FAIL",
  ]);
  const head = ["case", "budget ms", "median ms", "p95 ms", "min ms", "SQL / size", "result"];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<number> {
  const database = await openDatabase({ migrate: false, log });
  process.env.DATABASE_URL = database.url;
  // The server's `db` is created lazily on globalThis.__db (src/server/db.ts): put a client there
  // that reports its statements, so the bench can count them and EXPLAIN them.
  let recording: QueryEvent[] | null = null;
  const client = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: Number(process.env.DB_POOL_SIZE ?? 10) }),
    log: [{ emit: "event", level: "query" }],
  });
  client.$on("query", (e) => recording?.push(e));
  (globalThis as unknown as { __db?: PrismaClient }).__db = client;
  const raw = new pg.Client({ connectionString: database.url });
  await raw.connect();

  try {
    // ── subjects
    const vol = await raw.query<{ n: string }>(`select count(*) as n from "Unit" where code like 'VOL-%'`);
    if (Number(vol.rows[0].n) === 0) {
      console.error("[bench] Không có dữ liệu khối lượng lớn — chạy `npm run seed:volume` trước (no volume data: run `npm run seed:volume` first).");
      return 2;
    }
    const totals = (await raw.query<{ p: string; u: string }>(`select (select count(*) from "Proposal") as p, (select count(*) from "User") as u`)).rows[0];
    const top = (
      await raw.query<{ id: string; username: string; n: string }>(
        `select u.id, u.username, count(*) as n from "Proposal" p join "User" u on u.id = p."authorId"
          where u.username like 'vol.%' group by u.id, u.username order by count(*) desc, u.username limit 1`,
      )
    ).rows[0];
    const commissionRow = (
      await raw.query<{ id: string; username: string }>(
        `select u.id, u.username from "User" u join "Membership" m on m."userId" = u.id join "Unit" un on un.id = m."unitId"
          where m.role = 'COMMISSION' and un.depth = 0 and u.active order by (u.username = 'bantochuc') desc, u.username limit 1`,
      )
    ).rows[0];
    const provinceCommissionRow = (
      await raw.query<{ id: string; username: string; unit: string }>(
        `select u.id, u.username, un.name as unit from "User" u join "Membership" m on m."userId" = u.id join "Unit" un on un.id = m."unitId"
          where m.role = 'COMMISSION' and un.code = 'VOL-TH' limit 1`,
      )
    ).rows[0];
    const proposer = await loadActor(top.id);
    const commission = await loadActor(commissionRow.id);
    const provinceCommission = provinceCommissionRow ? await loadActor(provinceCommissionRow.id) : null;
    if (!proposer || !commission) throw new Error("bench actors not found");
    const mine = (
      await raw.query<{ n: string }>(
        `select count(*) as n from "Proposal" p where p."authorId" = $1 or exists (select 1 from "ProposalCoAuthor" c where c."proposalId" = p.id and c."userId" = $1)`,
        [top.id],
      )
    ).rows[0].n;
    const page = (
      await raw.query<{ id: string; code: string }>(
        `select p.id, p.code from "Proposal" p join "Evaluation" e on e."proposalId" = p.id
          where p."authorId" = $1 and p.status = 'CLOSED' order by p."updatedAt" desc limit 1`,
        [top.id],
      )
    ).rows[0];
    // The demo proposal with the longest audit trail, read by the Commission (path-prefix scope).
    const demoPage = (
      await raw.query<{ id: string; code: string; n: string }>(
        `select p.id, p.code, count(*) as n from "AuditEvent" a join "Proposal" p on p.id = a."proposalId" group by p.id, p.code order by count(*) desc limit 1`,
      )
    ).rows[0];
    const codeFragment = page.code.slice(0, 11); // "DX-2025-012"

    // A later page: follow the cursor 9 times (page 10) or to the last page.
    let cursor: string | undefined;
    let pageNo = 1;
    for (; pageNo < 10; pageNo++) {
      const r = await listMyProposals(proposer, { cursor });
      if (!r.nextCursor) break;
      cursor = r.nextCursor;
    }
    const laterPage = pageNo;

    log(`CSDL (database): ${database.origin}; ${totals.p} đề xuất (proposals), ${totals.u} người dùng (users).`);
    log(`Người đề xuất (proposer): ${top.username} — ${top.n} là tác giả, ${mine} kể cả đồng tác giả (authored / incl. co-authored).`);
    log(`Ban Tổ chức (Commission): ${commissionRow.username} (cả hệ thống, whole tree)${provinceCommissionRow ? `; ${provinceCommissionRow.username} (${provinceCommissionRow.unit})` : ""}.`);
    log(`Trang đề xuất (proposal page): ${page.code} (volume), ${demoPage.code} (demo, ${demoPage.n} audit events).`);
    log(`Lặp (runs): ${WARMUP} warm-up + ${RUNS}; ngưỡng so với (gate on) ${GATE}.`);

    const today = () => dayToDate(toVietnamDate(new Date()));
    const commissionSearch = (actor: SessionActor, q: string) =>
      client.proposal.findMany({
        where: { AND: [reportScope(actor), { searchText: { contains: foldVietnamese(q) } }] },
        orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
        take: 21,
        select: { id: true, code: true, title: true, status: true, updatedAt: true, unit: { select: { name: true } }, author: { select: { fullName: true } } },
      });

    const cases: Case[] = [
      { name: "My proposals — page 1", budgetMs: 100, run: () => listMyProposals(proposer) },
      { name: `My proposals — page ${laterPage} (cursor)`, budgetMs: 100, run: () => listMyProposals(proposer, { cursor }) },
      { name: "My proposals — search \"de xuat\"", budgetMs: 200, run: () => listMyProposals(proposer, { q: "de xuat" }) },
      { name: `My proposals — search "${codeFragment}"`, budgetMs: 200, run: () => listMyProposals(proposer, { q: codeFragment }) },
      { name: "My proposals — search, no match", budgetMs: 200, run: () => listMyProposals(proposer, { q: "khong co ket qua nao" }) },
      {
        name: "Proposal page (author, volume)",
        budgetMs: 100,
        run: async () => {
          const p = await getProposal(proposer, page.id);
          if (!p) throw new Error("proposal not visible to its author");
          return proposalTimeline(p.id);
        },
      },
      {
        name: "Proposal page (Commission, demo + audit)",
        budgetMs: 100,
        run: async () => {
          const p = await getProposal(commission, demoPage.id);
          if (!p) throw new Error("demo proposal not visible to the Commission");
          return proposalTimeline(p.id);
        },
      },
      {
        name: "Commission overview (counts + overdue)",
        budgetMs: 300,
        note: "issue budget of the national dashboard",
        run: () => Promise.all([statusCounts(commission), overdueCount(commission, today())]),
      },
      { name: "Commission home (homeData)", budgetMs: 300, run: () => homeData(commission) },
      ...(provinceCommission
        ? [{ name: "Province Commission home (homeData)", budgetMs: 300, run: () => homeData(provinceCommission) } satisfies Case]
        : []),
      {
        name: "Proposer home (homeData)",
        budgetMs: 100,
        gate: false,
        note: "no budget in the issue (100 ms assumed, not gating): My proposals (5) + my status counts",
        run: () => homeData(proposer),
      },
      {
        name: "Commission search \"de xuat\" (hypothetical)",
        budgetMs: 200,
        gate: false,
        note: "no such query in src/server yet: reportScope + searchText contains, newest 21",
        run: () => commissionSearch(commission, "de xuat"),
      },
      {
        name: "Commission search, rare word (hypothetical)",
        budgetMs: 200,
        gate: false,
        run: () => commissionSearch(commission, "khong co ket qua nao"),
      },
      // The Organisation Commission's reports (issue: dashboard ≤ 300 ms, table ≤ 500 ms, XLSX ≤ 10 s).
      ...(await benchReports({ commission, provinceCommission })),
    ].filter((c) => !ONLY || c.name.toLowerCase().includes(ONLY.toLowerCase()));

    const results: Result[] = [];
    for (const c of cases) {
      for (let i = 0; i < (c.warmup ?? WARMUP); i++) await c.run();
      recording = [];
      await c.run();
      const queries = recording.length;
      recording = null;
      const samples: number[] = [];
      for (let i = 0; i < Math.min(RUNS, c.runs ?? RUNS); i++) {
        const started = performance.now();
        await c.run();
        samples.push(performance.now() - started);
      }
      const s = stats(samples);
      results.push({ c, ...s, queries, ok: (GATE === "median" ? s.median : s.p95) <= c.budgetMs, layer: "server" });
      process.stdout.write(".");
    }
    process.stdout.write("\n\n");
    console.log("(a) Server functions (src/server), direct calls");
    table(results);
    for (const r of results) if (r.c.note) console.log(`    ${r.c.name}: ${r.c.note}`);

    // ── HTTP
    const httpResults: Result[] = [];
    if (BENCH_URL) {
      const me = await HttpSession.signIn(BENCH_URL, top.username, DEMO_PASSWORD);
      const boss = await HttpSession.signIn(BENCH_URL, commissionRow.username, DEMO_PASSWORD);
      const pages: { name: string; budgetMs: number; s: HttpSession; path: string; gate?: boolean }[] = [
        { name: "GET /proposals", budgetMs: 100, s: me, path: "/proposals" },
        { name: `GET /proposals?cursor (page ${laterPage})`, budgetMs: 100, s: me, path: `/proposals?cursor=${encodeURIComponent(cursor ?? "")}` },
        { name: "GET /proposals?q=de xuat", budgetMs: 200, s: me, path: `/proposals?q=${encodeURIComponent("de xuat")}` },
        { name: `GET /proposals?q=${codeFragment}`, budgetMs: 200, s: me, path: `/proposals?q=${encodeURIComponent(codeFragment)}` },
        { name: `GET /proposals/${page.code}`, budgetMs: 100, s: me, path: `/proposals/${page.id}` },
        { name: `GET /proposals/${demoPage.code} (Commission)`, budgetMs: 100, s: boss, path: `/proposals/${demoPage.id}` },
        { name: "GET / (Commission home)", budgetMs: 300, s: boss, path: "/" },
        { name: "GET / (proposer home)", budgetMs: 100, s: me, path: "/", gate: false },
      ].filter((p) => !ONLY || p.name.toLowerCase().includes(ONLY.toLowerCase()));
      for (const p of pages) {
        for (let i = 0; i < WARMUP; i++) await p.s.time(p.path);
        const samples: number[] = [];
        let bytes = 0;
        for (let i = 0; i < HTTP_RUNS; i++) {
          const r = await p.s.time(p.path);
          samples.push(r.ms);
          bytes = r.bytes;
        }
        const s = stats(samples);
        httpResults.push({ c: { name: p.name, budgetMs: p.budgetMs, gate: p.gate, run: async () => {} }, ...s, queries: 0, bytes, ok: (GATE === "median" ? s.median : s.p95) <= p.budgetMs, layer: "http" });
        process.stdout.write(".");
      }
      process.stdout.write("\n\n");
      console.log(`(b) HTTP, ${BENCH_URL}, signed in, time to the complete response`);
      table(httpResults);
    } else {
      console.log("\n(b) HTTP: đặt BENCH_URL để đo cả trang (set BENCH_URL, e.g. http://localhost:3000 while `npm start` runs).");
    }

    // ── EXPLAIN
    if (EXPLAIN) {
      for (const r of results.filter((x) => EXPLAIN === "all" || !x.ok)) {
        recording = [];
        await r.c.run();
        const statements = recording;
        recording = null;
        console.log(`\n══ EXPLAIN (ANALYZE, BUFFERS): ${r.c.name}`);
        for (const q of statements) {
          const params = JSON.parse(q.params) as unknown[];
          console.log(`\n-- ${q.duration} ms (Prisma): ${q.query}\n-- params: ${q.params.length > 400 ? `${q.params.slice(0, 400)}…` : q.params}`);
          try {
            const plan = await raw.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${q.query}`, params);
            console.log(plan.rows.map((x) => x["QUERY PLAN"]).join("\n"));
          } catch (e) {
            console.log(`   (EXPLAIN failed: ${(e as Error).message})`);
          }
        }
      }
    }

    const missed = [...results, ...httpResults].filter((r) => r.c.gate !== false && !r.ok);
    console.log(
      missed.length === 0
        ? `\nMọi ngân sách thời gian đều đạt (all budgets met, ${GATE}).`
        : `\nVƯỢT NGÂN SÁCH (budget missed, ${GATE}): ${missed.map((r) => r.c.name).join("; ")}`,
    );
    return missed.length === 0 ? 0 : 1;
  } finally {
    await raw.end().catch(() => {});
    await client.$disconnect().catch(() => {});
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error("[bench] Lỗi (failed):", e);
    process.exit(2);
  },
);
