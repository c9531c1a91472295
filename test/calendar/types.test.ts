// Type-level contract of the calendar (DESIGN.md Public API contract).
import { describe, expectTypeOf, it } from 'vitest';
import { createCalendar, type CreateCalendarOptions, type IsoDate, type Region, type WorkingDayCalendar } from '../../src/calendar/index.js';

describe('calendar types', () => {
  it('createCalendar takes CreateCalendarOptions and returns a WorkingDayCalendar', () => {
    expectTypeOf(createCalendar).parameter(0).toEqualTypeOf<CreateCalendarOptions>();
    expectTypeOf(createCalendar).returns.toEqualTypeOf<WorkingDayCalendar>();
    expectTypeOf<Region>().toEqualTypeOf<'england-and-wales' | 'scotland' | 'northern-ireland'>();
    expectTypeOf<WorkingDayCalendar['addWorkingDays']>().toEqualTypeOf<(date: IsoDate, n: number) => IsoDate>();
    expectTypeOf<WorkingDayCalendar['workingDaysBetween']>().returns.toEqualTypeOf<number>();
    expectTypeOf<WorkingDayCalendar['londonDate']>().parameter(0).toEqualTypeOf<string | Date>();
  });
  it('rejects what must not compile', () => {
    // @ts-expect-error: 'wales' is not a region (England and Wales share one list)
    const bad: CreateCalendarOptions = { region: 'wales' };
    // @ts-expect-error: region is required
    const missing: CreateCalendarOptions = { closures: [] };
    expectTypeOf(bad).toEqualTypeOf<CreateCalendarOptions>();
    expectTypeOf(missing).toEqualTypeOf<CreateCalendarOptions>();
  });
});
