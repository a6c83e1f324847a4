/**
 * ASVS 5.0 V6 (authentication) and V7 (sessions) — issue points 1, 2, 3, 6 and 9.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadActor, loadSessionActor } from "@/server/actor";
import { authOptions, clientIp, revokeSession } from "@/server/auth";
import { db, disconnectDb } from "@/server/db";
import { parseTrustedProxies, resolveClientAddress } from "@/server/http/client-ip";
import { normalizeForwarding } from "@/server/http/edge";
import { isThrottled, purgeLoginAttempts, THROTTLE } from "@/server/throttle";
import { lockedAccounts, unlockAccount } from "@/server/users/unlock";
import { purgeSecurityRecords } from "@/server/jobs/maintenance";
import { seedUnit, seedUser } from "../support/factories";
import { actorOf, statusOf } from "../integration/helpers";

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize: Authorize = (c, req) => provider.options.authorize(c, req);
const from = (ip: string) => ({ headers: { "x-forwarded-for": ip } });
const PASSWORD = "MậtKhẩu@Đúng1";

/** The outcome of one attempt: "ok", "refused" (wrong password) or the thrown code. */
async function attempt(username: string, password: string, ip: string): Promise<string> {
  try {
    return (await authorize({ username, password }, from(ip))) ? "ok" : "refused";
  } catch (e) {
    return (e as Error).message;
  }
}

let unit: Awaited<ReturnType<typeof seedUnit>>;
beforeAll(async () => {
  unit = await seedUnit(db, { name: "Sở Nội vụ" });
});

describe("1. client address: the socket, or X-Forwarded-For only from TRUSTED_PROXIES", () => {
  it("resolves the right-most untrusted hop and ignores what an untrusted peer wrote", () => {
    const none = parseTrustedProxies("");
    expect(resolveClientAddress("203.0.113.9", "1.2.3.4", none)).toBe("203.0.113.9");
    const proxies = parseTrustedProxies("10.0.0.0/8, 192.168.1.7");
    expect(resolveClientAddress("::ffff:10.0.0.5", "198.51.100.1, 203.0.113.7", proxies)).toBe("203.0.113.7");
    expect(resolveClientAddress("10.0.0.5", "6.6.6.6, 203.0.113.7, 10.1.1.1", proxies)).toBe("203.0.113.7");
    expect(resolveClientAddress("192.168.1.7", "not-an-ip", proxies)).toBe("192.168.1.7");
    expect(resolveClientAddress("198.51.100.2", "10.0.0.1", proxies)).toBe("198.51.100.2");
    expect(() => parseTrustedProxies("10.0.0.0/99")).toThrow();
  });

  async function serverSeeing(trusted: string) {
    const proxies = parseTrustedProxies(trusted);
    const server = http.createServer((req, res) => {
      normalizeForwarding(req, proxies);
      res.end(JSON.stringify({ ip: clientIp(req.headers as Record<string, unknown>), proto: req.headers["x-forwarded-proto"] }));
    });
    await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
    const port = (server.address() as AddressInfo).port;
    const get = async (headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).json();
    return { get, close: () => new Promise((r) => server.close(r)) };
  }

  it("a client's own X-Forwarded-For is replaced by its socket address (real HTTP server)", async () => {
    const s = await serverSeeing("");
    try {
      expect(await s.get({ "x-forwarded-for": "6.6.6.6", "x-forwarded-proto": "https", "x-real-ip": "7.7.7.7" })).toEqual({ ip: "127.0.0.1", proto: "http" });
    } finally {
      await s.close();
    }
  });

  it("behind a trusted proxy, the address the proxy appended counts", async () => {
    const s = await serverSeeing("loopback");
    try {
      expect(await s.get({ "x-forwarded-for": "6.6.6.6, 203.0.113.50", "x-forwarded-proto": "https" })).toEqual({ ip: "203.0.113.50", proto: "https" });
    } finally {
      await s.close();
    }
  });

  it("20 failures under random names from one address lock out nobody else", async () => {
    const user = await seedUser(db, { unit, role: "PROPOSER", username: "nannhan1", password: PASSWORD });
    for (let i = 0; i < THROTTLE.maxPerAddress; i++) await attempt(`ngaunhien-${i}`, "x", "198.51.100.66");
    expect(await attempt("ai-do", "x", "198.51.100.66")).toBe("THROTTLED");
    expect(await attempt("nannhan1", PASSWORD, "203.0.113.1")).toBe("ok");
    expect(await attempt(user.email, PASSWORD, "203.0.113.1")).toBe("ok");
  });

  it("addresses are stored bounded, never as typed", async () => {
    expect(clientIp({ "x-forwarded-for": `${"9".repeat(500)}` })).toBe("unknown");
    expect(clientIp({ "x-forwarded-for": "2001:db8::1" })).toBe("2001:db8::1");
  });
});

