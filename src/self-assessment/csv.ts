/**
 * Comma-separated values as RFC 4180 defines them: fields separated by commas, records by CRLF
 * (LF alone and CR alone are accepted on reading), fields that contain a comma, a quote or a line
 * break enclosed in double quotes, and a quote inside such a field doubled.
 */
import { type Result, ok, err } from '../core/result.js';

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
 * Reads CSV text (RFC 4180) into records. A byte-order mark at the start is ignored, as is a final
 * line break; blank lines between records are kept as records with one empty field, so that line
 * numbers stay honest (callers skip them).
 *
 * @example
 * ```ts
 * const r = parseCsv('a,"b, c","say ""hi"""\r\n1,2,3');
 * // r.ok && r.value.map((x) => x.fields) -> [['a', 'b, c', 'say "hi"'], ['1', '2', '3']]
 * ```
 */
export function parseCsv(text: string): Result<CsvRecord[], CsvSyntaxError> {
  const input = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let column = 1;
  let recordLine = 1;
  let i = 0;
  const n = input.length;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
  };
  while (i < n) {
    const c = input[i] as string;
    if (c === '"' && field === '') {
      // Quoted field: runs to the next quote that is not doubled.
      const openLine = line;
      const openColumn = column;
      i++;
      column++;
      let closed = false;
      while (i < n) {
        const d = input[i] as string;
        if (d === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            column += 2;
            continue;
          }
          i++;
          column++;
          closed = true;
          break;
        }
        if (d === '\r' || d === '\n') {
          // Keep the line break as written inside the field, count the line.
          if (d === '\r' && input[i + 1] === '\n') {
            field += '\r\n';
            i += 2;
          } else {
            field += d;
            i++;
          }
          line++;
          column = 1;
          continue;
        }
        field += d;
        i++;
        column++;
      }
      if (!closed) {
        return err({
          code: 'unclosed-quote',
          message: `a quoted field opened at line ${openLine}, column ${openColumn} is never closed`,
          line: openLine,
          column: openColumn,
        });
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
        return err({
          code: 'text-after-quote',
          message: `line ${line}, column ${column}: unexpected ${JSON.stringify(next)} after a closing quote (a quote inside a quoted field is written twice: "")`,
          line,
          column,
        });
      }
      // A quoted empty field must still count as a field: mark it by leaving `field` as is.
      // The following separator is handled below.
      if (next === undefined) break;
      continue;
    }
    if (c === ',') {
      fields.push(field);
      field = '';
      i++;
      column++;
      continue;
    }
    if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && input[i + 1] === '\n' ? 2 : 1;
      line++;
      column = 1;
      recordLine = line;
      continue;
    }
    field += c;
    i++;
    column++;
  }
  // The last record, unless the text ended with a line break (or was empty).
  if (field !== '' || fields.length > 0 || (n > 0 && !/[\r\n]$/.test(input))) endRecord();
  return ok(records);
}

/**
 * Writes one field: quoted when it contains a comma, a quote, a line break or leading/trailing
 * space, with quotes doubled.
 *
 * @example
 * ```ts
 * csvField('say "hi"'); // '"say ""hi"""'
 * csvField('6.3'); // '6.3'
 * ```
 */
export function csvField(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
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
  return rows.map((row) => row.map(csvField).join(',') + '\r\n').join('');
}
