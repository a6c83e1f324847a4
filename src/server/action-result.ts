/**
 * What a server action returns to a client form: a value, or a refusal the form can show in the
 * user's language without losing anything typed. The session is checked here (not redirected),
 * because an autosave in the background must not navigate away from the form.
 */
import type { SessionActor } from "./actor";
import { currentActor } from "./auth";
import { runUseCase } from "./usecase";

export type ActionResult<T> =
  | { ok: true; value: T }
  | { ok: false; code: string; reason?: string; issues?: { path: string; message: string; code?: string }[] };

export async function runAction<T>(fn: (actor: SessionActor) => Promise<T>): Promise<ActionResult<T>> {
  const actor = await currentActor();
  if (!actor) return { ok: false, code: "UNAUTHENTICATED" };
  const r = await runUseCase(() => fn(actor));
  if (r.ok) return { ok: true, value: r.value };
  return { ok: false, code: r.code, reason: r.reason, issues: r.issues?.map((i) => ({ ...i })) };
}
