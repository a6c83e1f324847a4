"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { recommendInstitutionalisation, updateInstitutionalisation } from "@/server/spread/institutionalisation";
import { publishModel, withdrawModel } from "@/server/spread/models";
import { recordRecognition } from "@/server/spread/recognitions";

/** The recognition-and-spread forms of the proposal page; refusals come back as codes the form shows. */
async function run<T>(proposalId: string, fn: Parameters<typeof runAction<T>>[0]): Promise<ActionResult<T>> {
  const r = await runAction(fn);
  if (r.ok) {
    revalidatePath(`/proposals/${proposalId}`);
    revalidatePath("/catalogue", "layout");
  }
  return r;
}

export async function recordRecognitionAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => recordRecognition(a, input));
}
export async function publishModelAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => publishModel(a, input));
}
export async function withdrawModelAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => withdrawModel(a, input));
}
export async function recommendAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => recommendInstitutionalisation(a, input));
}
export async function updateInstitutionalisationAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => updateInstitutionalisation(a, input));
}
