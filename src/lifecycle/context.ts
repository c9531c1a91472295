import type { WorkingDayCalendar } from '../calendar/calendar.js';
import type { Policy } from '../policy/schema.js';

/**
 * What every lifecycle function needs: the policy the complaint is handled under and the
 * working-day calendar of its region.
 *
 * @example
 * ```ts
 * const context: LifecycleContext = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * ```
 */
export interface LifecycleContext {
  readonly policy: Policy;
  readonly calendar: WorkingDayCalendar;
}
