"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { acknowledgeDirective, issueDirective } from "@/server/pilots/directives";
import { finishPilot } from "@/server/pilots/finish";
import { importKpiValues, previewKpiImport } from "@/server/pilots/import";
import { answerFlag, answerSupport, recordInspection } from "@/server/pilots/monitor";
import { fileProgressReport } from "@/server/pilots/report";
import { startPilot } from "@/server/pilots/start";

/** Every form of the pilot's page posts here; refusals come back as codes shown in the user's language. */
async function run<T>(pilotId: string, fn: Parameters<typeof runAction<T>>[0]): Promise<ActionResult<T>> {
  const r = await runAction(fn);
  if (r.ok) revalidatePath(`/pilots/${pilotId}`);
  return r;
}

export async function startAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => startPilot(a, input));
}
export async function reportAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => fileProgressReport(a, input));
}
export async function inspectionAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => recordInspection(a, input));
}
export async function flagAnswerAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => answerFlag(a, input));
}
export async function supportAnswerAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => answerSupport(a, input));
}
export async function directiveAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => issueDirective(a, input));
}
export async function acknowledgeAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => acknowledgeDirective(a, input));
}
export async function finishAction(pilotId: string, input: unknown) {
  return run(pilotId, (a) => finishPilot(a, input));
}

const NO_FILE: ActionResult<never> = { ok: false, code: "VALIDATION_FAILED", issues: [{ path: "file", code: "FILE_EMPTY", message: "required" }] };

async function fileOf(form: FormData) {
  const file = form.get("file");
  if (!(file instanceof File)) return null;
  return { fileName: file.name || "upload", bytes: new Uint8Array(await file.arrayBuffer()) };
}

/** Reads the file and checks every row; writes nothing. */
export async function importPreviewAction(pilotId: string, form: FormData) {
  const f = await fileOf(form);
  if (!f) return NO_FILE;
  return runAction((a) => previewKpiImport(a, { pilotId, ...f }));
}

/** Checks the file again and saves every row, or none. */
export async function importCommitAction(pilotId: string, form: FormData) {
  const f = await fileOf(form);
  if (!f) return NO_FILE;
  return run(pilotId, (a) => importKpiValues(a, { pilotId, ...f }));
}
