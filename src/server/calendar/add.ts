import { addCalendarDayInput } from "@/domain/calendar-admin";
import { assertCan } from "@/domain/permissions";
import { dayToDate } from "../rules";
import { defineUseCase } from "../usecase";
import { CALENDAR_DAY_SELECT, assertDateFree, snapshot } from "./day";
import { loadRootUnit } from "./root";

/**
 * An administrator adds a public holiday or a make-up working day (docs/domain.md "Working days").
 * Deadlines already opened keep their due day: it was fixed when they were opened.
 */
export const addCalendarDay = defineUseCase({
  name: "calendar.add",
  input: addCalendarDayInput,
  load: (tx) => loadRootUnit(tx),
  authorize: (actor, root) => assertCan(actor, "holiday.manage", root),
  execute: async (ctx, root, input) => {
    await assertDateFree(ctx.tx, input.date);
    const row = await ctx.tx.calendarDay.create({
      data: { date: dayToDate(input.date), kind: input.kind, nameVi: input.nameVi, nameEn: input.nameEn },
      select: CALENDAR_DAY_SELECT,
    });
    const after = snapshot(row);
    ctx.audit({ action: "calendar.add", targetType: "CalendarDay", targetId: row.id, unitId: root.unitId, after });
    return { id: row.id, ...after };
  },
});
