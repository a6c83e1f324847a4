import { z } from "zod";
import { assertCan, can } from "@/domain/permissions";
import { db } from "../db";
import type { SessionActor } from "../actor";
import { THROTTLE } from "../throttle";
import { defineUseCase } from "../usecase";

/**
 * An administrator lifts the sign-in lock of an account (ASVS 5.0 V6.3.5): failures before now no
 * longer count, from any address. Audited like every mutation.
 */
export const unlockAccount = defineUseCase({
  name: "user.unlock",
  input: z.object({ userId: z.string().min(1).max(64), version: z.number().int().min(0) }),
  load: (tx, actor, input) =>
    tx.user.findFirst({
      // Only users with a unit in the administrator's subtree are found at all (else 404).
      where: {
        id: input.userId,
        memberships: { some: { unit: { OR: actor.memberships.filter((m) => m.role === "ADMIN").map((m) => ({ path: { startsWith: m.unitPath } })) } } },
      },
      select: { id: true, username: true, version: true, memberships: { select: { unit: { select: { id: true, path: true } } } } },
    }),
  authorize: (actor, user) => {
    // Allowed when the administrator manages any unit the user belongs to.
    const units = user.memberships.map((m) => ({ kind: "unit" as const, unitId: m.unit.id, unitPath: m.unit.path }));
    assertCan(actor, "user.manage", units.find((u) => can(actor, "user.manage", u)) ?? units[0]);
  },
  execute: async (ctx, user, input) => {
    const updated = await ctx.tx.user.updateMany({
      where: { id: user.id, version: input.version },
      data: { loginResetAt: ctx.now, version: { increment: 1 } },
    });
    ctx.assertUpdated(updated.count);
    ctx.audit({ action: "user.unlock", targetType: "User", targetId: user.id, after: { loginResetAt: ctx.now.toISOString() } });
    return { version: input.version + 1 };
  },
});

/**
 * Accounts in the administrator's subtree that failed to sign in at least LOGIN_MAX_FAILURES_PER_ACCOUNT
 * times within the account window (since their last success or unlock), most failures first.
 */
export async function lockedAccounts(actor: SessionActor, limit = 50) {
  const prefixes = actor.memberships.filter((m) => m.role === "ADMIN").map((m) => m.unitPath);
  if (prefixes.length === 0) return [];
  const since = new Date(Date.now() - THROTTLE.accountWindowMinutes * 60_000).toISOString();
  const rows = await db.$queryRaw<{ id: string; username: string; fullName: string; version: number; failures: number; lastAt: Date }[]>`
    select u.id, u.username, u."fullName", u.version, count(*)::int as failures, max(a."createdAt") as "lastAt"
    from "LoginAttempt" a
    join "User" u on u.id = a.account
    where not a.success
      and a."createdAt" >= (${since}::timestamptz at time zone 'UTC')
      and a."createdAt" > coalesce(u."loginResetAt", '-infinity')
      and a."createdAt" > coalesce((select max(s."createdAt") from "LoginAttempt" s where s.account = u.id and s.success), '-infinity')
      and exists (select 1 from "Membership" m join "Unit" un on un.id = m."unitId"
                  where m."userId" = u.id and un.path like any (${prefixes.map((p) => `${p.replace(/[\\%_]/g, "\\$&")}%`)}))
    group by u.id
    having count(*) >= ${THROTTLE.maxPerAccount}
    order by failures desc, u.id
    limit ${limit}`;
  return rows.map((r) => ({ ...r, lockedEverywhere: r.failures >= THROTTLE.maxPerAccountGlobal }));
}
