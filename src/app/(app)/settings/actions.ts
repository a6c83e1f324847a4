"use server";
import { revalidatePath } from "next/cache";
import { runAction } from "@/server/action-result";
import { changeOwnPassword, updateOwnSettings } from "@/server/settings";
import { setLocale } from "../../actions";

export async function changePasswordAction(input: unknown) {
  const r = await runAction((actor) => changeOwnPassword(actor, input));
  if (r.ok) revalidatePath("/", "layout");
  return r;
}

export async function updateSettingsAction(input: unknown) {
  const r = await runAction((actor) => updateOwnSettings(actor, input));
  if (r.ok) {
    // The interface follows the saved language at once (the cookie is what src/i18n/request.ts reads).
    await setLocale(r.value.locale);
    revalidatePath("/", "layout");
  }
  return r;
}
