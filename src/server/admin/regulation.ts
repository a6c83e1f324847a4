/**
 * Editing the national regulation profile (the default RegulationProfile row): an administrator of
 * the root changes its deadlines, report frequency, escalation grace and reminders within the law's
 * floors; each change is a new version kept with who and when. Deadlines already opened keep the
 * due day computed under the rule in force when they were opened (Deadline.dueOn, workingDays);
 * only deadlines opened afterwards follow the new numbers.
 */
import { ConflictError, ValidationError, issuesFromZod } from "@/domain/errors";
import { assertCan } from "@/domain/permissions";
import { DECREE_73_PROFILE, profileShape, regulationProfileSchema } from "@/domain/regulation";
import { editRegulationInput, lawFloorViolations } from "@/domain/regulation-floors";
import type { Prisma } from "@/generated/prisma/client";
import { toJsonValue } from "../audit";
import { db } from "../db";
import { defineUseCase } from "../usecase";
import { canAtRoot, loadRootUnit } from "../calendar/root";

export const editRegulationProfile = defineUseCase({
  name: "regulation.edit",
  input: editRegulationInput,
  load: async (tx) => {
    const root = await loadRootUnit(tx);
    if (!root) return null;
    const profile = await tx.regulationProfile.findFirst({ where: { isDefault: true }, select: { id: true, code: true, rules: true, version: true } });
    return { root, profile };
  },
  authorize: (actor, { root }) => assertCan(actor, "regulation.manage", root),
  execute: async (ctx, { root, profile }, input) => {
    const { version, ...changes } = input;
    const storedRules = profile && typeof profile.rules === "object" && profile.rules !== null ? (profile.rules as Record<string, unknown>) : { ...DECREE_73_PROFILE };
    // Keys this form does not know (a later issue's additions) are kept as they are.
    const merged = { ...storedRules, ...changes };
    // The shape first, then the law's floors with the form's own messages (regulation-floors.ts).
    const parsed = profileShape.safeParse(merged);
    if (!parsed.success) throw new ValidationError(issuesFromZod(parsed.error).map((i) => ({ ...i, message: i.code === "TOO_BIG" ? "profileTooBig" : i.code === "TOO_SMALL" ? "profileTooSmall" : "integer" })));
    const floors = lawFloorViolations(parsed.data);
    if (floors.length) throw new ValidationError(floors);

    let row: { id: string; version: number };
    if (profile) {
      if (profile.version !== version) throw new ConflictError();
      // The version in force before the first edit is kept too, so the history starts with it.
      if ((await ctx.tx.regulationProfileVersion.count({ where: { profileId: profile.id } })) === 0) {
        await ctx.tx.regulationProfileVersion.create({ data: { profileId: profile.id, version: profile.version, rules: toJsonValue(storedRules) as Prisma.InputJsonValue, createdById: null } });
      }
      ctx.assertUpdated(
        (await ctx.tx.regulationProfile.updateMany({ where: { id: profile.id, version }, data: { rules: toJsonValue(merged) as Prisma.InputJsonValue, version: { increment: 1 } } })).count,
      );
      row = { id: profile.id, version: version + 1 };
    } else {
      if (version !== 0) throw new ConflictError();
      const created = await ctx.tx.regulationProfile.create({
        data: { code: DECREE_73_PROFILE.code, name: DECREE_73_PROFILE.name, rules: toJsonValue(merged) as Prisma.InputJsonValue, isDefault: true, version: 1 },
        select: { id: true },
      });
      row = { id: created.id, version: 1 };
    }
    await ctx.tx.regulationProfileVersion.create({ data: { profileId: row.id, version: row.version, rules: toJsonValue(merged) as Prisma.InputJsonValue, createdById: ctx.actor.userId } });
    const before = Object.fromEntries(Object.keys(changes).map((k) => [k, storedRules[k] ?? null]));
    ctx.audit({ action: "regulation.edit", targetType: "RegulationProfile", targetId: row.id, unitId: root.unitId, before, after: { ...changes, version: row.version } });
    return { version: row.version };
  },
});

/** The versions of the national profile, newest first, with who made each. */
export async function regulationHistoryFor(actor: Parameters<typeof canAtRoot>[0]) {
  if (!(await canAtRoot(actor, "regulation.manage"))) return null;
  const rows = await db.regulationProfileVersion.findMany({
    where: { profile: { isDefault: true } },
    orderBy: { version: "desc" },
    take: 50,
    select: { id: true, version: true, rules: true, createdAt: true, createdById: true },
  });
  const ids = [...new Set(rows.map((r) => r.createdById).filter((id): id is string => !!id))];
  const names = Object.fromEntries((await db.user.findMany({ where: { id: { in: ids } }, select: { id: true, fullName: true } })).map((u) => [u.id, u.fullName]));
  return rows.map((r) => {
    const parsed = regulationProfileSchema.safeParse(r.rules);
    return { id: r.id, version: r.version, createdAt: r.createdAt, by: r.createdById ? names[r.createdById] ?? null : null, profile: parsed.success ? parsed.data : null };
  });
}
