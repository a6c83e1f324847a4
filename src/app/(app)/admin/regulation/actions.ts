"use server";
import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/server/admin/action";
import { editRegulationProfile } from "@/server/admin/regulation";

export async function editRegulationAction(input: unknown) {
  const r = await runAdminAction((actor) => editRegulationProfile(actor, input));
  if (r.ok) revalidatePath("/admin/regulation");
  return r;
}
