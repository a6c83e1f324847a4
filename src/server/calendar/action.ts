/**
 * Runs a calendar use-case for a server action. A 409 keeps its code (CONFLICT), and when it is
 * the one-entry-per-date rule it carries an issue on "date" so the form can say which day is taken
 * rather than the generic "someone changed the data".
 */
import { ConflictError } from "@/domain/errors";
import type { SessionActor } from "../actor";
import { runAction, type ActionResult } from "../action-result";
import { DATE_TAKEN } from "./day";

export async function runCalendarAction<T>(fn: (actor: SessionActor) => Promise<T>): Promise<ActionResult<T>> {
  const refusal: { reason?: string } = {};
  const result = await runAction(async (actor) => {
    try {
      return await fn(actor);
    } catch (e) {
      if (e instanceof ConflictError) refusal.reason = e.reason;
      // The date's unique index answering a concurrent insert of the same day.
      else if ((e as { code?: unknown } | null)?.code === "P2002") refusal.reason = DATE_TAKEN;
      throw e;
    }
  });
  if (!result.ok && result.code === "CONFLICT" && refusal.reason === DATE_TAKEN) {
    return { ...result, issues: [{ path: "date", code: DATE_TAKEN, message: "dateTaken" }] };
  }
  return result;
}
