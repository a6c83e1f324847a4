"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { approveProposal, rejectProposal, returnProposal } from "@/server/reviews/decide";
import { annulMeeting, answerPartyOpinion, castVote, closeMeeting, recordMeeting, requestPartyOpinion, saveChecklist } from "@/server/reviews/steps";

/** Every review form posts here; refusals come back as codes the form shows in the user's language. */
async function run<T>(proposalId: string, fn: Parameters<typeof runAction<T>>[0]): Promise<ActionResult<T>> {
  const r = await runAction(fn);
  if (r.ok) revalidatePath(`/proposals/${proposalId}`, "layout");
  return r;
}

export async function saveChecklistAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => saveChecklist(a, input));
}
export async function requestPartyAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => requestPartyOpinion(a, input));
}
export async function answerPartyAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => answerPartyOpinion(a, input));
}
export async function recordMeetingAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => recordMeeting(a, input));
}
export async function castVoteAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => castVote(a, input));
}
export async function closeMeetingAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => closeMeeting(a, input));
}
export async function annulMeetingAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => annulMeeting(a, input));
}
export async function approveAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => approveProposal(a, input));
}
export async function rejectAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => rejectProposal(a, input));
}
export async function returnAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => returnProposal(a, input));
}
