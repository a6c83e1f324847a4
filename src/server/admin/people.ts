/**
 * People: create (with a temporary password shown once), edit, deactivate/reactivate, reset the
 * password, give and take roles in units. A person is the administrator's when at least one of
 * their memberships lies in the administrator's subtree. Every change that affects what a person
 * may do bumps their authVersion, so their open sessions end at the next request (auth.ts).
 */
import { randomBytes } from "node:crypto";
import { ConflictError, ForbiddenError } from "@/domain/errors";
import { assertCan, can, type Actor } from "@/domain/permissions";
import {
  addMembershipInput,
  createPersonInput,
  removeMembershipInput,
  resetPasswordInput,
  setPersonActiveInput,
  temporaryPassword,
  updatePersonInput,
} from "@/domain/person-admin";
import type { Tx } from "../db";
import { hashPassword } from "../passwords";
import { unitScope } from "../scope";
import { defineUseCase } from "../usecase";
import { loadScopedUnit, unitResource } from "./scope";
import { roleWarnings } from "./warnings";

export function newTemporaryPassword(): string {
  return temporaryPassword(randomBytes(16));
}

const PERSON_SELECT = {
  id: true,
  username: true,
  email: true,
  fullName: true,
  title: true,
  active: true,
  version: true,
  memberships: { select: { id: true, role: true, unit: { select: { id: true, path: true } } } },
} as const;

/** A person with a membership in the actor's subtree, or null (404). */
async function loadScopedPerson(tx: Tx, actor: Actor, id: string) {
  const person = await tx.user.findFirst({
    where: { id, memberships: { some: { unit: unitScope(actor, "user.manage") } } },
    select: PERSON_SELECT,
  });
  if (!person) return null;
  // The unit the audit event files the change under: one of the person's units the actor manages.
  const managed = person.memberships.find((m) => can(actor, "user.manage", unitResource(m.unit)));
  return managed ? { person, anchor: unitResource(managed.unit) } : null;
}

/** A person is the actor's when one of their memberships lies in the actor's subtree. */
function authorizePerson(actor: Actor, person: { memberships: { unit: { id: string; path: string } }[] }) {
  if (!person.memberships.some((m) => can(actor, "user.manage", unitResource(m.unit)))) throw new ForbiddenError("user.manage");
}

async function assertIdentityFree(tx: Tx, username: string | null, email: string, exceptId?: string) {
  const taken = await tx.user.findFirst({
    where: { OR: [...(username ? [{ username }, { email: username }] : []), { email }, { username: email }], NOT: exceptId ? { id: exceptId } : undefined },
    select: { username: true, email: true },
  });
  if (!taken) return;
  throw new ConflictError(username && (taken.username === username || taken.email === username) ? "USERNAME_TAKEN" : "EMAIL_TAKEN");
}

const personSnapshot = (p: { username: string; email: string; fullName: string; title: string | null; active: boolean }) => ({
  username: p.username,
  email: p.email,
  fullName: p.fullName,
  title: p.title,
  active: p.active,
});

export const createPerson = defineUseCase({
  name: "user.create",
  input: createPersonInput,
  load: (tx, actor, input) => loadScopedUnit(tx, actor, "user.manage", input.unitId),
  authorize: (actor, unit) => assertCan(actor, "user.manage", unitResource(unit)),
  execute: async (ctx, unit, input) => {
    if (!unit.active) throw new ConflictError("UNIT_INACTIVE");
    await assertIdentityFree(ctx.tx, input.username, input.email);
    const password = newTemporaryPassword();
    const user = await ctx.tx.user.create({
      data: {
        username: input.username,
        email: input.email,
        fullName: input.fullName,
        title: input.title,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        memberships: { create: { unitId: unit.id, role: input.role } },
      },
      select: { id: true, username: true, email: true, fullName: true, title: true, active: true },
    });
    ctx.audit({ action: "user.create", targetType: "User", targetId: user.id, unitId: unit.id, after: { ...personSnapshot(user), memberships: [{ unitId: unit.id, role: input.role }] } });
    const warnings = await roleWarnings(ctx.tx, { userId: user.id, unitId: unit.id, role: input.role });
    return { id: user.id, temporaryPassword: password, warnings };
  },
});

export const updatePerson = defineUseCase({
  name: "user.update",
  input: updatePersonInput,
  load: (tx, actor, input) => loadScopedPerson(tx, actor, input.id),
  authorize: (actor, { person }) => authorizePerson(actor, person),
  execute: async (ctx, { person, anchor }, input) => {
    await assertIdentityFree(ctx.tx, null, input.email, person.id);
    const { id, version, ...data } = input;
    ctx.assertUpdated((await ctx.tx.user.updateMany({ where: { id, version }, data: { ...data, version: { increment: 1 } } })).count);
    ctx.audit({ action: "user.update", targetType: "User", targetId: id, unitId: anchor.unitId, before: personSnapshot(person), after: personSnapshot({ ...person, ...data }) });
    return { id };
  },
});

