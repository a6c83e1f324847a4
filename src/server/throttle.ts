/**
 * Sign-in throttling recorded in PostgreSQL (LoginAttempt), so it survives restarts and holds
 * across several app instances: too many failures for one account, or from one address, within a
 * window lock further attempts until the window has passed.
 */
import { db } from "./db";

export const THROTTLE = {
  windowMinutes: Number(process.env.LOGIN_WINDOW_MINUTES ?? 15),
  maxPerAccount: Number(process.env.LOGIN_MAX_FAILURES_PER_ACCOUNT ?? 5),
  maxPerAddress: Number(process.env.LOGIN_MAX_FAILURES_PER_ADDRESS ?? 20),
};

export async function isThrottled(username: string, ip: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  // A successful sign-in clears the account's earlier failures (not the address's).
  const lastSuccess = await db.loginAttempt.findFirst({
    where: { username, success: true, createdAt: { gte: since } },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true },
  });
  const accountSince = lastSuccess && lastSuccess.createdAt > since ? lastSuccess.createdAt : since;
  const [byAccount, byAddress] = await Promise.all([
    db.loginAttempt.count({ where: { username, success: false, createdAt: { gt: accountSince } } }),
    db.loginAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  return byAccount >= THROTTLE.maxPerAccount || byAddress >= THROTTLE.maxPerAddress;
}

export async function recordAttempt(username: string, ip: string, success: boolean): Promise<void> {
  await db.loginAttempt.create({ data: { username, ip, success } });
}
