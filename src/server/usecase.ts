/**
 * The one path every mutation takes (docs/architecture.md "One use-case, end to end"):
 *   zod parse → scoped load → can() → workflow transition → one transaction holding the change
 *   (optimistic version check), the audit events, the notifications and the deadline rows.
 * Refusals are typed domain errors; `runUseCase` returns them as values so routes map them once.
 */
import type { z } from "zod";
import { ConflictError, DomainError, NotFoundError, ValidationError } from "@/domain/errors";
import type { SessionActor } from "./actor";
import { appendAudit, type AuditInput } from "./audit";
import { db, type Tx } from "./db";
import { assertNoNul, NUL_CODE } from "./input-guard";
import { withoutMuted } from "./notification-prefs";

export type NotificationInput = {
  userIds: string[];
  kind: string;
  params?: Record<string, string | number | null>;
  proposalId?: string | null;
  href?: string | null;
};

export type UseCaseContext = {
  tx: Tx;
  actor: SessionActor;
  now: Date;
  audit: (event: Omit<AuditInput, "actorId">) => void;
  notify: (n: NotificationInput) => void;
  /** Throws ConflictError when the row changed since the user loaded it. */
  assertUpdated: (count: number) => void;
};

export type UseCase<S extends z.ZodType, L, R> = {
  name: string;
  input: S;
  /** Loads what the use-case acts on, scoped to the actor in the `where`; null → 404. */
  load: (tx: Tx, actor: SessionActor, input: z.output<S>) => Promise<L | null>;
  /** Calls assertCan(); must throw ForbiddenError to refuse. */
  authorize: (actor: SessionActor, loaded: L, input: z.output<S>) => void;
  execute: (ctx: UseCaseContext, loaded: L, input: z.output<S>) => Promise<R>;
  /** Transaction timeout for the rare use-case that writes thousands of rows (an import). */
  timeoutMs?: number;
  /**
   * Input paths under which NUL characters are the use-case's own business (the draft's autosave
   * refuses such a field and saves the rest); everywhere else a NUL is refused up front.
   */
  nulCheckedWithin?: string;
};

/**
 * Replaying recorded history (the demo seed) runs the same use-cases inside the caller's
 * transaction at the moment each step happened; the audit event then records that moment in
 * `meta.occurredAt`, as imported history does. Routes never pass these.
 */
export type ReplayOptions = { tx?: Tx; now?: Date };

function withoutKey(value: unknown, key: string): unknown {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  const { [key]: _omitted, ...rest } = value as Record<string, unknown>;
  void _omitted;
  return rest;
}

export function defineUseCase<S extends z.ZodType, L, R>(spec: UseCase<S, L, R>) {
  return async (actor: SessionActor, rawInput: unknown, replay: ReplayOptions = {}): Promise<R> => {
    // PostgreSQL refuses NUL characters in text: a 422 naming the field, never a 500.
    assertNoNul(spec.nulCheckedWithin ? withoutKey(rawInput, spec.nulCheckedWithin) : rawInput);
    const parsed = spec.input.safeParse(rawInput);
    if (!parsed.success) throw ValidationError.fromZod(parsed.error);
    const input = parsed.data;
    const run = async (tx: Tx) => {
      const loaded = await spec.load(tx, actor, input);
      if (loaded === null || loaded === undefined) throw new NotFoundError();
      spec.authorize(actor, loaded, input);
      const audits: AuditInput[] = [];
      const notifications: NotificationInput[] = [];
      const now = replay.now ?? new Date();
      const occurred = replay.now ? { occurredAt: now.toISOString() } : null;
      const ctx: UseCaseContext = {
        tx,
        actor,
        now,
        audit: (e) =>
          audits.push({ ...e, actorId: actor.userId, meta: occurred ? { ...((e.meta as object | undefined) ?? {}), ...occurred } : e.meta }),
        notify: (n) => notifications.push(n),
        assertUpdated: (count) => {
          if (count !== 1) throw new ConflictError();
        },
      };
      const result = await spec.execute(ctx, loaded, input);
      const rows = notifications.flatMap((n) =>
        [...new Set(n.userIds)]
          .filter((id) => id !== actor.userId)
          .map((userId) => ({
            userId,
            kind: n.kind,
            params: n.params ?? undefined,
            proposalId: n.proposalId ?? null,
            href: n.href ?? null,
            ...(replay.now ? { createdAt: now } : {}),
          })),
      );
      // A person who muted a kind of notification does not get it (their own settings).
      const delivered = rows.length ? await withoutMuted(tx, rows) : rows;
      if (delivered.length) await tx.notification.createMany({ data: delivered });
      // Last, so the chain's advisory lock is held for as short a time as possible.
      await appendAudit(tx, audits);
      return result;
    };
    if (replay.tx) return run(replay.tx);
    return db.$transaction(run, { timeout: spec.timeoutMs ?? 15_000, maxWait: 10_000 });
  };
}

export type UseCaseOutcome<R> =
  | { ok: true; value: R }
  | { ok: false; code: string; status: number; reason?: string; issues?: { path: string; message: string; code?: string }[] };

/** Runs a use-case and turns every refusal into a value; unexpected errors become a generic 500. */
export async function runUseCase<R>(fn: () => Promise<R>): Promise<UseCaseOutcome<R>> {
  try {
    return { ok: true, value: await fn() };
  } catch (e) {
    const mapped = mapError(e);
    if (mapped.status === 500) console.error("[use-case] unexpected error", e);
    return { ok: false, ...mapped };
  }
}

export function mapError(e: unknown): { code: string; status: number; reason?: string; issues?: { path: string; message: string; code?: string }[] } {
  if (e instanceof ConflictError) return { code: e.code, status: e.httpStatus, reason: e.reason };
  if (e instanceof DomainError) {
    return { code: e.code, status: e.httpStatus, issues: e instanceof ValidationError ? e.issues.map((i) => ({ ...i })) : undefined };
  }
  // Prisma: unique violation on concurrent insert, serialization failure → a conflict, not a crash.
  const code = (e as { code?: string } | null)?.code;
  if (code === "P2002" || code === "P2034" || code === "40001") return { code: "CONFLICT", status: 409 };
  if (code === "P2025") return { code: "NOT_FOUND", status: 404 };
  // Text PostgreSQL cannot store (NUL, invalid UTF-8) that slipped past the input checks.
  if (isBadTextError(e)) return { code: "VALIDATION_FAILED", status: 422, issues: [{ path: "input", code: NUL_CODE, message: "nulCharacter" }] };
  return { code: "INTERNAL", status: 500 };
}

function isBadTextError(e: unknown): boolean {
  for (let x: unknown = e, i = 0; x && typeof x === "object" && i < 5; x = (x as { cause?: unknown }).cause, i++) {
    const o = x as { code?: unknown; message?: unknown; meta?: { code?: unknown; message?: unknown } };
    const codes = [o.code, o.meta?.code];
    if (codes.includes("22021") || codes.includes("22P05")) return true;
    const text = `${String(o.message ?? "")} ${String(o.meta?.message ?? "")}`;
    if (/invalid byte sequence for encoding "UTF8": 0x00|unsupported Unicode escape sequence/.test(text)) return true;
  }
  return false;
}
