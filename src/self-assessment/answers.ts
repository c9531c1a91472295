/**
 * Reading the cells of the form people fill in by hand: the answer and the target date.
 */
import { isIsoDate } from '../calendar/dates.js';
import type { Answer } from './schema.js';
import { expectString } from '../core/guard.js';

/**
 * Reads an answer cell: Yes, No or N/a in any case, with or without a final full stop ("Y", "N",
 * "NA" and "Not applicable" too). Anything else is unreadable and gives `undefined`.
 *
 * @example
 * ```ts
 * readAnswer(' Yes '); // 'yes'
 * readAnswer('N/A'); // 'n/a'
 * readAnswer('Voc'); // undefined
 * ```
 */
export function readAnswer(cell: string): Answer | undefined {
  expectString({ fn: 'readAnswer', path: 'cell' }, cell);
  const s = cell.trim().replace(/\.$/, '').trim().toLowerCase();
  if (s === 'yes' || s === 'y') return 'yes';
  if (s === 'no' || s === 'n') return 'no';
  if (s === 'n/a' || s === 'na' || s === 'n.a' || s === 'not applicable') return 'n/a';
  return undefined;
}

/**
 * Reads a target date: `YYYY-MM-DD`, or the UK's `DD/MM/YYYY`, which is turned into `YYYY-MM-DD`.
 * Gives `undefined` for anything else or a date that does not exist.
 *
 * @example
 * ```ts
 * readTargetDate('31/03/2025'); // '2025-03-31'
 * readTargetDate('2025-02-30'); // undefined
 * ```
 */
export function readTargetDate(cell: string): string | undefined {
  expectString({ fn: 'readTargetDate', path: 'cell' }, cell);
  const s = cell.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = uk ? `${uk[3]}-${(uk[2] as string).padStart(2, '0')}-${(uk[1] as string).padStart(2, '0')}` : s;
  return isIsoDate(iso) ? iso : undefined;
}
