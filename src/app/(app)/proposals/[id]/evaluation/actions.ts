"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { decideEvaluation } from "@/server/outcomes/evaluate";
import {
  answerEvaluationOpinion,
  castEvaluationVote,
  closeEvaluationMeeting,
  recordEvaluationMeeting,
  requestEvaluationOpinion,
} from "@/server/outcomes/evaluation-steps";
import { submitResultReport } from "@/server/outcomes/result-report";

/** The result report and every evaluation form post here (Art. 18); refusals come back as codes. */
async function run<T>(proposalId: string, fn: Parameters<typeof runAction<T>>[0]): Promise<ActionResult<T>> {
  const r = await runAction(fn);
  if (r.ok) revalidatePath(`/proposals/${proposalId}`, "layout");
  return r;
}

export async function submitResultReportAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => submitResultReport(a, input));
}
export async function requestEvaluationOpinionAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => requestEvaluationOpinion(a, input));
}
export async function answerEvaluationOpinionAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => answerEvaluationOpinion(a, input));
}
export async function recordEvaluationMeetingAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => recordEvaluationMeeting(a, input));
}
export async function castEvaluationVoteAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => castEvaluationVote(a, input));
}
export async function closeEvaluationMeetingAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => closeEvaluationMeeting(a, input));
}
export async function decideEvaluationAction(proposalId: string, input: unknown) {
  return run(proposalId, (a) => decideEvaluation(a, input));
}
