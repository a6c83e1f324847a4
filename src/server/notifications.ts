import { z } from "zod";
import type { SessionActor } from "./actor";
import { db } from "./db";
import { defineUseCase } from "./usecase";

export async function listNotifications(actor: SessionActor, limit = 50) {
  return db.notification.findMany({
    where: { userId: actor.userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, kind: true, params: true, href: true, readAt: true, createdAt: true },
  });
}

/** Reading one's own notifications is not a matter of record: no audit event. */
export const markAllNotificationsRead = defineUseCase({
  name: "notification.readAll",
  input: z.object({}).strict(),
  load: async (_tx, actor) => ({ userId: actor.userId }),
  authorize: () => {},
  execute: async (ctx, own) => {
    const r = await ctx.tx.notification.updateMany({ where: { userId: own.userId, readAt: null }, data: { readAt: ctx.now } });
    return { count: r.count };
  },
});

/**
 * Opening a notification marks it read and says where it leads. Only one's own notification: any
 * other id is a 404, like an unknown one.
 */
export const openNotification = defineUseCase({
  name: "notification.open",
  input: z.object({ id: z.string().min(1).max(40) }).strict(),
  load: (tx, actor, input) => tx.notification.findFirst({ where: { id: input.id, userId: actor.userId }, select: { id: true, href: true, readAt: true } }),
  authorize: () => {},
  execute: async (ctx, n) => {
    if (!n.readAt) await ctx.tx.notification.update({ where: { id: n.id }, data: { readAt: ctx.now } });
    return { href: n.href };
  },
});
