import { HousingComplaintsError } from './errors.js';
import type { Source } from './source.js';
import { deepFrozen } from './freeze.js';

/** The rule the region check enforces. */
export const REGION_SOURCE: Source = /* @__PURE__ */ deepFrozen({
  note: "policy.region: the bank holiday division whose working days the policy counts; the context's calendar must be that division's",
});

/**
 * Why a `{ policy, calendar }` context's calendar is not the policy's region, or `undefined` when it
 * is (or when either side names no region, which the caller's own checks report).
 * @internal
 */
export function regionMismatch(context: unknown, caller: string): { readonly message: string; readonly path: string } | undefined {
  if (typeof context !== 'object' || context === null) return undefined;
  const { policy, calendar } = context as { policy?: { id?: unknown; region?: unknown } | null; calendar?: { region?: unknown } | null };
  const want = policy?.region;
  const got = calendar?.region;
  if (typeof want !== 'string' || typeof got !== 'string' || want === got) return undefined;
  return {
    path: 'context.calendar.region',
    message: `${caller}: the calendar is for ${got} but policy '${String(policy?.id)}' counts working days in ${want}; create the calendar with createCalendar({ region: '${want}' }) or createPolicyCalendar(policy)`,
  };
}

/**
 * Throws `calendar-region-mismatch` when the context's calendar is not for the policy's region.
 * @internal
 */
export function assertCalendarRegion(context: unknown, caller: string): void {
  const m = regionMismatch(context, caller);
  if (m !== undefined) throw new HousingComplaintsError('calendar-region-mismatch', m.message, { path: m.path, source: REGION_SOURCE });
}
