"use server";
import { revalidatePath } from "next/cache";
import { runAdminAction } from "@/server/admin/action";
import { addMembership, createPerson, removeMembership, resetPassword, setPersonActive, updatePerson } from "@/server/admin/people";

function done<T>(r: T) {
  revalidatePath("/admin", "layout");
  return r;
}

export async function createPersonAction(input: unknown) {
  return done(await runAdminAction((actor) => createPerson(actor, input)));
}
export async function updatePersonAction(input: unknown) {
  return done(await runAdminAction((actor) => updatePerson(actor, input)));
}
export async function setPersonActiveAction(input: unknown) {
  return done(await runAdminAction((actor) => setPersonActive(actor, input)));
}
export async function resetPasswordAction(input: unknown) {
  return done(await runAdminAction((actor) => resetPassword(actor, input)));
}
export async function addMembershipAction(input: unknown) {
  return done(await runAdminAction((actor) => addMembership(actor, input)));
}
export async function removeMembershipAction(input: unknown) {
  return done(await runAdminAction((actor) => removeMembership(actor, input)));
}
