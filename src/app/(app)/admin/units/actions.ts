"use server";
import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/server/admin/action";
import { createUnit, deleteUnit, moveUnit, setUnitActive, updateUnit } from "@/server/admin/units";

function done<T>(r: T) {
  revalidatePath("/admin/units", "layout");
  return r;
}

export async function createUnitAction(input: unknown) {
  return done(await runAdminAction((actor) => createUnit(actor, input)));
}
export async function updateUnitAction(input: unknown) {
  return done(await runAdminAction((actor) => updateUnit(actor, input)));
}
export async function moveUnitAction(input: unknown) {
  return done(await runAdminAction((actor) => moveUnit(actor, input)));
}
export async function setUnitActiveAction(input: unknown) {
  return done(await runAdminAction((actor) => setUnitActive(actor, input)));
}
export async function deleteUnitAction(input: unknown) {
  return done(await runAdminAction((actor) => deleteUnit(actor, input)));
}
