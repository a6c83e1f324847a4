import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { z } from "zod";
import { loadSessionActor, type SessionActor } from "./actor";
import { db } from "./db";
import { MAX_ADDRESS_LENGTH, normalizeAddress } from "./http/client-ip";
import { hashPassword, verifyPassword } from "./passwords";
import { beginAttempt, recordSuccess } from "./throttle";

const credentials = z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(500) });

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;

/** Codes the sign-in form translates (next-auth hands a thrown message to the client as `error`). */
export const SIGN_IN_ERRORS = { throttled: "THROTTLED", unavailable: "UNAVAILABLE" } as const;

// A hash to verify against when the account does not exist, so that the response time does not
// reveal which usernames exist. Made once per process from random bytes.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  return (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));
}

/**
 * The client address. The web server (scripts/serve.ts) replaces X-Forwarded-For with the one
 * address it resolved from the socket and TRUSTED_PROXIES, so the first value is ours, not the
 * client's. Without a usable address, attempts share "unknown" — per-address limits then apply to
 * everyone without one, but account+address and account limits still hold per account.
 */
export function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0] : undefined;
  return normalizeAddress(first)?.slice(0, MAX_ADDRESS_LENGTH) ?? "unknown";
}

class SignInError extends Error {}

async function authorizeCredentials(raw: unknown, headers: Record<string, unknown> | undefined) {
  const parsed = credentials.safeParse(raw);
  if (!parsed.success) return null;
  const login = parsed.data.username.toLowerCase();
  if (login.includes("\u0000") || parsed.data.password.includes("\u0000")) return null;
  const ip = clientIp(headers);
  try {
    const user = await db.user.findFirst({
      where: { OR: [{ username: login }, { email: login }], active: true },
      select: { id: true, fullName: true, email: true, passwordHash: true, authVersion: true },
    });
    // Counted per account whatever name was typed (username or e-mail).
    const attempt = await beginAttempt({ account: user?.id ?? `name:${login}`, username: login, ip });
    // The message travels to the sign-in form as `error` and is translated there.
    if (attempt.throttled) throw new SignInError(SIGN_IN_ERRORS.throttled);
    const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
    if (!ok || !user) return null;
    await recordSuccess(attempt.attemptId);
    return { id: user.id, name: user.fullName, email: user.email, authVersion: user.authVersion };
  } catch (e) {
    if (e instanceof SignInError) throw e;
    // The database is down or refused: say so, never pass its message on (it would reach the URL).
    console.error("[auth] sign-in failed:", e instanceof Error ? e.message : e);
    throw new SignInError(SIGN_IN_ERRORS.unavailable);
  }
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      authorize: (raw, req) => authorizeCredentials(raw, req?.headers as Record<string, unknown> | undefined),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        // A server-side session row: its id in the token is what sign-out, deactivation and role
        // changes revoke (checked on every request by currentActor).
        const session = await db.userSession.create({
          data: { userId: user.id, expiresAt: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000) },
          select: { id: true },
        });
        token.uid = user.id;
        token.sid = session.id;
        // The user's authVersion at sign-in; deactivation, a role change or a password reset moves it on.
        token.av = (user as { authVersion?: number }).authVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        const u = session.user as { id?: string; sid?: string; av?: number };
        u.id = token.uid;
        if (typeof token.sid === "string") u.sid = token.sid;
        u.av = typeof token.av === "number" ? token.av : 0;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (typeof token?.sid === "string") await revokeSession(token.sid);
    },
  },
};

export async function revokeSession(sessionId: string): Promise<void> {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/**
 * The signed-in actor, or null. The session must be live (not signed out, not expired) and signed
 * at the user's current authVersion, so deactivation, a role change or a password reset end it at
 * the next request; roles are loaded fresh on each request.
 */
export async function currentActor(): Promise<SessionActor | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; sid?: string; av?: number } | undefined;
  if (!user?.id || !user.sid) return null;
  return loadSessionActor(user.id, user.sid, user.av ?? 0);
}

/** For pages and actions: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
