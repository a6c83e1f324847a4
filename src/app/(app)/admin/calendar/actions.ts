"use server";
import { revalidatePath } from "next/cache";
import { addCalendarDay } from "@/server/calendar/add";
import { runCalendarAction } from "@/server/calendar/action";
import { deleteCalendarDay } from "@/server/calendar/delete";
import { updateCalendarDay } from "@/server/calendar/update";
import type { ActionResult } from "@/server/action-result";

async function run<T>(fn: Parameters<typeof runCalendarAction<T>>[0]): Promise<ActionResult<T>> {
  const r = await runCalendarAction(fn);
  if (r.ok) revalidatePath("/admin/calendar");
  return r;
}

export async function addCalendarDayAction(input: unknown) {
  return run((actor) => addCalendarDay(actor, input));
}
export async function updateCalendarDayAction(input: unknown) {
  return run((actor) => updateCalendarDay(actor, input));
}
export async function deleteCalendarDayAction(input: unknown) {
  return run((actor) => deleteCalendarDay(actor, input));
}
