/**
 * Comma-separated values as RFC 4180 defines them: fields separated by commas, records by CRLF
 * (LF alone and CR alone are accepted on reading), fields that contain a comma, a quote or a line
 * break enclosed in double quotes, and a quote inside such a field doubled.
 */
import { expectArray, expectObject, expectString } from '../core/guard.js';
import { type Result, ok, err } from '../core/result.js';
import { HousingComplaintsError } from '../core/errors.js';
import { csvField, restoreFormulaCell } from '../core/csv-field.js';

export { csvField };

/**
 * One record read from CSV text: its fields and the line of the text on which it starts (1-based;
 * a quoted field may span several lines, so records and lines can differ).
 *
 * @example
 * ```ts
 * const r: CsvRecord = { fields: ['6.3', 'Yes'], line: 2 };
 * ```
 */
export interface CsvRecord {
  readonly fields: string[];
  readonly line: number;
}

/**
 * Why CSV text could not be read: a quote left open at the end of the text, or a character after
 * a closing quote other than a comma or line break. `line` and `column` (1-based) say where.
 *
 * @example
 * ```ts
 * const e: CsvSyntaxError = { code: 'unclosed-quote', message: '...', line: 3, column: 12 };
 * ```
 */
export interface CsvSyntaxError {
  readonly code: 'unclosed-quote' | 'text-after-quote';
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/**
 * Options of {@link parseCsv}.
 *
 * @example
 * ```ts
 * const options: ParseCsvOptions = { separator: ';' };
 * ```
 */
export interface ParseCsvOptions {
  /**
   * The field separator: `','` (the default, RFC 4180) or `';'`, which Excel writes where the
   * decimal separator is a comma (much of Europe).
   */
  readonly separator?: ',' | ';';
}

/**
 * Reads CSV text (RFC 4180) into records. A byte-order mark at the start is ignored, as is a final
 * line break; blank lines between records are kept as records with one empty field, so that line
 * numbers stay honest (callers skip them). The apostrophe {@link csvField} writes before a cell
 * that starts with a formula character is removed, so `parseCsv(formatCsv(rows))` gives `rows`.
 *
 * @example
 * ```ts
 * const r = parseCsv('a,"b, c","say ""hi"""\r\n1,2,3');
 * // r.ok && r.value.map((x) => x.fields) -> [['a', 'b, c', 'say "hi"'], ['1', '2', '3']]
 * parseCsv('a;b', { separator: ';' }); // one record, fields ['a', 'b']
 * ```
 */
export function parseCsv(text: string, options: ParseCsvOptions = {}): Result<CsvRecord[], CsvSyntaxError> {
  expectString({ fn: 'parseCsv', path: 'text' }, text);
  expectObject({ fn: 'parseCsv', path: 'options' }, options);
  const sep = options.separator ?? ',';
  if (sep !== ',' && sep !== ';') {
    throw new HousingComplaintsError('invalid-argument', `parseCsv: options.separator must be ',' or ';', not ${JSON.stringify(sep)}`, {
      path: 'options.separator',
    });
  }
  const sepCode = sep.charCodeAt(0);
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const n = input.length;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let line = 1;
  let lineStart = 0; // index of the first character of the current line, for column numbers
  let recordLine = 1;
  let i = 0;
  const delimiter = sep === ',' ? /[,\r\n]/g : /[;\r\n]/g;
  for (;;) {
    // One field, starting at i.
    let field: string;
    if (input.charCodeAt(i) === 34 /* " */) {
      const openLine = line;
      const openColumn = i - lineStart + 1;
      let j = i + 1;
      let value = '';
      for (;;) {
        const q = input.indexOf('"', j);
        if (q === -1) {
          return err({
            code: 'unclosed-quote',
            message: `a quoted field opened at line ${openLine}, column ${openColumn} is never closed`,
            line: openLine,
            column: openColumn,
          });
        }
        const chunk = input.slice(j, q);
        // Count the line breaks inside the field (CRLF, LF or CR) so later records know their line.
        for (let k = 0; k < chunk.length; k++) {
          const c = chunk.charCodeAt(k);
          if (c === 10 || (c === 13 && chunk.charCodeAt(k + 1) !== 10)) {
            line++;
            lineStart = j + k + 1;
          }
        }
        value += chunk;
        if (input.charCodeAt(q + 1) === 34) {
          value += '"';
          j = q + 2;
          continue;
        }
        i = q + 1;
        break;
      }
      const next = input.charCodeAt(i);
      if (i < n && next !== sepCode && next !== 13 && next !== 10) {
        const column = i - lineStart + 1;
        return err({
          code: 'text-after-quote',
          message: `line ${line}, column ${column}: unexpected ${JSON.stringify(input[i])} after a closing quote (a quote inside a quoted field is written twice: "")`,
          line,
          column,
        });
      }
      field = value;
    } else {
      delimiter.lastIndex = i;
      const m = delimiter.exec(input);
      const stop = m === null ? n : m.index;
      field = input.slice(i, stop);
      i = stop;
    }
    fields.push(restoreFormulaCell(field));
    // What ends the field: a separator, a line break, or the end of the text.
    if (i >= n) {
      // A final line break does not start another record; the end of text after a field does end one.
      if (!(fields.length === 1 && field === '' && input.charCodeAt(i - 1) !== 34 && (n === 0 || /[\r\n]$/.test(input)))) {
        records.push({ fields, line: recordLine });
      }
      break;
    }
    const c = input.charCodeAt(i);
    if (c === sepCode) {
      i++;
      continue;
    }
    records.push({ fields, line: recordLine });
    fields = [];
    i += c === 13 && input.charCodeAt(i + 1) === 10 ? 2 : 1;
    line++;
    lineStart = i;
    recordLine = line;
    if (i >= n) break;
  }
  return ok(records);
}

/**
 * Writes records as CSV text (RFC 4180): fields joined by commas, records ended by CRLF.
 *
 * @example
 * ```ts
 * formatCsv([['Code provision', 'Comply'], ['6.3', 'Yes']]); // 'Code provision,Comply\r\n6.3,Yes\r\n'
 * ```
 */
export function formatCsv(rows: readonly (readonly string[])[]): string {
  const list = expectArray({ fn: 'formatCsv', path: 'rows' }, rows);
  for (let i = 0; i < list.length; i++) expectArray({ fn: 'formatCsv', path: `rows.${i}` }, list[i]);
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
