/** Keeps the security tables bounded: old sign-in attempts and sessions that ended a day ago. */
import { db } from "../db";
import { purgeLoginAttempts } from "../throttle";

export async function purgeSecurityRecords(now = new Date()): Promise<{ attempts: number; sessions: number }> {
  const dayAgo = new Date(now.getTime() - 24 * 3600_000);
  const [attempts, sessions] = await Promise.all([
    purgeLoginAttempts(now),
    db.userSession.deleteMany({ where: { OR: [{ expiresAt: { lt: dayAgo } }, { revokedAt: { lt: dayAgo } }] } }).then((r) => r.count),
  ]);
  return { attempts, sessions };
}
