/**
 * Append-only, hash-chained audit log: the record that protects a cadre must be provably unedited.
 * Every row stores the previous row's hash and the hash of its own content (domain/audit-hash).
 * Writers take one transaction-scoped advisory lock before reading the chain's head, so concurrent
 * transactions queue for the few microseconds of the append and the chain can never fork.
 */
import { GENESIS_HASH, hashEvent, verifyChain, type ChainRow } from "@/domain/audit-hash";
import type { Prisma } from "@/generated/prisma/client";
import { can, type Actor } from "@/domain/permissions";
import { db as dbClient, type Db, type Tx } from "./db";

/** Arbitrary constant key for pg_advisory_xact_lock: "audit chain" (0x61756474 = "audt"). */
const AUDIT_LOCK_KEY = 0x61756474;

export type AuditInput = {
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  proposalId?: string | null;
  unitId?: string | null;
  before?: unknown;
  after?: unknown;
  meta?: unknown;
};

/** JSON-safe copy: BigInt money becomes a string, Dates ISO strings, undefined dropped. */
export function toJsonValue(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_k, v) => (typeof v === "bigint" ? v.toString() : v)),
  ) as Prisma.InputJsonValue;
}

export function auditPayload(row: {
  at: Date;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  proposalId: string | null;
  unitId: string | null;
  before: unknown;
  after: unknown;
  meta: unknown;
}) {
  return {
    at: row.at.toISOString(),
    actorId: row.actorId,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    proposalId: row.proposalId,
    unitId: row.unitId,
    before: row.before ?? null,
    after: row.after ?? null,
    meta: row.meta ?? null,
  };
}

export async function appendAudit(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length === 0) return;
  await tx.$executeRaw`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`;
  const head = await tx.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  let prevHash = head?.hash ?? GENESIS_HASH;
  // Assigned under the lock, so gapless: a removed row shows as a gap even if links were forged.
  let seq = head?.seq ?? 0n;
  const rows: Prisma.AuditEventCreateManyInput[] = [];
  for (const e of events) {
    seq += 1n;
    const row = {
      at: new Date(),
      actorId: e.actorId,
      action: e.action,
      targetType: e.targetType,
      targetId: e.targetId,
      proposalId: e.proposalId ?? null,
      unitId: e.unitId ?? null,
      before: toJsonValue(e.before) ?? null,
      after: toJsonValue(e.after) ?? null,
      meta: toJsonValue(e.meta) ?? null,
    };
    const hash = hashEvent(prevHash, auditPayload(row));
    rows.push({
      seq,
      ...row,
      before: row.before ?? undefined,
      after: row.after ?? undefined,
      meta: row.meta ?? undefined,
      prevHash,
      hash,
    });
    prevHash = hash;
  }
  // One insert per batch: an import of thousands of rows appends thousands of events.
  for (let i = 0; i < rows.length; i += 1000) await tx.auditEvent.createMany({ data: rows.slice(i, i + 1000) });
}

export type ChainReport =
  | { ok: true; checked: number }
  | { ok: false; checked: number; seq: string; reason: string };

/** The newest event: printed on reports so a later verification can prove nothing was cut off. */
export async function auditHead(client: Db = dbClient): Promise<{ seq: string; hash: string } | null> {
  const head = await client.auditEvent.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  return head ? { seq: head.seq.toString(), hash: head.hash } : null;
}

/**
 * Walks the whole chain in keyset batches (never the whole table in memory). Each batch starts
 * with the last row of the previous one, so links and seq continuity are checked across batches.
 */
export async function verifyAuditChain(db: Db, batchSize = 2000, publishedHeadHash?: string): Promise<ChainReport> {
  let carry: ChainRow | null = null;
  let checked = 0;
  for (;;) {
    const rows = await db.auditEvent.findMany({
      where: carry === null ? {} : { seq: { gt: BigInt(carry.seq ?? 0) } },
      orderBy: { seq: "asc" },
      take: batchSize,
    });
    if (rows.length === 0) {
      // A head published earlier (on a report) must still be in the chain: otherwise the newest
      // rows were removed, or the whole chain was re-hashed after an edit.
      if (publishedHeadHash && !(await db.auditEvent.findUnique({ where: { hash: publishedHeadHash }, select: { seq: true } }))) {
        return { ok: false, checked, seq: carry ? String(carry.seq) : "0", reason: "TRUNCATED" };
      }
      return { ok: true, checked };
    }
    const batch: ChainRow[] = rows.map((r) => ({ seq: r.seq, prevHash: r.prevHash, hash: r.hash, payload: auditPayload(r) }));
    if (carry === null && batch[0].seq !== 1n) {
      return { ok: false, checked: 0, seq: String(batch[0].seq), reason: "SEQUENCE_GAP" };
    }
    const window = carry ? [carry, ...batch] : batch;
    const result = verifyChain(window, carry ? carry.prevHash : GENESIS_HASH);
    if (!result.ok) {
      const bad = window[Math.min(result.index, window.length - 1)];
      return { ok: false, checked: checked + result.index - (carry ? 1 : 0), seq: String(bad.seq), reason: result.reason };
    }
    checked += batch.length;
    carry = batch[batch.length - 1];
  }
}

/**
 * Verification on request from the UI: the chain spans every unit, so only someone who may
 * verify the audit log at the root of the tree may run it (admins and the central Commission).
 */
export async function verifyChainAs(actor: Actor): Promise<ChainReport | null> {
  const root = await dbClient.unit.findFirst({ where: { depth: 0 }, orderBy: { createdAt: "asc" }, select: { id: true, path: true } });
  if (!root || !can(actor, "audit.verify", { kind: "unit", unitId: root.id, unitPath: root.path })) return null;
  return verifyAuditChain(dbClient);
}

export type CheckpointReport =
  | { found: true; seq: string; at: Date; chain: ChainReport }
  | { found: false; chain: ChainReport };

/**
 * Verification of a checkpoint printed on a document (a report export today; other documents
 * later): is the event with this hash still in the chain, and is the chain intact up to now?
 * Officers who receive such documents — those who may export reports or verify the audit log in
 * one of their units — may ask; anyone else gets null (the page answers 404). Nothing but the
 * checkpoint's number and time is revealed.
 */
export async function verifyCheckpointAs(actor: Actor, headHash: string): Promise<CheckpointReport | null> {
  if (!mayVerifyCheckpoints(actor)) return null;
  const hash = headHash.trim().toLowerCase();
  const event = /^[0-9a-f]{64}$/.test(hash) ? await dbClient.auditEvent.findUnique({ where: { hash }, select: { seq: true, at: true } }) : null;
  const chain = await verifyAuditChain(dbClient);
  return event ? { found: true, seq: event.seq.toString(), at: event.at, chain } : { found: false, chain };
}

/** May the actor open the checkpoint verification page at all (for navigation and links)? */
export function mayVerifyCheckpoints(actor: Actor): boolean {
  return actor.memberships.some((m) => {
    const unit = { kind: "unit" as const, unitId: m.unitId, unitPath: m.unitPath };
    return can(actor, "audit.verify", unit) || can(actor, "report.export", unit);
  });
}
