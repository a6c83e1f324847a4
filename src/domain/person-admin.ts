/**
 * Administration of people (người dùng): their inputs, the password strength rule (the same for an
 * administrator's creation, a reset and a person's own change) and the warnings about roles.
 */
import { z } from "zod";
import { ROLES, type Role } from "./roles";

const id = z.string().trim().min(1).max(64);
const version = z.number().int().min(0);

export const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, { message: "username" });
export const emailSchema = z.string().trim().toLowerCase().max(200, { message: "tooLong" }).pipe(z.email({ message: "email" }));
export const fullNameSchema = z.string().trim().min(2, { message: "fullNameRequired" }).max(200, { message: "tooLong" });
const title = z
  .string()
  .trim()
  .max(200, { message: "tooLong" })
  .optional()
  .nullable()
  .transform((v) => (v ? v : null));
export const roleSchema = z.enum(ROLES, { message: "role" });

export const createPersonInput = z.object({
  username: usernameSchema,
  email: emailSchema,
  fullName: fullNameSchema,
  title,
  unitId: id,
  role: roleSchema,
});
export const updatePersonInput = z.object({ id, version, email: emailSchema, fullName: fullNameSchema, title });
export const setPersonActiveInput = z.object({ id, version, active: z.boolean() });
export const resetPasswordInput = z.object({ id, version });
export const addMembershipInput = z.object({ userId: id, unitId: id, role: roleSchema });
export const removeMembershipInput = z.object({ membershipId: id });

/** The password rule: at least 10 characters, three kinds of character, not the person's name. */
export const PASSWORD_MIN_LENGTH = 10;

export function passwordIssues(password: string, who: { username?: string; fullName?: string } = {}): string[] {
  const issues: string[] = [];
  if (password.length < PASSWORD_MIN_LENGTH) issues.push("passwordTooShort");
  const kinds = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
  if (kinds < 3) issues.push("passwordTooSimple");
  const lower = password.toLowerCase();
  const names = [who.username, ...(who.fullName ?? "").split(/\s+/).filter((p) => p.length >= 4)]
    .filter((n): n is string => !!n && n.length >= 3)
    .map((n) => n.toLowerCase());
  if (names.some((n) => lower.includes(n))) issues.push("passwordContainsName");
  return issues;
}

/** A temporary password that satisfies the rule, from random bytes the caller supplies. */
export function temporaryPassword(random: Uint8Array): string {
  // No look-alike characters (0/O, 1/l/I): it is read from a screen and typed by hand.
  const letters = "abcdefghjkmnpqrstuvwxyz";
  const upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
  const digits = "23456789";
  const all = letters + upper + digits;
  const pick = (set: string, i: number) => set[random[i % random.length] % set.length];
  const body = Array.from({ length: 9 }, (_, i) => pick(all, i + 3)).join("");
  return `${pick(upper, 0)}${pick(letters, 1)}${body.slice(0, 4)}-${body.slice(4)}${pick(digits, 2)}`;
}

export const changePasswordInput = z
  .object({
    current: z.string().min(1, { message: "required" }).max(500),
    next: z.string().max(500, { message: "tooLong" }),
    confirm: z.string().max(500),
  })
  .superRefine((v, ctx) => {
    for (const issue of passwordIssues(v.next)) ctx.addIssue({ code: "custom", path: ["next"], message: issue });
    if (v.next !== v.confirm) ctx.addIssue({ code: "custom", path: ["confirm"], message: "passwordMismatch" });
    if (v.next === v.current) ctx.addIssue({ code: "custom", path: ["next"], message: "passwordUnchanged" });
  });

/** Warnings about a unit's roles, shown beside the change (they do not block it). */
export type RoleWarning =
  | { readonly kind: "NO_HEAD"; readonly unitId: string; readonly unitName: string }
  | { readonly kind: "DECIDES_OWN_PLAN"; readonly unitId: string; readonly proposalCodes: readonly string[] };

/**
 * Art. 7.4 NĐ 73/2023: a head never decides their own plan (it goes to the superior unit). A plan
 * already awaiting the unit's decision whose author becomes its head would fall to them.
 */
export const DECIDING_ROLES: readonly Role[] = ["HEAD"];