describe("2. the attempt limit cannot be raced; it counts per account whatever name was typed", () => {
  it("40 parallel wrong passwords (by username and by e-mail) get exactly the allowed number of tries", async () => {
    const user = await seedUser(db, { unit, role: "PROPOSER", username: "songsong", password: PASSWORD });
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) => attempt(i % 2 ? "SongSong" : user.email, `sai-${i}`, "198.51.100.40")),
    );
    expect(results.filter((r) => r === "refused")).toHaveLength(THROTTLE.maxPerAccount);
    expect(results.filter((r) => r === "THROTTLED")).toHaveLength(40 - THROTTLE.maxPerAccount);
    expect(await db.loginAttempt.count({ where: { account: user.id } })).toBe(THROTTLE.maxPerAccount);
    // The right password is refused too while the pair is locked.
    expect(await attempt("songsong", PASSWORD, "198.51.100.40")).toBe("THROTTLED");
  });
});

describe("3. lockout is not a weapon: account+address pairs, a slower global limit, an audited unlock", () => {
  it("five wrong passwords from one place do not lock the real user out elsewhere", async () => {
    await seedUser(db, { unit, role: "PROPOSER", username: "nannhan3", password: PASSWORD });
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) expect(await attempt("nannhan3", `sai-${i}`, "198.51.100.3")).toBe("refused");
    expect(await attempt("nannhan3", PASSWORD, "198.51.100.3")).toBe("THROTTLED");
    expect(await attempt("nannhan3", PASSWORD, "203.0.113.3")).toBe("ok");
  });

  it("failures spread over many addresses lock the account everywhere until an administrator unlocks it", async () => {
    const admin = await seedUser(db, { unit, role: "ADMIN", username: "quantri.snv" });
    const otherUnit = await seedUnit(db, { name: "Sở Tài chính" });
    const foreignAdmin = await seedUser(db, { unit: otherUnit, role: "ADMIN", username: "quantri.stc" });
    const user = await seedUser(db, { unit, role: "PROPOSER", username: "nannhan4", password: PASSWORD });
    for (let i = 0; i < THROTTLE.maxPerAccountGlobal; i++) await attempt("nannhan4", "sai", `198.51.${100 + Math.floor(i / 4)}.${i}`);
    expect(await attempt("nannhan4", PASSWORD, "203.0.113.4")).toBe("THROTTLED");

    const locked = await lockedAccounts(await actorOf(admin));
    expect(locked.find((r) => r.id === user.id)).toMatchObject({ lockedEverywhere: true });
    // An administrator of another unit does not even find the account (404).
    expect(await statusOf(unlockAccount(await actorOf(foreignAdmin), { userId: user.id, version: 0 }))).toBe(404);
    // A proposer cannot unlock.
    expect(await statusOf(unlockAccount(await actorOf(user), { userId: user.id, version: 0 }))).toBe(404);

    const version = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).version;
    await unlockAccount(await actorOf(admin), { userId: user.id, version });
    expect(await attempt("nannhan4", PASSWORD, "203.0.113.4")).toBe("ok");
    const audit = await db.auditEvent.findFirst({ where: { action: "user.unlock", targetId: user.id } });
    expect(audit?.actorId).toBe(admin.id);
  });

  it("old attempts are purged and the window closes", async () => {
    const old = new Date(Date.now() - (THROTTLE.keepDays + 1) * 86_400_000);
    await db.loginAttempt.create({ data: { account: "name:cu", username: "cu", ip: "198.51.100.99", success: false, createdAt: old } });
    const ended = await db.userSession.create({ data: { userId: (await seedUser(db, { unit, role: "PROPOSER" })).id, expiresAt: old } });
    expect(await purgeSecurityRecords()).toMatchObject({ attempts: expect.any(Number), sessions: expect.any(Number) });
    expect(await db.userSession.count({ where: { id: ended.id } })).toBe(0);
    expect(await purgeLoginAttempts()).toBe(0);
    expect(await db.loginAttempt.count({ where: { createdAt: { lte: old } } })).toBe(0);
    const key = { account: "name:khac", username: "khac", ip: "198.51.100.98" };
    expect(await isThrottled(key)).toBe(false);
  });
});

