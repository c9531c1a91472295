import { HousingComplaintsError } from '../core/errors.js';
import { markdownInline } from '../core/markdown.js';
import { toDayNumber, weekday, type IsoDate } from '../calendar/dates.js';
import { expectString } from '../core/guard.js';

/**
 * Escapes host text for one line of Markdown: whitespace (newlines and carriage returns included)
 * collapses to single spaces, every character with an inline meaning is backslash-escaped, and a
 * leading list, heading or rule marker is escaped so the text cannot start a new block.
 *
 * @example
 * ```ts
 * escapeInline('# 1. *not* a heading'); // '\\# 1. \\*not\\* a heading'
 * ```
 */
export function escapeInline(text: string): string {
  return markdownInline(text);
}

/**
 * Escapes host text as one or more Markdown paragraphs: blank lines separate paragraphs, each
 * paragraph is escaped with {@link escapeInline}. Empty text gives an empty string.
 *
 * @example
 * ```ts
 * escapeParagraphs('First.\n\n- second'); // 'First.\n\n\\- second'
 * ```
 */
export function escapeParagraphs(text: string): string {
  return (typeof text === 'string' ? text : '')
    .split(/(?:\r\n|\r|\n)[^\S\r\n]*(?:\r\n|\r|\n)\s*/)
    .map(escapeInline)
    .filter((p) => p !== '')
    .join('\n\n');
}

/**
 * Reverses {@link escapeInline} on a line: removes the backslash before every escaped character.
 * `unescape(escapeInline(t))` is `t` with its whitespace collapsed.
 *
 * @example
 * ```ts
 * unescapeMarkdown('\\*really\\*'); // '*really*'
 * ```
 */
export function unescapeMarkdown(text: string): string {
  expectString({ fn: 'unescapeMarkdown', path: 'text' }, text);
  return text.replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * A date as British English words: `'2025-03-14'` → `'Friday 14 March 2025'`. Independent of the
 * host's locale and time zone. Throws {@link HousingComplaintsError} `'invalid-date'` naming `path`.
 *
 * @example
 * ```ts
 * longDate('2025-12-25'); // 'Thursday 25 December 2025'
 * ```
 */
export function longDate(date: IsoDate, path = 'date'): string {
  const day = toDayNumber(date, path);
  const month = MONTHS[Number(date.slice(5, 7)) - 1];
  const dow = DAYS[weekday(day)];
  if (month === undefined || dow === undefined) throw new HousingComplaintsError('invalid-date', `${path} is not a calendar date`, { path });
  return `${dow} ${Number(date.slice(8, 10))} ${month} ${date.slice(0, 4)}`;
}
