import { err, ok, type Result } from '../core/result.js';
import { describe, type IsoDate, packedDateAt } from './dates.js';
import { REGIONS, type Region } from './regions.js';

/**
 * One bank holiday as GOV.UK's feed (<https://www.gov.uk/bank-holidays.json>) lists it.
 *
 * @example
 * ```ts
 * const day: BankHolidayEvent = { title: 'World Cup bank holiday', date: '2026-06-15', notes: '', bunting: true };
 * ```
 */
export interface BankHolidayEvent {
  /** The holiday's name, e.g. `Boxing Day`. */
  readonly title: string;
  /** The day it is observed (`YYYY-MM-DD`): for a holiday at a weekend, the substitute day. */
  readonly date: IsoDate;
  /** `""`, `"Substitute day"`, `"Extra bank holiday"` or another note GOV.UK gives. */
  readonly notes: string;
  /** Whether GOV.UK shows bunting for the day. */
  readonly bunting: boolean;
}

/**
 * One division of GOV.UK's feed.
 *
 * @example
 * ```ts
 * const scotland: BankHolidayDivision = { division: 'scotland', events: [] };
 * ```
 */
export interface BankHolidayDivision {
  /** The division's key, the same as its key in the feed. */
  readonly division: Region;
  /** Its bank holidays, as listed. */
  readonly events: readonly BankHolidayEvent[];
}

/**
 * GOV.UK's bank holiday feed, validated by {@link parseBankHolidayFeed}: one entry per division.
 *
 * @example
 * ```ts
 * const r = parseBankHolidayFeed(await (await fetch('https://www.gov.uk/bank-holidays.json')).text());
 * if (r.ok) r.value.scotland.events.length; // the Scottish list
 * ```
 */
export type BankHolidayFeed = { readonly [R in Region]: BankHolidayDivision };

/**
 * What is wrong with a bank holiday feed. `path` names the place (`scotland.events[3].date`), and
 * `division`, `index` and `field` name it piece by piece; `limit` is the bound a `too-large` feed passed.
 *
 * @example
 * ```ts
 * const e: BankHolidayFeedError = { code: 'invalid-field', path: 'scotland.events[3].date', division: 'scotland', index: 3, field: 'date', message: '...' };
 * ```
 */
export interface BankHolidayFeedError {
  /**
   * `invalid-json` (text that is not JSON), `invalid-feed` (not an object), `missing-division`,
   * `invalid-field` (a division, events list or event field of the wrong type or value),
   * `duplicate-date` (a date listed twice in one division), `too-large` (text or list over its limit).
   */
  readonly code: 'invalid-json' | 'invalid-feed' | 'missing-division' | 'invalid-field' | 'duplicate-date' | 'too-large';
  /** A plain-English message naming the place, what was expected and what was found. */
  readonly message: string;
  /** Dot path of the place at fault (`''` for the whole feed). */
  readonly path: string;
  /** The division at fault. */
  readonly division?: Region;
  /** The index of the event at fault in its division's `events`. */
  readonly index?: number;
  /** The field at fault: `division`, `events`, or an event's `title`, `date`, `notes` or `bunting`. */
  readonly field?: 'division' | 'events' | 'title' | 'date' | 'notes' | 'bunting';
  /** The limit passed, for `too-large`. */
  readonly limit?: number;
}

/**
 * The most events {@link parseBankHolidayFeed} accepts in one division. GOV.UK's feed lists about ten a
 * year per division; this is room for two centuries.
 *
 * @example
 * ```ts
 * MAX_FEED_EVENTS; // 2000
 * ```
 */
export const MAX_FEED_EVENTS = 2000;
/**
 * The longest feed text (in characters) {@link parseBankHolidayFeed} parses. GOV.UK's feed is about 20 kB.
 *
 * @example
 * ```ts
 * MAX_FEED_TEXT; // 2000000
 * ```
 */
export const MAX_FEED_TEXT = 2_000_000;
const MAX_TITLE = 200;

/** Feeds that {@link parseBankHolidayFeed} produced: the calendar takes them without validating again. */
const parsed = new WeakSet<object>();

/** @internal True when `feed` came from {@link parseBankHolidayFeed}. */
export function isParsedFeed(feed: unknown): feed is BankHolidayFeed {
  return typeof feed === 'object' && feed !== null && parsed.has(feed);
}

