import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { redirect } from "next/navigation";
import { z } from "zod";
import { loadActor, type SessionActor } from "./actor";
import { db } from "./db";
import { hashPassword, verifyPassword } from "./passwords";
import { isThrottled, recordAttempt } from "./throttle";

const credentials = z.object({ username: z.string().trim().min(1).max(200), password: z.string().min(1).max(500) });

// A hash to verify against when the account does not exist, so that the response time does not
// reveal which usernames exist. Made once per process from random bytes.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  return (dummyHash ??= hashPassword(randomBytes(16).toString("hex")));
}

function clientIp(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  const real = headers?.["x-real-ip"];
  return first || (typeof real === "string" ? real : "") || "local";
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
  pages: { signIn: "/login" },
  secret: process.env.NEXTAUTH_SECRET,
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, req) {
        const parsed = credentials.safeParse(raw);
        if (!parsed.success) return null;
        const login = parsed.data.username.toLowerCase();
        const ip = clientIp(req?.headers as Record<string, unknown> | undefined);
        // The message travels to the sign-in page as ?error=THROTTLED and is translated there.
        if (await isThrottled(login, ip)) throw new Error("THROTTLED");
        const user = await db.user.findFirst({
          where: { OR: [{ username: login }, { email: login }], active: true },
          select: { id: true, fullName: true, email: true, passwordHash: true, authVersion: true },
        });
        const ok = await verifyPassword(user?.passwordHash ?? (await getDummyHash()), parsed.data.password);
        await recordAttempt(login, ip, ok && !!user);
        if (!ok || !user) return null;
        return { id: user.id, name: user.fullName, email: user.email, authVersion: user.authVersion };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        // The user's authVersion at sign-in; currentActor() ends the session once it moves on.
        token.av = (user as { authVersion?: number }).authVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      if (session.user && typeof token.uid === "string") {
        (session.user as { id?: string; av?: number }).id = token.uid;
        (session.user as { av?: number }).av = typeof token.av === "number" ? token.av : 0;
      }
      return session;
    },
  },
};

/**
 * The signed-in actor, or null. Roles are loaded fresh from the database on each request, and a
 * session signed before the user's deactivation, role change or password reset (authVersion) is
 * over at its next request, not when the JWT expires.
 */
export async function currentActor(): Promise<SessionActor | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user as { id?: string; av?: number } | undefined;
  if (!user?.id) return null;
  return loadActor(user.id, user.av ?? 0);
}

/** For pages and actions: the actor, or a redirect to the sign-in page. */
export async function requireActor(): Promise<SessionActor> {
  const actor = await currentActor();
  if (!actor) redirect("/login");
  return actor;
}
