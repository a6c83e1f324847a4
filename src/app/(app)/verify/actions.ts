"use server";
import { currentActor } from "@/server/auth";
import { verifyDossier, type Verification } from "@/server/dossier/dossier";

/** Checks a dossier's checkpoint against the record; read-only, scoped to what the actor may read. */
export async function verifyDossierAction(text: string): Promise<Verification | { ok: false; reason: "UNAUTHENTICATED" }> {
  const actor = await currentActor();
  if (!actor) return { ok: false, reason: "UNAUTHENTICATED" };
  return verifyDossier(actor, typeof text === "string" ? text.slice(0, 20_000) : "");
}
