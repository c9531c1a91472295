import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { addMonths, format } from 'date-fns';
import { addCalendarMonths, checkExclusions } from '../../src/exclusions/index.js';
import { policies } from '../../src/policy/index.js';

describe('the time limit does not depend on the host time zone', () => {
  it('addCalendarMonths agrees with date-fns addMonths (month-end clamp) on local dates, in every zone', () => {
    fc.assert(
      // From 1996: Pacific/Kiritimati skipped 31 December 1994 (UTC-10 to UTC+14), where the oracle's
      // local-time arithmetic lands a month out; the library works on calendar dates and has no such gap.
      fc.property(fc.integer({ min: 1996, max: 2090 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), fc.integer({ min: 0, max: 48 }), (y, m, d, n) => {
        const dim = new Date(Date.UTC(y, m, 0)).getUTCDate();
        const day = Math.min(d, dim);
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        // Local noon keeps date-fns clear of DST gaps at midnight in zones that have them.
        expect(addCalendarMonths(iso, n)).toBe(format(addMonths(new Date(y, m - 1, day, 12), n), 'yyyy-MM-dd'));
      }),
      { numRuns },
    );
  });
  it('Code 2.3: 29 February 2024 + 12 months: in time on 2025-02-28 in this zone too', () => {
    const g = checkExclusions({ becameAwareOn: '2024-02-29', receivedOn: '2025-02-28' }, { policy: policies.housingOmbudsmanCode2024 }).grounds.find((r) => r.ground === 'time-limit');
    expect(g?.applies).toBe('no');
  });
});
