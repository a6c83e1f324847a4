"use server";
import { revalidatePath } from "next/cache";
import { runAction, type ActionResult } from "@/server/action-result";
import { formString, notFormData } from "@/server/input-guard";
import { approveOutsideCoAuthor, respondToInvitation } from "@/server/proposals/coauthors";

export async function respondAction(formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return notFormData();
  const r = await runAction((actor) =>
    respondToInvitation(actor, { proposalId: formString(formData, "proposalId"), accept: formString(formData, "answer") === "accept" }),
  );
  revalidatePath("/invitations");
  return r;
}

export async function approveAction(formData: FormData): Promise<ActionResult<unknown>> {
  if (!(formData instanceof FormData)) return notFormData();
  const r = await runAction((actor) =>
    approveOutsideCoAuthor(actor, {
      proposalId: formString(formData, "proposalId"),
      userId: formString(formData, "userId"),
      version: Number(formString(formData, "version")),
    }),
  );
  revalidatePath("/invitations");
  return r;
}
