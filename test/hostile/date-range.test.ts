/**
 * One supported date range, shared by the event schema, the lifecycle, letters and reports:
 * SUPPORTED_DATES, the days the working-day calendar covers. Each door is tried on the first and
 * last supported day (answered) and on the day before and the day after (refused with a typed
 * error naming the field, the rule and the limit year).
 */
import { describe, expect, it } from 'vitest';
import { createCalendar, FIRST_SUPPORTED_YEAR, LAST_SUPPORTED_YEAR, SUPPORTED_DATES } from '../../src/calendar/index.js';
import { HousingComplaintsError } from '../../src/core/index.js';
import {
  applyEvent, complaintAsOf, deadlines, isEventTime, LifecycleDate, overdue, parseComplaint, parseEvent, replay, startComplaint, type Complaint,
} from '../../src/lifecycle/index.js';
import { IsoDateString, renderLetter, tryRenderLetter } from '../../src/outcomes/index.js';
import { performanceReport } from '../../src/reporting/index.js';
import * as z from 'zod/mini';
import { ackEv, built, receivedEv, respondEv, wellington } from '../lifecycle/fixtures.js';

const FIRST = '2012-01-01';
const LAST = '2040-12-31';
const BEFORE = '2011-12-31';
const AFTER = '2041-01-01';

/** The typed error `run` throws (fails the test when it throws nothing, or something untyped). */
function thrown(run: () => unknown): HousingComplaintsError {
  try {
    run();
  } catch (e) {
    if (e instanceof HousingComplaintsError) return e;
    throw e;
  }
  throw new Error('expected a HousingComplaintsError, nothing was thrown');
}

describe('SUPPORTED_DATES', () => {
  it('is the calendar coverage: 1 January of the first supported year to 31 December of the last', () => {
    expect(SUPPORTED_DATES).toEqual({ first: FIRST, last: LAST, firstYear: FIRST_SUPPORTED_YEAR, lastYear: LAST_SUPPORTED_YEAR });
    expect(Object.isFrozen(SUPPORTED_DATES)).toBe(true);
    const cal = createCalendar({ region: 'england-and-wales' });
    expect(cal.isWorkingDay(SUPPORTED_DATES.first)).toBe(false); // New Year's Day 2012, a Sunday
    expect(cal.isWorkingDay(SUPPORTED_DATES.last)).toBe(true); // Monday 31 December 2040
    expect(thrown(() => cal.isWorkingDay(BEFORE)).code).toBe('year-out-of-range');
    expect(thrown(() => cal.isWorkingDay(AFTER)).code).toBe('year-out-of-range');
  });
});

