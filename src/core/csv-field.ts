/**
 * The one CSV field writer and formula-cell rule shared by every CSV the library writes or reads
 * (self-assessment forms and the performance report), so spreadsheet formula injection is
 * neutralised the same way everywhere.
 */
import { argumentError } from './guard.js';

/** A cell that a spreadsheet would run as a formula, possibly behind apostrophes already added. */
const FORMULA_START = /^'*[=+\-@\t\r\0]/;
/** A cell written by {@link csvField} with one apostrophe added before a formula character. */
const NEUTRALISED = /^''*[=+\-@\t\r\0]/;

/**
 * Writes one field: quoted when it contains a comma, a quote, a line break or leading/trailing
 * space, with quotes doubled. A field that starts with `=`, `+`, `-`, `@`, a tab, a carriage
 * return or NUL (which a spreadsheet would run as a formula) gets a leading apostrophe, which
 * `parseCsv` removes again.
 *
 * @example
 * ```ts
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField('6.3'); // '6.3'
 * csvField('=HYPERLINK("x")'); // '"\'=HYPERLINK(""x"")"'
 * ```
 */
export function csvField(value: string): string {
  const text = typeof value === 'string' ? value : fieldText(value);
  // A cell a spreadsheet would read as a formula (=, +, -, @, tab, carriage return or NUL first;
  // OWASP's CSV injection guidance and ASVS 1.2.10) is written with a leading apostrophe, which spreadsheets show as text.
  // Cells that already start with apostrophes before such a character get one more, so that
  // parseCsv can remove exactly one and every cell comes back as it was.
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Removes the apostrophe {@link csvField} put before a formula character. */
export function restoreFormulaCell(field: string): string {
  return NEUTRALISED.test(field) ? field.slice(1) : field;
}

/** A cell that is not a string: a number or boolean as written; anything else is a typed error. */
function fieldText(value: unknown): string {
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  throw argumentError({ fn: 'csvField', path: 'value' }, 'type', 'a string (or a number)', value);
}
