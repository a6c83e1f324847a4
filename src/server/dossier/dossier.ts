/**
 * The protection dossier (hồ sơ bảo vệ cán bộ; Art. 11, KL 14 §2.4): the record of one proposal
 * assembled as one document, each item with the audit event that recorded it and a digest of its
 * content, under the audit checkpoint (chain head) it was made at. Anyone who may read the
 * proposal may download it; `verifyDossier` re-checks a printed checkpoint against the record.
 */
import { auditPayload } from "../audit";
import { contentDigest, GENESIS_HASH, hashEvent } from "@/domain/audit-hash";
import { decodeCheckpoint, DIGEST_PREFIX, encodeCheckpoint, type DossierItemKind, type ItemVerdict } from "@/domain/dossier";
import type { Actor } from "@/domain/permissions";
import { db } from "../db";
import { proposalScope } from "../scope";
import { loadDossierRecord, type RecordItem } from "./record";

type AuditRow = { seq: bigint; hash: string; action: string; targetId: string; after: unknown; at: Date };

export type DossierItem = Omit<RecordItem, "auditKeys" | "auditActions" | "auditFilter"> & {
  audit: { seq: string; hash: string; action: string; at: Date } | null;
  digest: string;
};

/** The audit event that recorded each item: by its id first, then in order among events of its kind (imported history). */
function matchAuditEvents(items: readonly RecordItem[], events: readonly AuditRow[]): Map<RecordItem, AuditRow | null> {
  const used = new Set<bigint>();
  const out = new Map<RecordItem, AuditRow | null>();
  const afterOf = (e: AuditRow) => (e.after && typeof e.after === "object" ? (e.after as Record<string, unknown>) : {});
  for (const item of items) {
    let found: AuditRow | undefined;
    for (const action of item.auditActions) {
      const candidates = events.filter((e) => !used.has(e.seq) && e.action === action && (e.targetId === item.id || item.auditKeys.some((k) => afterOf(e)[k] === item.id)));
      found = candidates.at(-1);
      if (found) break;
    }
    if (found) used.add(found.seq);
    out.set(item, found ?? null);
  }
  const ordered = [...items].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const item of ordered) {
    if (out.get(item)) continue;
    const found = events.find((e) => !used.has(e.seq) && item.auditActions.includes(e.action) && (item.auditFilter?.(afterOf(e)) ?? true));
    if (found) used.add(found.seq);
    out.set(item, found ?? null);
  }
  return out;
}

function digestOf(item: RecordItem, auditHash: string | null): string {
  return contentDigest({ kind: item.kind, id: item.id, content: item.content, auditHash });
}

/** Every item of the proposal's record with its audit event and digest, in the dossier's order. */
async function currentItems(proposalId: string): Promise<DossierItem[]> {
  const [record, events] = await Promise.all([
    loadDossierRecord(db, proposalId),
    db.auditEvent.findMany({ where: { proposalId }, orderBy: { seq: "asc" }, select: { seq: true, hash: true, action: true, targetId: true, after: true, at: true } }),
  ]);
  const matched = matchAuditEvents(record, events);
  return record.map((item) => {
    const e = matched.get(item) ?? null;
    const { auditKeys, auditActions, auditFilter, ...rest } = item;
    void auditKeys;
    void auditActions;
    void auditFilter;
    return {
      ...rest,
      audit: e ? { seq: e.seq.toString(), hash: e.hash, action: e.action, at: e.at } : null,
      digest: digestOf(item, e?.hash ?? null),
    };
  });
}

const dossierProposalSelect = {
  id: true,
  code: true,
  title: true,
  status: true,
  unit: { select: { name: true } },
  decidingUnit: { select: { name: true } },
  author: { select: { fullName: true, title: true } },
  coAuthors: { select: { user: { select: { fullName: true } } } },
} as const;

export async function buildDossier(actor: Actor, proposalId: string, now = new Date()) {
  const p = await db.proposal.findFirst({ where: { id: proposalId, ...proposalScope(actor) }, select: dossierProposalSelect });
  if (!p) return null;
  const head = await db.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const items = await currentItems(p.id);
  const checkpoint = { seq: head ? head.seq.toString() : "0", hash: head?.hash ?? GENESIS_HASH };
  // Only what the chain held at the checkpoint (a row written a moment later waits for the next dossier).
  const included = items.filter((i) => i.audit === null || BigInt(i.audit.seq) <= BigInt(checkpoint.seq));
  const payload = encodeCheckpoint({
    proposalId: p.id,
    seq: checkpoint.seq,
    hash: checkpoint.hash,
    items: included.map((i) => ({ kind: i.kind, id: i.id, seq: i.audit?.seq ?? null, digest: i.digest })),
  });
  const userIds = new Set<string>();
  for (const i of included) collectUserIds(i.content, userIds);
  const users = await db.user.findMany({ where: { id: { in: [...userIds] } }, select: { id: true, fullName: true } });
  return {
    proposal: { id: p.id, code: p.code ?? "", title: p.title, status: p.status, unitName: p.unit.name, decidingUnitName: p.decidingUnit.name, author: p.author, coAuthors: p.coAuthors.map((c) => c.user.fullName) },
    madeAt: now,
    checkpoint,
    payload,
    items: included,
    names: Object.fromEntries(users.map((u) => [u.id, u.fullName])) as Record<string, string>,
  };
}
export type Dossier = NonNullable<Awaited<ReturnType<typeof buildDossier>>>;

