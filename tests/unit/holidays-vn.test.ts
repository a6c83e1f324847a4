import { describe, expect, it } from "vitest";

import { isIsoDay, isWeekend, isWorkingDay } from "@/domain/calendar";
import { VIETNAM_CALENDAR, VIETNAM_HOLIDAY_YEARS, VIETNAM_HOLIDAYS } from "@/domain/holidays-vn";

const onDay = (date: string) => VIETNAM_HOLIDAYS.find((h) => h.date === date);

describe("Vietnamese holiday seed", () => {
  it("has valid, unique, ordered dates with both names", () => {
    const dates = VIETNAM_HOLIDAYS.map((h) => h.date);
    expect(dates.every(isIsoDay)).toBe(true);
    expect(new Set(dates).size).toBe(dates.length);
    expect([...dates].sort()).toEqual(dates);
    for (const h of VIETNAM_HOLIDAYS) {
      expect(h.name_vi.length).toBeGreaterThan(0);
      expect(h.name_en.length).toBeGreaterThan(0);
    }
  });

  it("make-up working days are weekends; compensatory days off are weekdays (Bộ luật Lao động Art. 111.3)", () => {
    for (const h of VIETNAM_HOLIDAYS.filter((x) => x.kind === "MAKEUP_WORKDAY")) expect(isWeekend(h.date), h.date).toBe(true);
    for (const h of VIETNAM_HOLIDAYS.filter((x) => x.name_vi.startsWith("Nghỉ bù") || x.name_vi.startsWith("Nghỉ hoán đổi"))) {
      expect(isWeekend(h.date), h.date).toBe(false);
    }
  });

  it.each(VIETNAM_HOLIDAY_YEARS.map((y) => [y] as const))(
    "Bộ luật Lao động Art. 112.1: %i has 11 days off work, net of make-up days",
    (year) => {
      const ofYear = VIETNAM_HOLIDAYS.filter((h) => h.date.startsWith(`${year}-`));
      const weekdaysOff = ofYear.filter((h) => h.kind === "HOLIDAY" && !isWeekend(h.date)).length;
      const makeUps = ofYear.filter((h) => h.kind === "MAKEUP_WORKDAY").length;
      expect(weekdaysOff - makeUps).toBe(11);
    },
  );

  it("holds the known dates of 2025–2027", () => {
    for (const y of VIETNAM_HOLIDAY_YEARS) {
      expect(onDay(`${y}-01-01`)?.name_en).toBe("New Year's Day");
      expect(onDay(`${y}-04-30`)?.kind).toBe("HOLIDAY");
      expect(onDay(`${y}-05-01`)?.kind).toBe("HOLIDAY");
      expect(onDay(`${y}-09-02`)?.name_vi).toBe("Quốc khánh");
    }
    for (const d of ["2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]) expect(onDay(d)?.name_vi).toBe("Tết Nguyên đán");
    for (const d of ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]) expect(onDay(d)?.name_vi).toBe("Tết Nguyên đán");
    expect(onDay("2027-02-06")?.name_vi).toBe("Tết Nguyên đán"); // mùng 1 Tết Đinh Mùi
    expect(onDay("2025-04-07")?.name_vi).toBe("Giỗ Tổ Hùng Vương");
    expect(onDay("2026-04-26")?.name_vi).toBe("Giỗ Tổ Hùng Vương");
    expect(onDay("2026-04-27")?.name_vi).toMatch(/^Nghỉ bù/);
    expect(onDay("2027-04-16")?.name_vi).toBe("Giỗ Tổ Hùng Vương");
    expect(onDay("2025-09-01")?.name_vi).toBe("Quốc khánh");
    expect(onDay("2025-04-26")?.kind).toBe("MAKEUP_WORKDAY");
    expect(onDay("2026-01-10")?.kind).toBe("MAKEUP_WORKDAY");
  });

  it("the seeded calendar reflects the entries", () => {
    expect(isWorkingDay("2025-01-27", VIETNAM_CALENDAR)).toBe(false);
    expect(isWorkingDay("2026-01-02", VIETNAM_CALENDAR)).toBe(false);
    expect(isWorkingDay("2026-01-10", VIETNAM_CALENDAR)).toBe(true);
    expect(isWorkingDay("2027-05-03", VIETNAM_CALENDAR)).toBe(false);
    expect(isWorkingDay("2027-02-12", VIETNAM_CALENDAR)).toBe(true);
    expect(Object.isFrozen(VIETNAM_HOLIDAYS)).toBe(true);
  });
});