describe("6. sign-out, deactivation and role changes end the session", () => {
  type Jwt = (a: { token: Record<string, unknown>; user?: { id: string } }) => Promise<Record<string, unknown>>;
  const jwt = authOptions.callbacks!.jwt as unknown as Jwt;
  const signOut = authOptions.events!.signOut as unknown as (m: { token: Record<string, unknown> }) => Promise<void>;

  async function signIn(userId: string) {
    const token = await jwt({ token: {}, user: { id: userId } });
    expect(typeof token.sid).toBe("string");
    return token as { uid: string; sid: string };
  }

  it("a replayed token stops working after sign-out", async () => {
    const user = await seedUser(db, { unit, role: "PROPOSER", username: "dangxuat" });
    const token = await signIn(user.id);
    expect(await loadSessionActor(token.uid, token.sid)).not.toBeNull();
    await signOut({ token });
    expect(await loadSessionActor(token.uid, token.sid)).toBeNull();
    // A token without a session id (or with another user's) is no session at all.
    const other = await signIn(user.id);
    expect(await loadSessionActor("someone-else", other.sid)).toBeNull();
    await revokeSession(other.sid);
  });

  it("deactivating the account or changing its roles revokes its sessions (database triggers)", async () => {
    const user = await seedUser(db, { unit, role: "PROPOSER", username: "vohieu" });
    const a = await signIn(user.id);
    await db.membership.create({ data: { userId: user.id, unitId: unit.id, role: "DEPUTY" } });
    expect(await loadSessionActor(a.uid, a.sid)).toBeNull();
    const b = await signIn(user.id);
    expect(await loadSessionActor(b.uid, b.sid)).not.toBeNull();
    await db.user.update({ where: { id: user.id }, data: { active: false } });
    expect(await loadSessionActor(b.uid, b.sid)).toBeNull();
    expect(await loadActor(user.id)).toBeNull();
  });

  it("an expired session is refused", async () => {
    const user = await seedUser(db, { unit, role: "PROPOSER", username: "hethan" });
    const t = await signIn(user.id);
    expect(await loadSessionActor(t.uid, t.sid, undefined, new Date(Date.now() + 9 * 3600_000))).toBeNull();
  });
});

describe("9. database down at sign-in", () => {
  const saved = process.env.DATABASE_URL;
  afterAll(async () => {
    await disconnectDb();
    process.env.DATABASE_URL = saved;
  });

  it("says the service is unavailable, and no database message reaches the client", async () => {
    await disconnectDb();
    process.env.DATABASE_URL = "postgresql://postgres:postgres@127.0.0.1:1/nowhere";
    const outcome = await attempt("bat-ky-ai", "x", "203.0.113.9");
    expect(outcome).toBe("UNAVAILABLE");
    await disconnectDb();
    process.env.DATABASE_URL = saved;
    expect(await attempt("bat-ky-ai", "x", "203.0.113.9")).toBe("refused");
  });
});