/** A deactivated person cannot sign in and their sessions end; everything they wrote or decided stays. */
export const setPersonActive = defineUseCase({
  name: "user.setActive",
  input: setPersonActiveInput,
  load: (tx, actor, input) => loadScopedPerson(tx, actor, input.id),
  authorize: (actor, { person }) => authorizePerson(actor, person),
  execute: async (ctx, { person, anchor }, input) => {
    if (person.id === ctx.actor.userId) throw new ConflictError("SELF");
    if (person.active === input.active) return { id: person.id };
    ctx.assertUpdated(
      (
        await ctx.tx.user.updateMany({
          where: { id: person.id, version: input.version },
          data: { active: input.active, version: { increment: 1 }, authVersion: { increment: 1 } },
        })
      ).count,
    );
    ctx.audit({ action: input.active ? "user.reactivate" : "user.deactivate", targetType: "User", targetId: person.id, unitId: anchor.unitId, before: { active: person.active }, after: { active: input.active } });
    return { id: person.id };
  },
});

/** A new temporary password, shown once to the administrator; the person must change it at first sign-in. */
export const resetPassword = defineUseCase({
  name: "user.resetPassword",
  input: resetPasswordInput,
  load: (tx, actor, input) => loadScopedPerson(tx, actor, input.id),
  authorize: (actor, { person }) => authorizePerson(actor, person),
  execute: async (ctx, { person, anchor }, input) => {
    if (person.id === ctx.actor.userId) throw new ConflictError("SELF");
    const password = newTemporaryPassword();
    ctx.assertUpdated(
      (
        await ctx.tx.user.updateMany({
          where: { id: person.id, version: input.version },
          data: { passwordHash: await hashPassword(password), mustChangePassword: true, version: { increment: 1 }, authVersion: { increment: 1 } },
        })
      ).count,
    );
    // The password itself is never audited.
    ctx.audit({ action: "user.resetPassword", targetType: "User", targetId: person.id, unitId: anchor.unitId });
    return { id: person.id, temporaryPassword: password };
  },
});

export const addMembership = defineUseCase({
  name: "membership.add",
  input: addMembershipInput,
  load: async (tx, actor, input) => {
    const unit = await loadScopedUnit(tx, actor, "user.manage", input.unitId);
    const found = unit ? await loadScopedPerson(tx, actor, input.userId) : null;
    return unit && found ? { unit, person: found.person } : null;
  },
  authorize: (actor, { unit }) => assertCan(actor, "user.manage", unitResource(unit)),
  execute: async (ctx, { unit, person }, input) => {
    if (!unit.active) throw new ConflictError("UNIT_INACTIVE");
    if (person.memberships.some((m) => m.unit.id === unit.id && m.role === input.role)) throw new ConflictError("MEMBERSHIP_EXISTS");
    const m = await ctx.tx.membership.create({ data: { userId: person.id, unitId: unit.id, role: input.role }, select: { id: true } });
    await ctx.tx.user.update({ where: { id: person.id }, data: { authVersion: { increment: 1 } } });
    ctx.audit({ action: "membership.add", targetType: "Membership", targetId: m.id, unitId: unit.id, after: { userId: person.id, unitId: unit.id, role: input.role } });
    return { id: m.id, warnings: await roleWarnings(ctx.tx, { userId: person.id, unitId: unit.id, role: input.role }) };
  },
});

export const removeMembership = defineUseCase({
  name: "membership.remove",
  input: removeMembershipInput,
  load: (tx, actor, input) =>
    tx.membership.findFirst({
      where: { id: input.membershipId, unit: unitScope(actor, "user.manage") },
      select: { id: true, role: true, userId: true, unit: { select: { id: true, path: true, name: true } } },
    }),
  authorize: (actor, m) => assertCan(actor, "user.manage", unitResource(m.unit)),
  execute: async (ctx, m) => {
    // An administrator cannot take away the role that lets them administer (nobody could give it back).
    if (m.userId === ctx.actor.userId && m.role === "ADMIN") throw new ConflictError("SELF");
    ctx.assertUpdated((await ctx.tx.membership.deleteMany({ where: { id: m.id } })).count);
    await ctx.tx.user.update({ where: { id: m.userId }, data: { authVersion: { increment: 1 } } });
    ctx.audit({ action: "membership.remove", targetType: "Membership", targetId: m.id, unitId: m.unit.id, before: { userId: m.userId, unitId: m.unit.id, role: m.role } });
    const headLeft = m.role === "HEAD" ? await ctx.tx.membership.count({ where: { unitId: m.unit.id, role: "HEAD", user: { active: true } } }) : 1;
    return { id: m.id, warnings: headLeft === 0 ? [{ kind: "NO_HEAD" as const, unitId: m.unit.id, unitName: m.unit.name }] : [] };
  },
});
