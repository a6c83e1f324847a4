"use server";
import { runAction } from "@/server/action-result";
import { adoptModel } from "@/server/spread/models";

/** Adopting a model opens a new draft; the form then navigates to it. */
export async function adoptModelAction(input: unknown) {
  return runAction((a) => adoptModel(a, input));
}
