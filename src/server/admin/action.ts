/**
 * Runs an administration use-case for a server action. A 409's reason (UNIT_HAS_RECORDS,
 * USERNAME_TAKEN…) travels as an issue, so the form says what the conflict is instead of the
 * generic "someone changed the data".
 */
import { ConflictError } from "@/domain/errors";
import type { SessionActor } from "../actor";
import { runAction, type ActionResult } from "../action-result";

export async function runAdminAction<T>(fn: (actor: SessionActor) => Promise<T>): Promise<ActionResult<T>> {
  const refusal: { reason?: string } = {};
  const result = await runAction(async (actor) => {
    try {
      return await fn(actor);
    } catch (e) {
      if (e instanceof ConflictError) refusal.reason = e.reason;
      throw e;
    }
  });
  if (!result.ok && result.code === "CONFLICT" && refusal.reason && refusal.reason !== "STALE_VERSION") {
    return { ...result, issues: [{ path: "", code: refusal.reason, message: refusal.reason }] };
  }
  return result;
}
