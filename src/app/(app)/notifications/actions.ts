"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/server/auth";
import { markAllNotificationsRead } from "@/server/notifications";
import { runUseCase } from "@/server/usecase";

export async function markAllReadAction() {
  const actor = await requireActor();
  const result = await runUseCase(() => markAllNotificationsRead(actor, {}));
  revalidatePath("/", "layout");
  return result.ok ? { ok: true as const } : { ok: false as const, code: result.code };
}
