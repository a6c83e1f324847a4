import { updateCalendarDayInput } from "@/domain/calendar-admin";
import { assertCan } from "@/domain/permissions";
import { dayToDate } from "../rules";
import { defineUseCase } from "../usecase";
import { CALENDAR_DAY_SELECT, assertDateFree, snapshot } from "./day";
import { loadRootUnit } from "./root";

/** Corrects a day (its date, kind or names), e.g. when the Government's official schedule replaces an assumed one. */
export const updateCalendarDay = defineUseCase({
  name: "calendar.update",
  input: updateCalendarDayInput,
  load: async (tx, _actor, input) => {
    const day = await tx.calendarDay.findUnique({ where: { id: input.id }, select: CALENDAR_DAY_SELECT });
    const root = day ? await loadRootUnit(tx) : null;
    return root && day ? { root, day } : null;
  },
  authorize: (actor, { root }) => assertCan(actor, "holiday.manage", root),
  execute: async (ctx, { root, day }, input) => {
    await assertDateFree(ctx.tx, input.date, day.id);
    const row = await ctx.tx.calendarDay.update({
      where: { id: day.id },
      data: { date: dayToDate(input.date), kind: input.kind, nameVi: input.nameVi, nameEn: input.nameEn },
      select: CALENDAR_DAY_SELECT,
    });
    const after = snapshot(row);
    ctx.audit({ action: "calendar.update", targetType: "CalendarDay", targetId: row.id, unitId: root.unitId, before: snapshot(day), after });
    return { id: row.id, ...after };
  },
});
