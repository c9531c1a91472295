import { HousingComplaintsError } from '../core/errors.js';

/** A calendar date written `YYYY-MM-DD`, in Europe/London. */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/**
 * Parses a `YYYY-MM-DD` date into a day number (days since 1970-01-01), throwing a
 * {@link HousingComplaintsError} naming `path` when it is not a real calendar date.
 * Uses UTC arithmetic only, so the host's time zone never matters.
 */
export function toDayNumber(date: unknown, path: string): number {
  if (typeof date !== 'string') {
    throw new HousingComplaintsError('invalid-date', `${path} must be a date string YYYY-MM-DD, got ${describe(date)}`, { path });
  }
  const m = ISO_DATE.exec(date);
  if (!m) {
    throw new HousingComplaintsError('invalid-date', `${path} must be a date written YYYY-MM-DD, got '${date}'`, { path });
  }
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    throw new HousingComplaintsError('invalid-date', `${path} is not a calendar date: '${date}'`, { path });
  }
  return ms / MS_PER_DAY;
}

/** Formats a day number (days since 1970-01-01) as `YYYY-MM-DD`. */
export function fromDayNumber(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Day of the week of a day number: 0 is Sunday, 6 is Saturday. */
export function weekday(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return (((day + 4) % 7) + 7) % 7;
}

/** True when `date` is a valid `YYYY-MM-DD` calendar date. Never throws. */
export function isIsoDate(date: unknown): date is IsoDate {
  try {
    toDayNumber(date, 'date');
    return true;
  } catch {
    return false;
  }
}

export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return 'a Date';
  return typeof value;
}
