"use server";
import { redirect } from "next/navigation";
import type { PlanDraft } from "@/domain/plan";
import { runAction } from "@/server/action-result";
import { requireActor } from "@/server/auth";
import { findColleagues } from "@/server/proposals/colleagues";
import { draftVersion } from "@/server/proposals/queries";
import { createDraft, deleteEmptyDraft, saveDraft } from "@/server/proposals/draft";
import { submitProposal, withdrawProposal } from "@/server/proposals/submit";
import { findNul } from "@/server/input-guard";
import { runUseCase } from "@/server/usecase";

/** "Đề xuất mới": opens a draft and goes straight to its form. */
export async function createDraftAction(formData: FormData) {
  // Called with anything but a form (a crafted request): refused, never a 500.
  if (!(formData instanceof FormData)) redirect("/proposals?error=VALIDATION_FAILED");
  const actor = await requireActor();
  const unitId = formData.get("unitId");
  const r = await runUseCase(() => createDraft(actor, typeof unitId === "string" && unitId ? { unitId } : {}));
  if (!r.ok) redirect(`/proposals?error=${r.code}`);
  redirect(`/proposals/${r.value.id}/edit`);
}

export async function saveDraftAction(proposalId: string, version: number, draft: PlanDraft) {
  return runAction((actor) => saveDraft(actor, { proposalId, version, draft }));
}

/** Saves what is on screen, then submits, in two steps so a refused submission keeps the save. */
export async function submitAction(proposalId: string, version: number, draft: PlanDraft) {
  const saved = await runAction((actor) => saveDraft(actor, { proposalId, version, draft }));
  if (!saved.ok) return saved;
  // A refused field kept its old value: submitting now would send what the user did not see.
  if (saved.value.refused.length) return { ok: false as const, code: "VALIDATION_FAILED", issues: saved.value.refused, savedVersion: saved.value.version };
  const submitted = await runAction((actor) => submitProposal(actor, { proposalId, version: saved.value.version }));
  return submitted.ok ? submitted : { ...submitted, savedVersion: saved.value.version };
}

export async function deleteDraftAction(proposalId: string, version: number) {
  return runAction((actor) => deleteEmptyDraft(actor, { proposalId, version }));
}

export async function withdrawAction(proposalId: string, version: number, reason: string) {
  return runAction((actor) => withdrawProposal(actor, { proposalId, version, reason: reason || undefined }));
}

export async function findColleaguesAction(query: string) {
  const actor = await requireActor();
  if (typeof query !== "string") return [];
  return findColleagues(actor, query);
}

export async function currentVersionAction(proposalId: string): Promise<number | null> {
  const actor = await requireActor();
  if (typeof proposalId !== "string" || findNul(proposalId)) return null;
  return draftVersion(actor, proposalId);
}
