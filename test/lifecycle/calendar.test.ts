// The lifecycle and the calendar: provisional deadlines past the published bank holiday list, and a
// calendar that is not the policy's region.
import { describe, expect, it } from 'vitest';
import { createCalendar, HousingComplaintsError } from '../../src/calendar/index.js';
import { allowedEvents, applyEvent, deadlines, movedDeadlines, replay, startComplaint } from '../../src/lifecycle/index.js';
import { renderLetter, tryRenderLetter } from '../../src/outcomes/index.js';
import { policies } from '../../src/policy/index.js';
import { performanceReport, renderReportCsv, renderReportHtml, renderReportJson, renderReportMarkdown } from '../../src/reporting/index.js';
import { ackEv, built, receivedEv, respondEv, wellington } from './fixtures.js';

// Wellington s.6: "Complaints will be logged and acknowledged by CHS with the complainant within 5
// working days from receipt."
describe('provisional deadlines: counted into a year after the published bank holiday list', () => {
  const publishedThrough = wellington.calendar.publishedThrough; // 2028, the built-in list
  it('a deadline inside the published years is not provisional', () => {
    const c = built([receivedEv('2028-12-15T10:00:00Z')]);
    const [ack] = deadlines(c, wellington);
    expect(ack).toMatchObject({ kind: 'stage-1-acknowledgement', dueBy: '2028-12-22' });
    expect(ack?.provisional).toBeUndefined();
  });
  it('at the year boundary: received Friday 22 December 2028, acknowledgement due in 2029 is provisional (2029)', () => {
    // Day 1 Wed 27 Dec (25, 26 Dec bank holidays), 28, 29 Dec, Mon 1 Jan 2029 is New Year's Day, day 4 Tue 2 Jan, day 5 Wed 3 Jan.
    const c = built([receivedEv('2028-12-22T10:00:00Z')]);
    const [ack] = deadlines(c, wellington);
    expect(ack).toMatchObject({ dueBy: '2029-01-03', provisional: { year: 2029, publishedThrough } });
  });
  it('the last day of the published years: due 29 December 2028 is not provisional, the next working day is', () => {
    const c = built([receivedEv('2028-12-21T10:00:00Z')]); // Thursday: 22, 27, 28, 29 Dec, 2 Jan 2029
    expect(deadlines(c, wellington)[0]).toMatchObject({ dueBy: '2029-01-02', provisional: { year: 2029 } });
    const d = built([receivedEv('2028-12-20T10:00:00Z')]); // Wednesday: 21, 22, 27, 28, 29 Dec
    expect(deadlines(d, wellington)[0]?.dueBy).toBe('2028-12-29');
    expect(deadlines(d, wellington)[0]?.provisional).toBeUndefined();
  });
  it('a count that starts after the published years names its own first year', () => {
    const c = built([receivedEv('2031-03-03T10:00:00Z')]);
    expect(deadlines(c, wellington)[0]?.provisional).toEqual({ year: 2031, publishedThrough });
  });
  it('a loaded feed that publishes 2029 makes the same deadline firm', () => {
    const feed = Object.fromEntries(
      (['england-and-wales', 'scotland', 'northern-ireland'] as const).map((division) => [
        division,
        { division, events: [{ title: 'New Year’s Day', date: '2029-01-01', notes: '', bunting: true }] },
      ]),
    );
    const context = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales', bankHolidays: feed }) };
    const c = built([receivedEv('2028-12-22T10:00:00Z')], context);
    expect(context.calendar.publishedThrough).toBe(2029);
    expect(deadlines(c, context)[0]).toMatchObject({ dueBy: '2029-01-03' });
    expect(deadlines(c, context)[0]?.provisional).toBeUndefined();
  });
  it('deadlines set by hand (remedies) are never provisional', () => {
    const c = built([receivedEv('2030-01-07T10:00:00Z'), ackEv('2030-01-08'), respondEv('2030-01-10', 1)]);
    const all = deadlines(c, wellington);
    expect(all.find((d) => d.kind === 'remedy')).toMatchObject({ dueBy: '2030-01-10' });
    expect(all.find((d) => d.kind === 'remedy')?.provisional).toBeUndefined();
    expect(all.filter((d) => d.kind !== 'remedy').map((d) => [d.kind, d.provisional?.year])).toEqual([
      ['stage-1-acknowledgement', 2030],
      ['stage-1-response', 2030],
      ['escalation-window', 2030],
    ]);
  });
});

