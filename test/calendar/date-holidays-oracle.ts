// date-holidays' answer for a region and year, used to generate and to check the holiday table.
import Holidays from 'date-holidays';
import type { Region } from '../../src/calendar/regions.js';

const STATE: Record<Region, string> = { 'england-and-wales': 'ENG', scotland: 'SCT', 'northern-ireland': 'NIR' };
const cache = new Map<Region, Holidays>();

/** date-holidays' bank and public holidays (substitute days included, observances not) that fall Monday to Friday, sorted. */
export function dateHolidaysWeekdays(region: Region, year: number): string[] {
  let hd = cache.get(region);
  if (!hd) {
    hd = new Holidays('GB', STATE[region]);
    cache.set(region, hd);
  }
  const days = new Set<string>();
  for (const h of hd.getHolidays(year)) {
    if (h.type !== 'public' && h.type !== 'bank') continue;
    const date = h.date.slice(0, 10);
    const weekday = new Date(`${date}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) days.add(date);
  }
  return [...days].sort();
}
