import type { Actor } from "@/domain/permissions";
import type { Role } from "@/domain/roles";
import type { Prisma } from "@/generated/prisma/client";
import { db, type Tx } from "./db";

/** The signed-in user as the rules see them: who, and which roles in which units. */
export type SessionActor = Actor & {
  fullName: string;
  username: string;
  locale: string;
  units: { id: string; name: string; path: string; role: Role }[];
};

/** Loads the actor fresh from the database on every request, so a revoked role takes effect at once. */
export async function loadActor(userId: string, client: Tx | typeof db = db): Promise<SessionActor | null> {
  return load({ id: userId, active: true }, client);
}

/**
 * The actor of a live session: the session row exists, is neither revoked (sign-out, deactivation,
 * a role change) nor expired. One query.
 */
export async function loadSessionActor(userId: string, sessionId: string, now = new Date()): Promise<SessionActor | null> {
  return load({ id: userId, active: true, sessions: { some: { id: sessionId, revokedAt: null, expiresAt: { gt: now } } } });
}

async function load(where: Prisma.UserWhereInput, client: Tx | typeof db = db): Promise<SessionActor | null> {
  const user = await client.user.findFirst({
    where,
    select: {
      id: true,
      fullName: true,
      username: true,
      locale: true,
      memberships: { select: { role: true, unit: { select: { id: true, name: true, path: true } } } },
    },
  });
  if (!user) return null;
  return {
    userId: user.id,
    fullName: user.fullName,
    username: user.username,
    locale: user.locale,
    memberships: user.memberships.map((m) => ({ unitId: m.unit.id, unitPath: m.unit.path, role: m.role })),
    units: user.memberships.map((m) => ({ id: m.unit.id, name: m.unit.name, path: m.unit.path, role: m.role })),
  };
}
