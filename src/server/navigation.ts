import type { Role } from "@/domain/roles";
import type { SessionActor } from "./actor";
import { db } from "./db";

export type NavKey = "home" | "myProposals" | "inbox" | "reports" | "catalogue" | "institutionalisation" | "myRecord" | "notifications" | "admin";

const NAV: { key: NavKey; href: string; roles: Role[] | "all" }[] = [
  { key: "home", href: "/", roles: "all" },
  { key: "myProposals", href: "/proposals", roles: ["PROPOSER", "HEAD", "DEPUTY"] },
  { key: "inbox", href: "/inbox", roles: ["HEAD", "DEPUTY"] },
  // KL 14 §3.2: the Commission's periodic reports; heads report on their own subtree.
  { key: "reports", href: "/reports", roles: ["COMMISSION", "HEAD"] },
  // KL 14 §2.5: every signed-in user may search the effective models and adopt them.
  { key: "catalogue", href: "/catalogue", roles: "all" },
  // KL 14 §2.5, §3.2: the Commission follows institutionalisation; heads record it.
  { key: "institutionalisation", href: "/institutionalisation", roles: ["COMMISSION", "HEAD"] },
  // Art. 10: a cadre's own innovation record.
  { key: "myRecord", href: "/people/me", roles: ["PROPOSER"] },
  { key: "notifications", href: "/notifications", roles: "all" },
  // The national holiday calendar and regulation profile (holiday.manage, regulation.manage).
  { key: "admin", href: "/admin", roles: ["ADMIN"] },
];

/** The navigation a user sees follows their roles; every page still checks on the server. */
export async function navigationFor(actor: SessionActor) {
  const roles = new Set(actor.memberships.map((m) => m.role));
  const unread = await db.notification.count({ where: { userId: actor.userId, readAt: null } });
  return NAV.filter((n) => n.roles === "all" || n.roles.some((r) => roles.has(r))).map((n) => ({
    key: n.key,
    href: n.href,
    badge: n.key === "notifications" ? unread : undefined,
  }));
}