describe('the event schema (parseEvent, startComplaint, applyEvent, replay)', () => {
  it('takes the first and last supported day, as dates and as instants', () => {
    for (const at of [FIRST, LAST, '2012-01-01T00:00:00Z', '2040-12-31T23:59:59Z', '2041-01-01T00:30:00+01:00', '2011-12-31T23:30:00-01:00']) {
      expect(isEventTime(at), at).toBe(true);
      expect(parseEvent({ type: 'update-sent', at }).ok, at).toBe(true);
    }
  });

  it('refuses the day before and the day after, naming the field, the rule and the limit year', () => {
    const cases = [
      [BEFORE, 'too-small', FIRST_SUPPORTED_YEAR, `a date on or after ${FIRST}`],
      ['2011-12-31T23:59:59Z', 'too-small', FIRST_SUPPORTED_YEAR, `a date on or after ${FIRST}`],
      ['2012-01-01T00:30:00+01:00', 'too-small', FIRST_SUPPORTED_YEAR, `a date on or after ${FIRST}`], // 23:30 UTC on 31 December 2011
      [AFTER, 'too-large', LAST_SUPPORTED_YEAR, `a date on or before ${LAST}`],
      ['2041-01-01T00:00:00Z', 'too-large', LAST_SUPPORTED_YEAR, `a date on or before ${LAST}`],
      ['0001-01-01', 'too-small', FIRST_SUPPORTED_YEAR, `a date on or after ${FIRST}`],
      ['9999-12-31', 'too-large', LAST_SUPPORTED_YEAR, `a date on or before ${LAST}`],
    ] as const;
    for (const [at, reason, limit, expected] of cases) {
      expect(isEventTime(at), at).toBe(false);
      const r = parseEvent({ type: 'update-sent', at });
      expect(r, at).toMatchObject({ ok: false, error: { code: 'invalid-event', path: 'event.at', issues: [{ path: 'event.at', reason, limit, expected }] } });
    }
  });

  it('startComplaint: received on the first supported day is a complaint; the day before is refused at event.at', () => {
    expect(startComplaint(receivedEv(FIRST), wellington).ok).toBe(true);
    expect(startComplaint(receivedEv(BEFORE), wellington)).toMatchObject({ ok: false, error: { path: 'event.at', issues: [{ reason: 'too-small', limit: 2012 }] } });
  });

  it('applyEvent: an event on the last supported day is applied; the day after is refused', () => {
    const c = built([receivedEv('2040-11-01'), ackEv('2040-11-02')]);
    expect(applyEvent(c, { type: 'update-sent', at: LAST }, wellington).ok).toBe(true);
    expect(applyEvent(c, { type: 'update-sent', at: AFTER }, wellington)).toMatchObject({ ok: false, error: { path: 'event.at', issues: [{ reason: 'too-large', limit: 2040 }] } });
  });

  it('replay: a stored event after the range is refused at its index, validated or not', () => {
    const events = [receivedEv('2040-11-01'), ackEv('2040-11-02'), { type: 'update-sent', at: AFTER }];
    expect(replay(events, wellington)).toMatchObject({ ok: false, error: { path: 'events[2].at', issues: [{ reason: 'too-large', limit: 2040 }] } });
    expect(replay(events, wellington, { validated: true })).toMatchObject({ ok: false, error: { code: 'date-out-of-range', path: 'events[2].at', issues: [{ limit: 2040 }] } });
    expect(replay([...events.slice(0, 2), { type: 'update-sent', at: LAST }], wellington, { validated: true }).ok).toBe(true);
  });

  it('an event whose rules count a deadline past the range is refused with date-out-of-range, not a throw', () => {
    // Received on 20 December 2040: the stage 1 response (10 working days) would be due in 2041,
    // and the response's guards count it to say whether the response is late.
    const c = built([receivedEv('2040-12-20'), ackEv('2040-12-20')]);
    const r = applyEvent(c, respondEv('2040-12-21', 1, { remedies: [] , noRemedyReason: 'Nothing to put right' }), wellington);
    expect(r).toMatchObject({ ok: false, error: { code: 'date-out-of-range', path: 'event.at', issues: [{ limit: 2040 }] } });
    if (!r.ok) expect(r.error.message).toContain(`after ${LAST}`);
  });
});

describe('stored complaints and queries', () => {
  const inRange: Complaint = built([receivedEv('2040-11-01'), ackEv('2040-11-02')]);

  it('parseComplaint refuses a complaint received after the range', () => {
    const stored = JSON.parse(JSON.stringify(inRange)) as { receivedOn: string; history: { on: string; event: { at: string } }[] };
    stored.receivedOn = AFTER;
    stored.history[0]!.on = AFTER;
    stored.history[0]!.event.at = AFTER;
    expect(parseComplaint(stored)).toMatchObject({ ok: false, error: { code: 'invalid-complaint' } });
    const r = parseComplaint(stored);
    expect(!r.ok && r.error.issues.some((i) => i.path === 'complaint.receivedOn' && i.reason === 'too-large' && i.limit === 2040)).toBe(true);
  });

  it('deadlines and overdue: asOf on the last supported day answers; the day after and the day before the range throw typed errors', () => {
    expect(Array.isArray(deadlines(inRange, wellington, LAST))).toBe(true);
    expect(Array.isArray(overdue(inRange, wellington, LAST))).toBe(true);
    for (const [fn, call] of [['deadlines', deadlines], ['overdue', overdue]] as const) {
      const late = thrown(() => call(inRange, wellington, AFTER));
      expect(late).toMatchObject({ code: 'year-out-of-range', path: 'asOf', rule: 'maximum', limit: 2040 });
      expect(late.message).toContain(`${fn}: asOf must be a date from ${FIRST} to ${LAST}`);
      expect(thrown(() => call(inRange, wellington, BEFORE))).toMatchObject({ code: 'year-out-of-range', path: 'asOf', rule: 'minimum', limit: 2012 });
      expect(thrown(() => call(inRange, wellington, '2041-01-01T00:00:00Z'))).toMatchObject({ path: 'asOf', rule: 'maximum' });
    }
  });

  it('deadlines of a complaint received in the last days of the range: a typed error naming what was counted and the limit', () => {
    const c = built([receivedEv('2040-12-24')]);
    const e = thrown(() => deadlines(c, wellington));
    expect(e).toMatchObject({ code: 'year-out-of-range', path: 'complaint', rule: 'maximum', limit: 2040 });
    expect(e.message).toContain('after 2040-12-24');
  });

  it('complaintAsOf: asOf must be a supported date', () => {
    expect(complaintAsOf(inRange, wellington, LAST)).toBe(inRange);
    expect(thrown(() => complaintAsOf(inRange, wellington, AFTER))).toMatchObject({ code: 'year-out-of-range', path: 'asOf', rule: 'maximum', limit: 2040 });
    expect(thrown(() => complaintAsOf(inRange, wellington, 'x' as string))).toMatchObject({ code: 'invalid-date', path: 'asOf', rule: 'date' });
  });
});

