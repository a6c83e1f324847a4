import type { Role } from "@/domain/roles";
import type { SessionActor } from "./actor";
import { db } from "./db";
import { inboxCount } from "./inbox";

export type NavKey = "home" | "myProposals" | "inbox" | "pilots" | "reports" | "notifications" | "admin";

const NAV: { key: NavKey; href: string; roles: Role[] | "all" }[] = [
  { key: "home", href: "/", roles: "all" },
  { key: "myProposals", href: "/proposals", roles: ["PROPOSER", "HEAD", "DEPUTY"] },
  // "What needs me" across the whole life of a plan (server/inbox), with its count.
  { key: "inbox", href: "/inbox", roles: ["PROPOSER", "HEAD", "DEPUTY", "PARTY_COMMITTEE"] },
  // KL 14 §2.4: the pilots a monitor follows, most urgent first.
  { key: "pilots", href: "/pilots", roles: ["MONITOR"] },
  // KL 14 §3.2: the Commission's periodic reports; heads report on their own subtree.
  { key: "reports", href: "/reports", roles: ["COMMISSION", "HEAD"] },
  { key: "notifications", href: "/notifications", roles: "all" },
  // The national holiday calendar and regulation profile (holiday.manage, regulation.manage).
  { key: "admin", href: "/admin", roles: ["ADMIN"] },
];

/** The navigation a user sees follows their roles; every page still checks on the server. */
export async function navigationFor(actor: SessionActor) {
  const roles = new Set(actor.memberships.map((m) => m.role));
  const visible = NAV.filter((n) => n.roles === "all" || n.roles.some((r) => roles.has(r)));
  const [unread, waiting] = await Promise.all([
    db.notification.count({ where: { userId: actor.userId, readAt: null } }),
    visible.some((n) => n.key === "inbox") ? inboxCount(actor) : 0,
  ]);
  return visible.map((n) => ({
    key: n.key,
    href: n.href,
    badge: n.key === "notifications" ? unread : n.key === "inbox" ? waiting : undefined,
  }));
}