const hasOwn = (o: object, k: string): boolean => Object.prototype.hasOwnProperty.call(o, k);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates GOV.UK's bank holiday feed (<https://www.gov.uk/bank-holidays.json>), as text or as parsed
 * JSON, into a {@link BankHolidayFeed} for `createCalendar({ region, bankHolidays })`. The library does no
 * I/O: the host fetches the feed (and caches it as it likes) and passes it here.
 *
 * The feed must have the three divisions `england-and-wales`, `scotland` and `northern-ireland`, each
 * `{ division, events }` with `division` equal to its key and at least one event; each event needs a
 * non-empty `title` (at most 200 characters), a real `YYYY-MM-DD` `date`, a string `notes` and a
 * boolean `bunting`, and no date may be listed twice in a division. Other keys are ignored, so that a
 * field GOV.UK adds later does not break a host. Every problem found is reported, not only the first.
 * The result is a fresh frozen copy: later changes to `json` do not reach it.
 *
 * @example
 * ```ts
 * declare const feedText: string; // the body of https://www.gov.uk/bank-holidays.json
 * const r = parseBankHolidayFeed(feedText);
 * if (!r.ok) console.error(r.error.map((e) => `${e.path}: ${e.message}`));
 * else createCalendar({ region: 'scotland', bankHolidays: r.value });
 * ```
 */
export function parseBankHolidayFeed(json: unknown): Result<BankHolidayFeed, BankHolidayFeedError[]> {
  let value = json;
  if (typeof json === 'string') {
    if (json.length > MAX_FEED_TEXT) {
      return err([{ code: 'too-large', path: '', limit: MAX_FEED_TEXT, message: `the bank holiday feed text is ${json.length} characters, more than the ${MAX_FEED_TEXT} accepted` }]);
    }
    try {
      value = JSON.parse(json) as unknown;
    } catch {
      return err([{ code: 'invalid-json', path: '', message: 'the bank holiday feed text is not JSON' }]);
    }
  }
  if (!isRecord(value)) {
    return err([{ code: 'invalid-feed', path: '', message: `the bank holiday feed must be an object with the divisions ${REGIONS.join(', ')}, got ${describe(value)}` }]);
  }
  const errors: BankHolidayFeedError[] = [];
  const out: Partial<Record<Region, BankHolidayDivision>> = {};
  for (const division of REGIONS) {
    if (!hasOwn(value, division)) {
      errors.push({ code: 'missing-division', path: division, division, message: `the bank holiday feed has no '${division}' division` });
      continue;
    }
    const d = value[division];
    if (!isRecord(d)) {
      errors.push({ code: 'invalid-field', path: division, division, message: `${division} must be an object { division, events }, got ${describe(d)}` });
      continue;
    }
    if (d.division !== division) {
      errors.push({ code: 'invalid-field', path: `${division}.division`, division, field: 'division', message: `${division}.division must be '${division}', got ${describe(d.division)}` });
    }
    const events = d.events;
    if (!Array.isArray(events) || events.length === 0) {
      errors.push({ code: 'invalid-field', path: `${division}.events`, division, field: 'events', message: `${division}.events must be a non-empty array of events, got ${Array.isArray(events) ? 'an empty array' : describe(events)}` });
      continue;
    }
    if (events.length > MAX_FEED_EVENTS) {
      errors.push({ code: 'too-large', path: `${division}.events`, division, field: 'events', limit: MAX_FEED_EVENTS, message: `${division}.events lists ${events.length} events, more than the ${MAX_FEED_EVENTS} accepted` });
      continue;
    }
    const list: BankHolidayEvent[] = [];
    const seen = new Map<string, number>();
    for (let index = 0; index < events.length; index++) {
      const e: unknown = events[index];
      const at = `${division}.events[${index}]`;
      if (!isRecord(e)) {
        errors.push({ code: 'invalid-field', path: at, division, index, message: `${at} must be an event { title, date, notes, bunting }, got ${describe(e)}` });
        continue;
      }
      const bad = (field: 'title' | 'date' | 'notes' | 'bunting', expected: string): void => {
        errors.push({ code: 'invalid-field', path: `${at}.${field}`, division, index, field, message: `${at}.${field} must be ${expected}, got ${describe(e[field])}` });
      };
      const { title, date, notes, bunting } = e;
      const before = errors.length;
      if (typeof title !== 'string' || title.trim() === '' || title.length > MAX_TITLE) bad('title', `a non-empty string of at most ${MAX_TITLE} characters`);
      if (typeof date !== 'string' || date.length !== 10 || packedDateAt(date) < 0) bad('date', 'a calendar date written YYYY-MM-DD');
      if (typeof notes !== 'string' || notes.length > MAX_TITLE) bad('notes', `a string of at most ${MAX_TITLE} characters ('' or e.g. 'Substitute day')`);
      if (typeof bunting !== 'boolean') bad('bunting', 'true or false');
      if (errors.length > before) continue;
      const first = seen.get(date as string);
      if (first !== undefined) {
        errors.push({ code: 'duplicate-date', path: `${at}.date`, division, index, field: 'date', message: `${at}.date '${date as string}' is already listed at ${division}.events[${first}]` });
        continue;
      }
      seen.set(date as string, index);
      list.push(Object.freeze({ title: title as string, date: date as string, notes: notes as string, bunting: bunting as boolean }));
    }
    out[division] = Object.freeze({ division, events: Object.freeze(list) });
  }
  if (errors.length > 0) return err(errors);
  const feed = Object.freeze(out as BankHolidayFeed);
  parsed.add(feed);
  return ok(feed);
}
