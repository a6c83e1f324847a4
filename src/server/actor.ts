import type { Actor } from "@/domain/permissions";
import type { Role } from "@/domain/roles";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "./db";

/** The signed-in user as the rules see them: who, and which roles in which units. */
export type SessionActor = Actor & {
  fullName: string;
  username: string;
  locale: string;
  /** An administrator set a temporary password: the person chooses their own before anything else. */
  mustChangePassword: boolean;
  units: { id: string; name: string; path: string; role: Role }[];
};

/**
 * Loads the actor fresh from the database on every request, so a revoked role takes effect at once.
 * With `authVersion` (the value signed into the session), a session older than the user's last
 * deactivation, role change or password reset is over: null, as for a signed-out visitor.
 * Memberships of a deactivated unit grant nothing.
 */
export async function loadActor(userId: string, opts: { authVersion?: number; client?: Tx | typeof db } = {}): Promise<SessionActor | null> {
  return load({ id: userId, active: true, ...(opts.authVersion === undefined ? {} : { authVersion: opts.authVersion }) }, opts.client);
}

/**
 * The actor of a live session: the session row exists and is neither revoked (sign-out) nor
 * expired, and the session was signed at the user's current authVersion (deactivation, a role
 * change or a password reset since then end it). One query.
 */
export async function loadSessionActor(userId: string, sessionId: string, authVersion?: number, now = new Date()): Promise<SessionActor | null> {
  return load({ id: userId, active: true, ...(authVersion === undefined ? {} : { authVersion }), sessions: { some: { id: sessionId, revokedAt: null, expiresAt: { gt: now } } } });
}

async function load(where: Prisma.UserWhereInput, client: Tx | typeof db = db): Promise<SessionActor | null> {
  const user = await client.user.findFirst({
    where,
    select: {
      id: true,
      fullName: true,
      username: true,
      locale: true,
      mustChangePassword: true,
      memberships: { where: { unit: { active: true } }, select: { role: true, unit: { select: { id: true, name: true, path: true } } } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    fullName: user.fullName,
    username: user.username,
    locale: user.locale,
    mustChangePassword: user.mustChangePassword,
    memberships: user.memberships.map((m) => ({ unitId: m.unit.id, unitPath: m.unit.path, role: m.role })),
    units: user.memberships.map((m) => ({ id: m.unit.id, name: m.unit.name, path: m.unit.path, role: m.role })),
  };
}
