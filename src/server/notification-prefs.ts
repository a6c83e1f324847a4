/**
 * Drops the notifications a recipient chose not to receive (src/domain/settings.ts: only courtesy
 * notices can be muted; anything a duty depends on always arrives). Used wherever notifications
 * are written: the use-case path and the deadline sweep.
 */
import { OPTIONAL_NOTIFICATION_KINDS, isMuted, readNotificationPrefs } from "@/domain/settings";
import type { Tx } from "./db";

export async function withoutMuted<T extends { userId: string; kind: string }>(tx: Tx, rows: T[]): Promise<T[]> {
  const optional = rows.filter((r) => (OPTIONAL_NOTIFICATION_KINDS as readonly string[]).includes(r.kind));
  if (optional.length === 0) return rows;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(optional.map((r) => r.userId))] }, notificationPrefs: { not: { equals: null } } },
    select: { id: true, notificationPrefs: true },
  });
  if (users.length === 0) return rows;
  const prefs = new Map(users.map((u) => [u.id, readNotificationPrefs(u.notificationPrefs)]));
  return rows.filter((r) => {
    const p = prefs.get(r.userId);
    return !p || !isMuted(p, r.kind);
  });
}
