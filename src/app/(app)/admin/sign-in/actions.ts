"use server";
import { revalidatePath } from "next/cache";
import type { ActionResult } from "@/server/action-result";
import { runAction } from "@/server/action-result";
import { formString, notFormData } from "@/server/input-guard";
import { unlockAccount } from "@/server/users/unlock";

/** "Mở khóa": lifts an account's sign-in lock (audited). */
export async function unlockAccountAction(formData: FormData): Promise<ActionResult<{ version: number }>> {
  if (!(formData instanceof FormData)) return notFormData();
  const r = await runAction((actor) => unlockAccount(actor, { userId: formString(formData, "userId"), version: Number(formString(formData, "version")) }));
  if (r.ok) revalidatePath("/admin/sign-in");
  return r;
}