describe('schemas of dates outside the lifecycle', () => {
  it('IsoDateString (remedies, actions, notices) and LifecycleDate take the edges and refuse one day outside', () => {
    for (const schema of [IsoDateString, LifecycleDate]) {
      expect(schema.safeParse(FIRST).success).toBe(true);
      expect(schema.safeParse(LAST).success).toBe(true);
      expect(schema.safeParse(BEFORE).success).toBe(false);
      expect(schema.safeParse(AFTER).success).toBe(false);
    }
  });
});

describe('letters', () => {
  const letter = {
    complainantName: 'Ms Jones',
    complaintDefinition: 'The boiler was not repaired.',
    findings: [{ issue: 'Boiler', finding: 'upheld' as const, reasons: 'Late.' }],
    reasons: 'Our contractor was late.',
    remedies: [{ id: 'r1', kind: 'apology' as const, description: 'We apologise.', dueBy: '2040-11-30' }],
    outstandingActions: [],
  };

  it('a letter dated in the range renders; one dated after it is a finding naming the field (tryRenderLetter) or a typed error (renderLetter)', () => {
    expect(tryRenderLetter('stage-1-response', { ...letter, date: '2040-11-01' }, wellington).ok).toBe(true);
    expect(tryRenderLetter('stage-1-response', { ...letter, date: AFTER }, wellington)).toMatchObject({ ok: false, error: [{ code: 'letter-year-out-of-range', path: 'date' }] });
    for (const date of [AFTER, BEFORE]) {
      const e = thrown(() => renderLetter('stage-1-response', { ...letter, date }, wellington));
      expect(e).toMatchObject({ code: 'letter-incomplete', path: 'data.date' });
      expect(e.message).toContain(`data.date must be a date from ${FIRST} to ${LAST}`);
    }
  });

  it('a remedy due after the range is refused at its field', () => {
    const r = tryRenderLetter('stage-1-response', { ...letter, date: '2040-11-01', remedies: [{ ...letter.remedies[0]!, dueBy: AFTER }] }, wellington);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.some((f) => f.path?.includes('dueBy'))).toBe(true);
  });

  it('a letter dated on the last supported day whose escalation window ends after it: a finding, not a throw', () => {
    const r = tryRenderLetter('stage-1-response', { ...letter, date: LAST, remedies: [{ ...letter.remedies[0]!, dueBy: LAST }] }, wellington);
    expect(r).toMatchObject({ ok: false, error: [{ code: 'letter-year-out-of-range', path: 'date' }] });
    // Without a calendar no window date is counted, and the letter renders.
    expect(tryRenderLetter('stage-1-response', { ...letter, date: LAST, remedies: [{ ...letter.remedies[0]!, dueBy: LAST }] }, { policy: wellington.policy }).ok).toBe(true);
  });
});

describe('performanceReport', () => {
  it('takes a period from the first to the last supported day; one day outside is refused naming the field, the rule and the limit', () => {
    expect(() => performanceReport([], wellington, { from: FIRST, to: LAST })).not.toThrow();
    expect(thrown(() => performanceReport([], wellington, { from: BEFORE, to: LAST }))).toMatchObject({ code: 'invalid-report-options', path: 'options.from', rule: 'minimum', limit: 2012 });
    expect(thrown(() => performanceReport([], wellington, { from: FIRST, to: AFTER }))).toMatchObject({ code: 'invalid-report-options', path: 'options.to', rule: 'maximum', limit: 2040 });
  });
});