const USER_KEYS = new Set(["authorId", "signerId", "answeredById", "issuedById", "decidedById", "chairId", "createdById", "userId", "voterId"]);
function collectUserIds(value: unknown, out: Set<string>) {
  if (Array.isArray(value)) value.forEach((v) => collectUserIds(v, out));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (USER_KEYS.has(k) && typeof v === "string") out.add(v);
      else if (k !== "plan") collectUserIds(v, out);
    }
  }
}

export type VerificationItem = { kind: DossierItemKind; id: string; seq: string | null; verdict: ItemVerdict };
export type Verification =
  | { ok: false; reason: "UNREADABLE" | "NOT_FOUND" }
  | {
      ok: boolean;
      reason: null | "CHECKPOINT_CHANGED" | "ITEMS_CHANGED";
      proposal: { id: string; code: string | null; title: string };
      checkpoint: { seq: string; found: boolean };
      items: VerificationItem[];
      /** Records added to the file after the checkpoint (a later dossier includes them). */
      newer: number;
    };

/** Recomputes an audit event's hash from its stored content and its predecessor: false when either was edited. */
async function auditEventIntact(seq: bigint): Promise<boolean> {
  const rows = await db.auditEvent.findMany({ where: { seq: { in: [seq - 1n, seq] } }, orderBy: { seq: "asc" } });
  const row = rows.find((r) => r.seq === seq);
  if (!row) return false;
  const prev = rows.find((r) => r.seq === seq - 1n);
  const prevHash = prev ? prev.hash : GENESIS_HASH;
  if (seq > 1n && !prev) return false;
  return row.prevHash === prevHash && hashEvent(prevHash, auditPayload(row)) === row.hash;
}

/**
 * Checks a dossier's checkpoint (pasted, uploaded or scanned) against the record: the checkpoint
 * must still be in the audit chain, every item must still exist with the same content and the same
 * audit event, and that event must still hash to what it says. Scoped like the dossier itself.
 */
export async function verifyDossier(actor: Actor, text: string): Promise<Verification> {
  const c = decodeCheckpoint(text);
  if (!c) return { ok: false, reason: "UNREADABLE" };
  const p = await db.proposal.findFirst({ where: { id: c.proposalId, ...proposalScope(actor) }, select: { id: true, code: true, title: true } });
  if (!p) return { ok: false, reason: "NOT_FOUND" };
  const head = await db.auditEvent.findUnique({ where: { seq: BigInt(c.seq) }, select: { hash: true } });
  const checkpointFound = !!head && head.hash.startsWith(c.hash) && (await auditEventIntact(BigInt(c.seq)));
  const current = await currentItems(p.id);
  const byKey = new Map(current.map((i) => [`${i.kind}:${i.id}`, i]));
  const items: VerificationItem[] = [];
  for (const expected of c.items) {
    const now = byKey.get(`${expected.kind}:${expected.id}`);
    let verdict: ItemVerdict = "OK";
    if (!now) verdict = "MISSING";
    else if (expected.seq !== null && !(await auditEventIntact(BigInt(expected.seq)))) verdict = "AUDIT_EVENT_CHANGED";
    else if (!now.digest.startsWith(expected.digest.slice(0, DIGEST_PREFIX)) || (now.audit?.seq ?? null) !== expected.seq) verdict = "CHANGED";
    items.push({ kind: expected.kind, id: expected.id, seq: expected.seq, verdict });
  }
  const listed = new Set(c.items.map((i) => `${i.kind}:${i.id}`));
  const newer = current.filter((i) => !listed.has(`${i.kind}:${i.id}`)).length;
  const itemsOk = items.every((i) => i.verdict === "OK");
  return {
    ok: checkpointFound && itemsOk,
    reason: !checkpointFound ? "CHECKPOINT_CHANGED" : itemsOk ? null : "ITEMS_CHANGED",
    proposal: p,
    checkpoint: { seq: c.seq, found: checkpointFound },
    items,
    newer,
  };
}
