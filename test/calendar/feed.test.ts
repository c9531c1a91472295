import { describe, expect, it } from 'vitest';
import { BUILT_IN_PUBLISHED_THROUGH, createCalendar, HousingComplaintsError, MAX_FEED_EVENTS, parseBankHolidayFeed, REGIONS } from '../../src/calendar/index.js';
import { GOV_UK_FEED } from './gov-uk-feed.js';

type Feed = Record<string, { division: string; events: { title: string; date: string; notes: string; bunting: boolean }[] }>;
/** A deep copy of the repository's feed copy, cut to the years given, to edit in a test. */
function feed(fromYear = 2012, toYear = 2028): Feed {
  const copy = JSON.parse(JSON.stringify(GOV_UK_FEED)) as Feed;
  for (const d of Object.values(copy)) d.events = d.events.filter((e) => Number(e.date.slice(0, 4)) >= fromYear && Number(e.date.slice(0, 4)) <= toYear);
  return copy;
}
function errorsOf(json: unknown) {
  const r = parseBankHolidayFeed(json);
  if (r.ok) throw new Error('expected the feed to be refused');
  return r.error;
}

describe('parseBankHolidayFeed: a valid feed', () => {
  it('takes the feed as JSON text or parsed JSON, and returns a frozen copy with every division', () => {
    const f = feed();
    for (const input of [f, JSON.stringify(f)]) {
      const r = parseBankHolidayFeed(input);
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      for (const region of REGIONS) expect(r.value[region].events.map((e) => e.date)).toEqual(f[region]?.events.map((e) => e.date));
      expect(Object.isFrozen(r.value) && Object.isFrozen(r.value.scotland.events[0])).toBe(true);
    }
  });
  it('does not share state with its input: editing the input afterwards changes nothing', () => {
    const f = feed();
    const r = parseBankHolidayFeed(f);
    f.scotland!.events[0]!.date = '2012-12-31';
    expect(r.ok && r.value.scotland.events[0]?.date).toBe('2012-01-02');
  });
  it('ignores keys it does not know (a field GOV.UK adds later does not break a host)', () => {
    const f = feed() as Record<string, unknown>;
    f.generated = '2026-12-02';
    (f.scotland as { events: Record<string, unknown>[] }).events[0]!.colour = 'blue';
    expect(parseBankHolidayFeed(f).ok).toBe(true);
  });
});

describe('parseBankHolidayFeed: malformed feeds are typed errors naming division, index and field', () => {
  it('text that is not JSON, and a value that is not an object', () => {
    expect(errorsOf('{"scotland": ')).toEqual([expect.objectContaining({ code: 'invalid-json', path: '' })]);
    for (const bad of [null, 42, [], 'null']) expect(errorsOf(bad)[0]).toMatchObject({ code: 'invalid-feed', path: '' });
  });
  it('a missing division, and a division whose key and name disagree', () => {
    const f = feed();
    delete f['northern-ireland'];
    f.scotland!.division = 'england-and-wales';
    expect(errorsOf(f)).toEqual([
      expect.objectContaining({ code: 'invalid-field', path: 'scotland.division', division: 'scotland', field: 'division' }),
      expect.objectContaining({ code: 'missing-division', path: 'northern-ireland', division: 'northern-ireland' }),
    ]);
  });
  it('events that are not a non-empty array', () => {
    const f = feed() as unknown as Record<string, { events: unknown }>;
    f.scotland!.events = [];
    f['england-and-wales']!.events = 'none';
    const errors = errorsOf(f);
    expect(errors.map((e) => [e.code, e.path, e.field])).toEqual([
      ['invalid-field', 'england-and-wales.events', 'events'],
      ['invalid-field', 'scotland.events', 'events'],
    ]);
    expect(errors[1]?.message).toMatch(/empty array/);
  });
  it('every bad event field, each with its division, index and field', () => {
    const f = feed();
    const s = f.scotland!.events;
    s[3]!.date = '2012-02-30';
    s[5]!.title = '';
    (s[6] as unknown as Record<string, unknown>).bunting = 'yes';
    (s[7] as unknown as Record<string, unknown>).notes = null;
    (f['northern-ireland']!.events as unknown[])[2] = 'Good Friday';
    const errors = errorsOf(f);
    expect(errors.map((e) => [e.code, e.division, e.index, e.field, e.path])).toEqual([
      ['invalid-field', 'scotland', 3, 'date', 'scotland.events[3].date'],
      ['invalid-field', 'scotland', 5, 'title', 'scotland.events[5].title'],
      ['invalid-field', 'scotland', 6, 'bunting', 'scotland.events[6].bunting'],
      ['invalid-field', 'scotland', 7, 'notes', 'scotland.events[7].notes'],
      ['invalid-field', 'northern-ireland', 2, undefined, 'northern-ireland.events[2]'],
    ]);
    expect(errors[0]?.message).toBe("scotland.events[3].date must be a calendar date written YYYY-MM-DD, got '2012-02-30'");
  });
  it('a date listed twice in a division', () => {
    const f = feed();
    f.scotland!.events[4]!.date = f.scotland!.events[3]!.date;
    expect(errorsOf(f)).toEqual([expect.objectContaining({ code: 'duplicate-date', division: 'scotland', index: 4, field: 'date' })]);
  });
  it(`more than ${MAX_FEED_EVENTS} events in a division is refused with the limit`, () => {
    const f = feed();
    f.scotland!.events = Array.from({ length: MAX_FEED_EVENTS + 1 }, (_, i) => ({ title: 'Day', date: `2012-01-01`, notes: `${i}`, bunting: true }));
    expect(errorsOf(f)).toEqual([expect.objectContaining({ code: 'too-large', path: 'scotland.events', limit: MAX_FEED_EVENTS })]);
  });
});

