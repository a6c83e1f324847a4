import type { ActionResult } from "@/components/forms/useActionForm";

/** A server action of the pilot's page: (pilot id, input) → result or refusal. */
export type Act = (pilotId: string, input: unknown) => Promise<ActionResult<unknown>>;
