import { deleteCalendarDayInput } from "@/domain/calendar-admin";
import { assertCan } from "@/domain/permissions";
import { defineUseCase } from "../usecase";
import { CALENDAR_DAY_SELECT, snapshot } from "./day";
import { loadRootUnit } from "./root";

/** Removes a day entered by mistake; the audit event keeps what it was. */
export const deleteCalendarDay = defineUseCase({
  name: "calendar.delete",
  input: deleteCalendarDayInput,
  load: async (tx, _actor, input) => {
    const day = await tx.calendarDay.findUnique({ where: { id: input.id }, select: CALENDAR_DAY_SELECT });
    const root = day ? await loadRootUnit(tx) : null;
    return root && day ? { root, day } : null;
  },
  authorize: (actor, { root }) => assertCan(actor, "holiday.manage", root),
  execute: async (ctx, { root, day }) => {
    // deleteMany: a concurrent delete of the same row answers 409 instead of a crash.
    ctx.assertUpdated((await ctx.tx.calendarDay.deleteMany({ where: { id: day.id } })).count);
    ctx.audit({ action: "calendar.delete", targetType: "CalendarDay", targetId: day.id, unitId: root.unitId, before: snapshot(day) });
    return { id: day.id };
  },
});