describe('createCalendar({ bankHolidays }): a loaded feed wins for the years it lists', () => {
  it('a day announced after release, in the loaded feed, is a bank holiday; publishedThrough follows the feed', () => {
    const f = feed(2027, 2028);
    // A feed published later: 2029 listed, with an announced one-off day (a made-up date for the test).
    for (const region of REGIONS) {
      f[region]!.events.push({ title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true }, { title: 'Extra bank holiday', date: '2029-06-18', notes: 'Extra bank holiday', bunting: true });
    }
    const cal = createCalendar({ region: 'england-and-wales', bankHolidays: f });
    expect(cal.publishedThrough).toBe(2029);
    expect(cal.isBankHoliday('2029-06-18')).toBe(true);
    // The feed's 2029 replaces the built-in 2029: Good Friday 30 March 2029 is not in this feed.
    expect(cal.isWorkingDay('2029-03-30')).toBe(true);
    expect(createCalendar({ region: 'england-and-wales' }).isBankHoliday('2029-03-30')).toBe(true);
    // 2030 is not listed: built-in (date-holidays) as before.
    expect(cal.isBankHoliday('2030-04-19')).toBe(true);
  });
  it('a feed that drops a built-in day for a year it lists (a holiday moved by proclamation) makes it a working day', () => {
    const f = feed(2026, 2026);
    f.scotland!.events = f.scotland!.events.filter((e) => e.date !== '2026-06-15');
    const cal = createCalendar({ region: 'scotland', bankHolidays: f });
    expect(cal.isWorkingDay('2026-06-15')).toBe(true);
    // Years the feed does not list keep the built-in list, and publishedThrough never goes back.
    expect(cal.isBankHoliday('2025-01-02')).toBe(true);
    expect(cal.publishedThrough).toBe(BUILT_IN_PUBLISHED_THROUGH);
  });
  it('takes the parsed feed, the raw JSON or the text, with the same answers', () => {
    const f = feed(2020, 2028);
    const parsed = parseBankHolidayFeed(f);
    if (!parsed.ok) throw new Error('feed refused');
    const days = ['2026-06-15', '2026-06-16', '2027-01-04', '2028-01-04'];
    const answers = [parsed.value, f, JSON.stringify(f)].map((bankHolidays) => days.map((d) => createCalendar({ region: 'scotland', bankHolidays }).isWorkingDay(d)));
    expect(answers).toEqual([[false, true, false, false], [false, true, false, false], [false, true, false, false]]);
  });
  it('a malformed feed throws invalid-bank-holidays naming the first fault', () => {
    const f = feed();
    f.scotland!.events[3]!.date = '2012-13-01';
    f.scotland!.events[4]!.date = 'x';
    try {
      createCalendar({ region: 'scotland', bankHolidays: f });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(HousingComplaintsError);
      expect(e).toMatchObject({ code: 'invalid-bank-holidays', path: 'options.bankHolidays.scotland.events[3].date' });
      expect((e as Error).message).toMatch(/and 1 more/);
    }
  });
  it('cancelledBankHolidays may cancel a day of the loaded feed', () => {
    const f = feed(2028, 2028);
    f.scotland!.events.push({ title: 'Extra', date: '2029-06-18', notes: 'Extra bank holiday', bunting: true });
    expect(createCalendar({ region: 'scotland', bankHolidays: f }).isWorkingDay('2029-06-18')).toBe(false);
    expect(createCalendar({ region: 'scotland', bankHolidays: f, cancelledBankHolidays: ['2029-06-18'] }).isWorkingDay('2029-06-18')).toBe(true);
  });
});
