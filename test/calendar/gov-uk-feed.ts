// The repository's dated copy of GOV.UK's bank holiday feed (src/calendar/data/gov-uk-bank-holidays.json),
// read for the table generator and as the tests' oracle: expected values come from here, never from the
// code under test.
import { readFileSync } from 'node:fs';
import type { Region } from '../../src/calendar/regions.js';

interface FeedEvent {
  readonly title: string;
  readonly date: string;
  readonly notes: string;
  readonly bunting: boolean;
}
interface FeedCopy {
  readonly about: { readonly source: string; readonly transcribed: string; readonly years: readonly [number, number] };
  readonly feed: Record<Region, { readonly division: Region; readonly events: readonly FeedEvent[] }>;
}

export const FEED_COPY = JSON.parse(readFileSync(new URL('../../src/calendar/data/gov-uk-bank-holidays.json', import.meta.url), 'utf8')) as FeedCopy;
/** The feed as GOV.UK publishes it (the `feed` member of the copy). */
export const GOV_UK_FEED = FEED_COPY.feed;
export const FIRST_PUBLISHED_YEAR = FEED_COPY.about.years[0];
export const LAST_PUBLISHED_YEAR = FEED_COPY.about.years[1];

/** `[date, title]` pairs as GOV.UK lists them, per division. */
export const GOV_UK_BANK_HOLIDAYS: Record<Region, readonly (readonly [string, string])[]> = {
  'england-and-wales': GOV_UK_FEED['england-and-wales'].events.map((e) => [e.date, e.title] as const),
  scotland: GOV_UK_FEED.scotland.events.map((e) => [e.date, e.title] as const),
  'northern-ireland': GOV_UK_FEED['northern-ireland'].events.map((e) => [e.date, e.title] as const),
};
