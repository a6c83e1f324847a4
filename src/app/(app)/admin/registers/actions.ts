"use server";
import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/server/admin/action";
import { createRegister } from "@/server/admin/registers";

export async function createRegisterAction(input: unknown) {
  const r = await runAdminAction((actor) => createRegister(actor, input));
  if (r.ok) revalidatePath("/admin/registers");
  return r;
}
