import { isBuiltInWorkingDay } from '../calendar/built-in.js';
import { isRegion } from '../calendar/regions.js';
import { closureRule, eachClosedDay } from '../calendar/closures.js';
import { fromDayNumber } from '../calendar/dates.js';
import { FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR } from '../calendar/holiday-table.js';
import type { Finding } from '../core/finding.js';
import type { CodeTimescale } from './code2024-requirements.js';
import type { Policy } from './schema.js';

type ClosureFinding = Finding & { readonly code: 'closure-makes-timescale-unreachable' };

/**
 * Warnings for recurring closures that make a Code timescale unreachable: a closure that covers at
 * least as many of the Code's working days (Monday to Friday, not a bank holiday of the policy's
 * region) as the timescale allows means that a complaint received the working day before it falls
 * due while the organisation is closed, so the organisation cannot meet the timescale for it. Each
 * closure is measured in every year the policy is in force (within the calendar's supported years),
 * and the worst year is named. One warning per closure and timescale, citing the timescale's provision
 * and quoting it, both read from the Code's table.
 *
 * Pushed onto `out`, the lint's own list, so that they need no list of their own to copy.
 *
 * @example
 * ```ts
 * const out: Finding[] = [];
 * pushClosureFindings(out, policy, [CODE_2024.stages[0].acknowledge]); // pushes nothing when no closure covers 5 working days
 * ```
 */
export function pushClosureFindings(
  out: { push(f: ClosureFinding): unknown },
  policy: Pick<Policy, 'closures' | 'inForce' | 'region'>,
  timescales: readonly Pick<CodeTimescale, 'provision' | 'workingDays' | 'quote'>[],
): void {
  const closures = policy.closures ?? [];
  if (closures.length === 0) return;
  // The Code's working days: weekdays that are not built-in bank holidays of the policy's region
  // (what createCalendar({ region }).isWorkingDay answers), read without building a calendar. Every
  // day visited is within the supported years: the years are clamped below, and a closure is
  // shorter than a year (closureRule), so one starting in LAST_SUPPORTED_YEAR - 1 ends by the last.
  const region = policy.region;
  // A draft's unknown region is the lint's own breach (invalid-value, naming \`region\`); no
  // working day can be counted without one.
  if (!isRegion(region)) return;
  const fromYear = Math.max(FIRST_SUPPORTED_YEAR, Number(policy.inForce.from.slice(0, 4)));
  const toYear = Math.min(LAST_SUPPORTED_YEAR - 1, policy.inForce.to === undefined ? LAST_SUPPORTED_YEAR : Number(policy.inForce.to.slice(0, 4)));
  closures.forEach((c, i) => {
    const rule = closureRule({ every: c.every, from: c.from, to: c.to }, `closures.${i}`);
    // The most Code working days one instance of the closure covers, and where.
    let worst = 0;
    let worstStart = '';
    for (let y = fromYear; y <= toYear; y++) {
      let count = 0;
      let start = '';
      // Years (y + 1 .. y) visit only the instance that starts in year y.
      eachClosedDay(rule, y + 1, y, (day) => {
        const date = fromDayNumber(day);
        if (start === '') start = date;
        if (isBuiltInWorkingDay(region, day)) count++;
      });
      if (count > worst) [worst, worstStart] = [count, start];
    }
    for (const t of timescales) {
      if (worst < t.workingDays) continue;
      out.push({
        severity: 'warning',
        code: 'closure-makes-timescale-unreachable',
        message:
          `The closure ${c.from} to ${c.to}${c.name === undefined ? '' : ` (${c.name})`} covers ${worst} working days when it starts on ${worstStart}, ` +
          `so a complaint arriving the working day before it falls due while the organisation is closed: '${t.quote}' (${t.provision}).`,
        source: c.source.policy === undefined ? { provision: t.provision } : { provision: t.provision, policy: c.source.policy },
        path: `closures.${i}`,
      });
    }
  });
}
