import type { Role } from "@/domain/roles";
import type { SessionActor } from "./actor";
import { db } from "./db";
import { inboxCount } from "./inbox";

export type NavKey = "home" | "myProposals" | "inbox" | "invitations" | "pilots" | "reports" | "catalogue" | "institutionalisation" | "myRecord" | "notifications" | "verify" | "admin" | "settings";

/** `also`: other pages that belong to the item (patterns of paths), e.g. a proposal's review form to the inbox. */
const NAV: { key: NavKey; href: string; roles: Role[] | "all"; also?: string[] }[] = [
  { key: "home", href: "/", roles: "all" },
  { key: "myProposals", href: "/proposals", roles: ["PROPOSER", "HEAD", "DEPUTY"] },
  // "What needs me" across the whole life of a plan (server/inbox), with its count.
  { key: "inbox", href: "/inbox", roles: ["PROPOSER", "HEAD", "DEPUTY", "PARTY_COMMITTEE"], also: ["^/proposals/[^/]+/review(/|$)"] },
  // Shown only while a co-authorship invitation (or a head's acceptance) waits for the user.
  { key: "invitations", href: "/invitations", roles: "all" },
  // KL 14 §2.4: the pilots a monitor follows, most urgent first.
  { key: "pilots", href: "/pilots", roles: ["MONITOR"] },
  // KL 14 §3.2: the Commission's periodic reports; heads report on their own subtree.
  { key: "reports", href: "/reports", roles: ["COMMISSION", "HEAD"] },
  // KL 14 §2.5: every signed-in user may search the effective models and adopt them.
  { key: "catalogue", href: "/catalogue", roles: "all" },
  // KL 14 §2.5, §3.2: the Commission follows institutionalisation; heads record it.
  { key: "institutionalisation", href: "/institutionalisation", roles: ["COMMISSION", "HEAD"] },
  // Art. 10: a cadre's own innovation record.
  { key: "myRecord", href: "/people/me", roles: ["PROPOSER"] },
  { key: "notifications", href: "/notifications", roles: "all" },
  // Anyone signed in may check a protection dossier someone shows them (scoped to what they may read).
  { key: "verify", href: "/verify", roles: "all" },
  // Units, people, import, registers, the holiday calendar and the regulation profile.
  { key: "admin", href: "/admin", roles: ["ADMIN"] },
  // Each person's own account (password, language, notifications).
  { key: "settings", href: "/settings", roles: "all" },
];

/** The navigation a user sees follows their roles; every page still checks on the server. */
export async function navigationFor(actor: SessionActor) {
  const roles = new Set(actor.memberships.map((m) => m.role));
  const headUnits = actor.memberships.filter((m) => m.role === "HEAD").map((m) => m.unitId);
  const visible = NAV.filter((n) => n.roles === "all" || n.roles.some((r) => roles.has(r)));
  const [unread, waiting, invited, awaitingHead] = await Promise.all([
    db.notification.count({ where: { userId: actor.userId, readAt: null } }),
    visible.some((n) => n.key === "inbox") ? inboxCount(actor) : 0,
    db.proposalCoAuthor.count({ where: { userId: actor.userId, status: "INVITED" } }),
    headUnits.length
      ? db.proposalCoAuthor.count({ where: { status: "ACCEPTED", outsideUnit: true, headApprovedAt: null, proposal: { decidingUnitId: { in: headUnits } } } })
      : Promise.resolve(0),
  ]);
  const invitations = invited + awaitingHead;
  return visible.filter((n) => n.key !== "invitations" || invitations > 0).map((n) => ({
    key: n.key,
    href: n.href,
    also: n.also,
    badge: n.key === "notifications" ? unread : n.key === "inbox" ? waiting : n.key === "invitations" ? invitations : undefined,
  }));
}
