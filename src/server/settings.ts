/**
 * Each person's own settings: change their password (the same strength rule as an administrator's
 * creation), language, and which optional notifications they receive. Their roles and units are
 * shown read-only (only an administrator changes them).
 */
import { ValidationError } from "@/domain/errors";
import { changePasswordInput, passwordIssues } from "@/domain/person-admin";
import { readNotificationPrefs, updateSettingsInput } from "@/domain/settings";
import type { SessionActor } from "./actor";
import { db } from "./db";
import { hashPassword, verifyPassword } from "./passwords";
import { defineUseCase } from "./usecase";

const self = (tx: Parameters<Parameters<typeof defineUseCase>[0]["load"]>[0], actor: SessionActor) =>
  tx.user.findFirst({ where: { id: actor.userId, active: true }, select: { id: true, username: true, fullName: true, passwordHash: true, locale: true, notificationPrefs: true, version: true, authVersion: true } });

/** A person may always act on their own account; nobody else's is reachable here. */
const ownAccount = () => undefined;

export const changeOwnPassword = defineUseCase({
  name: "settings.password",
  input: changePasswordInput,
  load: (tx, actor) => self(tx, actor),
  authorize: ownAccount,
  execute: async (ctx, me, input) => {
    if (!(await verifyPassword(me.passwordHash, input.current))) throw new ValidationError([{ path: "current", code: "WRONG_PASSWORD", message: "wrongPassword" }]);
    const named = passwordIssues(input.next, { username: me.username, fullName: me.fullName });
    if (named.length) throw new ValidationError(named.map((message) => ({ path: "next", message })));
    // The session that changed it stays signed in: the authVersion does not move (other sessions keep running too until sign-out).
    await ctx.tx.user.update({ where: { id: me.id }, data: { passwordHash: await hashPassword(input.next), mustChangePassword: false } });
    ctx.audit({ action: "settings.password", targetType: "User", targetId: me.id });
    return { ok: true };
  },
});

export const updateOwnSettings = defineUseCase({
  name: "settings.update",
  input: updateSettingsInput,
  load: (tx, actor) => self(tx, actor),
  authorize: ownAccount,
  execute: async (ctx, me, input) => {
    const before = { locale: me.locale, muted: readNotificationPrefs(me.notificationPrefs).muted };
    const after = { locale: input.locale, muted: [...new Set(input.muted)].sort() };
    await ctx.tx.user.update({ where: { id: me.id }, data: { locale: after.locale, notificationPrefs: { muted: after.muted } } });
    ctx.audit({ action: "settings.update", targetType: "User", targetId: me.id, before, after });
    return after;
  },
});

export type OwnSettings = NonNullable<Awaited<ReturnType<typeof ownSettings>>>;

/** What the settings page shows. */
export async function ownSettings(actor: SessionActor) {
  const me = await db.user.findUnique({ where: { id: actor.userId }, select: { username: true, email: true, fullName: true, title: true, locale: true, notificationPrefs: true } });
  if (!me) return null;
  return { ...me, muted: readNotificationPrefs(me.notificationPrefs).muted, units: actor.units, mustChangePassword: actor.mustChangePassword };
}