describe('calendar-region-mismatch: a calendar that is not the policy\'s region', () => {
  const scottish = { policy: policies.wellington, calendar: createCalendar({ region: 'scotland' }) };
  const events = [receivedEv('2026-06-12T10:00:00Z')];
  it('startComplaint, applyEvent and replay return the typed error', () => {
    for (const r of [startComplaint(events[0], scottish), replay(events, scottish), applyEvent(built(events), ackEv('2026-06-15'), scottish)]) {
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.error).toMatchObject({ code: 'calendar-region-mismatch', path: 'context.calendar.region' });
      expect(r.error.message).toMatch(/calendar is for scotland but policy 'wellington-2024-11' counts working days in england-and-wales/);
    }
  });
  it('deadlines and allowedEvents throw it', () => {
    const c = built(events);
    for (const fn of [() => deadlines(c, scottish), () => allowedEvents(c, scottish)]) {
      expect(fn).toThrow(HousingComplaintsError);
      expect(fn).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch', path: 'context.calendar.region' }));
    }
  });
  it('performanceReport and renderLetter throw it', () => {
    expect(() => performanceReport([], scottish, { from: '2026-04-01', to: '2027-03-31' })).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch', path: 'context.calendar.region' }));
    expect(() => renderLetter('stage-1-response', {} as never, scottish)).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch' }));
    expect(() => tryRenderLetter('stage-1-response', {} as never, scottish)).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch' }));
    expect(performanceReport([], wellington, { from: '2026-04-01', to: '2027-03-31' }).period).toBeDefined();
  });
  it('the policy\'s own region is fine', () => {
    expect(replay(events, wellington).ok).toBe(true);
  });
});

describe('movedDeadlines: what a bank holiday list update moves', () => {
  // SPSO model CHP: "We will give you our decision at stage 1 in five working days or less". GOV.UK's
  // Scotland list: "World Cup bank holiday", Monday 15 June 2026, announced in February 2026.
  const policy = policies.spsoModelScotland;
  const before = { policy, calendar: createCalendar({ region: 'scotland', cancelledBankHolidays: ['2026-06-15'] }) }; // the list before the announcement
  const after = { policy, calendar: createCalendar({ region: 'scotland' }) };
  it('a Scottish stage 1 response counted across 15 June 2026 moves from Thursday 18 to Friday 19 June', () => {
    const c = built([receivedEv('2026-06-11T09:30:00+01:00')], after);
    const moved = movedDeadlines(c, before, after);
    expect(moved.map(({ kind, from, to }) => ({ kind, from, to }))).toEqual([{ kind: 'stage-1-response', from: '2026-06-18', to: '2026-06-19' }]);
    expect(moved[0]?.deadline).toEqual(deadlines(c, after).find((d) => d.kind === 'stage-1-response'));
    // And back: the update undone moves it the other way.
    expect(movedDeadlines(c, after, before).map(({ from, to }) => [from, to])).toEqual([['2026-06-19', '2026-06-18']]);
  });
  it('nothing moves for a deadline that does not count across the day, or when the calendars agree', () => {
    const c = built([receivedEv('2026-06-22T09:30:00+01:00')], after);
    expect(movedDeadlines(c, before, after)).toEqual([]);
    expect(movedDeadlines(built([receivedEv('2026-06-11T09:30:00+01:00')], after), after, after)).toEqual([]);
  });
  it('with asOf, as the complaint stood then', () => {
    const c = built([receivedEv('2026-06-11T09:30:00+01:00')], after);
    expect(movedDeadlines(c, before, after, '2026-06-12').map((m) => m.deadline.status)).toEqual(['pending']);
  });
  it('a calendar of the wrong region on either side is a calendar-region-mismatch', () => {
    const c = built([receivedEv('2026-06-11T09:30:00+01:00')], after);
    const english = { policy, calendar: createCalendar({ region: 'england-and-wales' }) };
    expect(() => movedDeadlines(c, english, after)).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch' }));
  });
});

describe('reports show when their deadlines are provisional', () => {
  it('a period running into a year after the published list is marked, with that year, in the report and its renderers', () => {
    const r = performanceReport([], wellington, { from: '2028-04-01', to: '2029-03-31' });
    expect(r.provisional).toEqual({ year: 2029, publishedThrough: 2028 });
    const sentence = 'Provisional: the bank holiday list is published to 2028; deadlines counted into 2029 or later';
    expect(renderReportMarkdown(r)).toContain(sentence);
    expect(renderReportHtml(r)).toContain(sentence);
    expect(JSON.parse(renderReportJson(r)).provisional).toEqual({ year: 2029, publishedThrough: 2028 });
    const csv = renderReportCsv(r).split('\r\n');
    expect(csv.filter((l) => l.startsWith('Provisional,'))).toHaveLength(2);
    expect(csv.find((l) => l.includes(',provisional.year,'))).toMatch(/,provisional\.year,2029,,$/);
    expect(csv.find((l) => l.includes(',provisional.publishedThrough,'))).toMatch(/,provisional\.publishedThrough,2028,,$/);
  });
  it('a period inside the published years is not', () => {
    const r = performanceReport([], wellington, { from: '2027-04-01', to: '2028-03-31' });
    expect(r.provisional).toBeUndefined();
    expect(renderReportMarkdown(r)).not.toContain('Provisional');
    expect(renderReportCsv(r)).not.toContain('Provisional');
  });
});
