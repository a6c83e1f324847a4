import { beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/server/auth";
import { db } from "@/server/db";
import { hashPassword, verifyPassword } from "@/server/passwords";
import { isThrottled, THROTTLE } from "@/server/throttle";
import { seedUnit, seedUser } from "../support/factories";

type Authorize = (c: Record<string, string>, req: { headers: Record<string, string> }) => Promise<{ id: string } | null>;
const provider = authOptions.providers[0] as unknown as { options: { authorize: Authorize } };
const authorize: Authorize = (c, req) => provider.options.authorize(c, req);

let user: Awaited<ReturnType<typeof seedUser>>;
beforeAll(async () => {
  const unit = await seedUnit(db, { name: "Sở Nội vụ" });
  user = await seedUser(db, { unit, role: "PROPOSER", username: "nguyenvana", password: "MậtKhẩu@Đúng1" });
});

describe("sign-in", () => {
  it("stores argon2id hashes, never the password", async () => {
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash.startsWith("$argon2id$")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "MậtKhẩu@Đúng1")).toBe(true);
    expect(await verifyPassword(await hashPassword("khác"), "MậtKhẩu@Đúng1")).toBe(false);
  });

  it("accepts the right password by username or e-mail, case-insensitively", async () => {
    const h = { headers: { "x-forwarded-for": "10.0.0.1" } };
    expect(await authorize({ username: "NguyenVanA", password: "MậtKhẩu@Đúng1" }, h)).toMatchObject({ id: user.id });
    expect(await authorize({ username: user.email, password: "MậtKhẩu@Đúng1" }, h)).toMatchObject({ id: user.id });
    expect(await authorize({ username: "nguyenvana", password: "sai" }, h)).toBeNull();
    expect(await authorize({ username: "khongtontai", password: "sai" }, h)).toBeNull();
  });

  it("throttles an account after repeated failures, recorded in the database", async () => {
    const unit = await seedUnit(db, { name: "Sở Tài chính" });
    await seedUser(db, { unit, role: "PROPOSER", username: "tranthib", password: "MậtKhẩu@Đúng2" });
    const h = { headers: { "x-forwarded-for": "10.0.0.2" } };
    for (let i = 0; i < THROTTLE.maxPerAccount; i++) {
      expect(await authorize({ username: "tranthib", password: `sai-${i}` }, h)).toBeNull();
    }
    // Even the right password is refused while the account is throttled.
    await expect(authorize({ username: "tranthib", password: "MậtKhẩu@Đúng2" }, h)).rejects.toThrow("THROTTLED");
    expect(await db.loginAttempt.count({ where: { username: "tranthib", success: false } })).toBe(THROTTLE.maxPerAccount);
    const account = (await db.user.findUniqueOrThrow({ where: { username: "tranthib" } })).id;
    expect(await isThrottled({ account, username: "tranthib", ip: "10.0.0.2" })).toBe(true);
    // The same account from another address is not locked out by these failures.
    expect(await isThrottled({ account, username: "tranthib", ip: "10.0.0.99" })).toBe(false);
    // Once the window has passed, allowed again.
    const later = new Date(Date.now() + (THROTTLE.windowMinutes + 1) * 60_000);
    expect(await isThrottled({ account, username: "tranthib", ip: "10.0.0.2" }, later)).toBe(false);
  });

  it("throttles an address that tries many accounts", async () => {
    const h = { headers: { "x-forwarded-for": "10.9.9.9" } };
    for (let i = 0; i < THROTTLE.maxPerAddress; i++) await authorize({ username: `doan-${i}`, password: "x" }, h);
    await expect(authorize({ username: "ai-do", password: "x" }, h)).rejects.toThrow("THROTTLED");
  });
});
