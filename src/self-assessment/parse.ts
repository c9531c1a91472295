/**
 * Reading a completed self-assessment from JSON or CSV, and writing it back as CSV in the form's
 * columns. Every problem found is reported, each naming the row (and line) or JSON path at fault.
 */
import * as z from 'zod/mini';
import { type Result, ok, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { HousingComplaintsError } from '../core/errors.js';
import { argumentError, describeValue, expectOneOf } from '../core/guard.js';
import { MAX_ASSESSMENT_ENTRIES, MAX_ASSESSMENT_FILE_BYTES } from './limits.js';
import { isProvisionNumber, provision as provisionOf } from './provisions.js';
import { readAnswer } from './answers.js';
import { assessmentFromRows, missingAnswer, unknownProvision, unreadableAnswer, type TableRow } from './rows.js';
import { Assessment, AssessmentZod, AssessmentEntry, AssessmentEntryZod, type Answer, safeParseAssessment } from './schema.js';
import { citedSections } from './citations.js';
import { formatCsv, parseCsv } from './csv.js';
import { decodeText } from './decode.js';
import { readDocxTables, type DocumentTables } from './docx.js';
import { tablesOfHtml } from './html.js';
import { ZipError, type InflateRaw } from './zip.js';
import { guideUrl } from '../core/links.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * Stable codes of {@link AssessmentError}s.
 *
 * @example
 * ```ts
 * const c: AssessmentErrorCode = 'unreadable-answer';
 * ```
 */
export type AssessmentErrorCode =
  | 'invalid-json'
  | 'invalid-csv'
  | 'invalid-shape'
  | 'missing-column'
  | 'missing-provision'
  | 'invalid-provision'
  | 'unknown-provision'
  | 'duplicate-provision'
  | 'missing-answer'
  | 'unreadable-answer'
  | 'invalid-target-date'
  | 'invalid-field'
  | 'invalid-document'
  | 'too-large';

/**
 * Why an assessment could not be read. `row` is the data row of a CSV file (1 = the first row
 * after the header) and `line` the line of the file it starts on; `path` is the JSON path
 * (`entries.44.complies`); `provision` the provision concerned, when known.
 *
 * @example
 * ```ts
 * const e: AssessmentError = { code: 'unreadable-answer', row: 45, line: 47, provision: '6.10',
 *   message: 'row 45 (line 47), provision 6.10: the answer "Voc" is not Yes, No or N/a' };
 * ```
 */
export interface AssessmentError {
  readonly code: AssessmentErrorCode;
  readonly message: string;
  readonly path?: string;
  readonly row?: number;
  readonly line?: number;
  readonly provision?: string;
  /** The table of a Word document or HTML page (1 = the first), for a row of a document. */
  readonly table?: number;
  /** The rule the error enforces, when it enforces one. */
  readonly source?: Source;
  /** For `'too-large'`: the limit that was exceeded ({@link MAX_ASSESSMENT_ENTRIES} or {@link MAX_ASSESSMENT_FILE_BYTES}). */
  readonly limit?: number;
}

/**
 * The formats {@link parseAssessment} reads: JSON, CSV, a Word document (`docx`) and an HTML page
 * with the form's table (`html`).
 *
 * @example
 * ```ts
 * const format: AssessmentFormat = file.endsWith('.csv') ? 'csv' : 'json';
 * ```
 */
export type AssessmentFormat = 'json' | 'csv' | 'docx' | 'html';

/**
 * Options of {@link parseAssessment}.
 *
 * @example
 * ```ts
 * import { inflateRawSync } from 'node:zlib';
 * const options: ParseAssessmentOptions = { inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: max }) };
 * ```
 */
export interface ParseAssessmentOptions {
  /**
   * Inflates raw DEFLATE data, for reading a .docx (a ZIP of deflated XML). The library brings
   * none of its own so that browser bundles stay small: in Node pass
   * `(data, max) => zlib.inflateRawSync(data, { maxOutputLength: max })`; in a browser any
   * synchronous inflate (fflate's `inflateSync`, for one). Required for `'docx'` only.
   */
  readonly inflateRaw?: InflateRaw;
}

/** "November 2024" in a form's title gives the assessment's date, 2024-11. */
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
function dateInTitle(title: string | undefined): string | undefined {
  if (title === undefined) return undefined;
  const all = [...title.matchAll(/\b(January|February|March|April|May|June|July|August|September|October|November|December)\s+(\d{4})\b/gi)];
  const last = all[all.length - 1];
  if (last === undefined) return undefined;
  return `${last[2]}-${String(MONTHS.indexOf((last[1] as string).toLowerCase()) + 1).padStart(2, '0')}`;
}

function documentMeta(title: string | undefined): { title?: string; date?: string } {
  const t = title?.slice(0, 500);
  const date = dateInTitle(t);
  return { ...(t !== undefined ? { title: t } : {}), ...(date !== undefined ? { date } : {}) };
}

const ANSWER_RULE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.annualReport.provision, note: "the form's column 'Comply: Yes / No'" }))());

/**
 * Reads a completed self-assessment against the Code 2024 from JSON, CSV, a Word document or an
 * HTML page. Text formats may be given as a string or as the file's bytes (UTF-8, or Windows-1252
 * as Excel saves CSV: see {@link decodeText}); a .docx as its bytes, with `options.inflateRaw`.
 *
 * JSON: an object `{ organisation?, title?, date?, policy?, entries: [{ provision, complies,
 * evidence, commentary?, action?, targetDate?, citedSections? }], normalisations? }`, or just the
 * array of entries. Provision numbers are strings (`"6.10"`: a JSON number cannot tell 6.1 from 6.10).
 *
 * CSV (RFC 4180): a header row naming the form's columns — Code provision, Code requirement,
 * Comply, Evidence, Commentary — and optionally Action, Target date and Cited sections, in any
 * order; one row per provision. Blank rows are skipped. Fields may be separated by semicolons
 * (as Excel writes them where the decimal separator is a comma): the header row tells.
 *
 * Word (.docx) and HTML: the form's table or tables, as the Ombudsman's template lays them out
 * (Code provision, Code requirement, Comply: Yes / No, Evidence, Commentary / explanation). Header
 * rows are found by their text wherever they are, and may repeat (on each page, or a table per
 * Code section); a row with one text across it (a section heading) is skipped; a row with no
 * provision of its own (Word's row split over a page, a merged provision cell) adds its text to
 * the provision above; cells Word split or merged are read under the header cell above them. The
 * first paragraph outside a table (Word) or the first `h1` (HTML) is the title, and a month and
 * year in it ("November 2024") the date. Errors name the table and row (and line, for HTML).
 *
 * Every problem is reported, not just the first: an unknown provision, a provision answered twice,
 * a missing answer, an unreadable answer (such as "Voc"), a bad target date, each naming its row
 * and line (CSV) or path (JSON). A valid assessment may still leave provisions unanswered:
 * {@link assessSelfAssessment} reports those. A `text` that is not a string or an unknown `format`
 * is a programmer error: it throws a `HousingComplaintsError` (code `'invalid-argument'`).
 *
 * @example
 * ```ts
 * const r = parseAssessment('Code provision,Comply,Evidence\r\n6.3,Yes,Covered in Section 6\r\n', 'csv');
 * if (r.ok) r.value.entries[0]; // { provision: '6.3', complies: 'yes', evidence: 'Covered in Section 6', citedSections: ['s.6'] }
 * else for (const e of r.error) console.error(e.message);
 * ```
 */
export function parseAssessment(
  input: string | Uint8Array,
  format: AssessmentFormat,
  options: ParseAssessmentOptions = {},
): Result<Assessment, AssessmentError[]> {
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw argumentError({ fn: 'parseAssessment', path: 'input' }, 'type', 'a string or a Uint8Array', input);
  }
  expectOneOf({ fn: 'parseAssessment', path: 'format' }, format, ['json', 'csv', 'docx', 'html'] as const);
  if (input.length > MAX_ASSESSMENT_FILE_BYTES) return err([tooLarge('the input', typeof input === 'string' ? 'characters' : 'bytes', MAX_ASSESSMENT_FILE_BYTES, input.length)]);
  if (format === 'docx') {
    if (typeof input === 'string') {
      throw new HousingComplaintsError('invalid-argument', "parseAssessment: a 'docx' input must be the file's bytes (a Uint8Array), not a string", { path: 'input' });
    }
    if (typeof options.inflateRaw !== 'function') {
      throw new HousingComplaintsError(
        'invalid-argument',
        "parseAssessment: reading a 'docx' needs options.inflateRaw; in Node pass (data, max) => zlib.inflateRawSync(data, { maxOutputLength: max })",
        { path: 'options.inflateRaw' },
      );
    }
    let tables: DocumentTables;
    try {
      tables = readDocxTables(input, options.inflateRaw);
    } catch (e) {
      if (e instanceof ZipError) return err([{ code: 'invalid-document', message: `the file is not a Word document that can be read: ${e.message}` }]);
      throw e;
    }
    return assessmentFromRows(tables.rows, { mode: 'document', name: 'the Word document', meta: documentMeta(tables.title) });
  }
  const text = typeof input === 'string' ? input : decodeText(input).text;
  if (format === 'json') return parseJson(text);
  if (format === 'csv') return parseCsvAssessment(text);
  if (format === 'html') {
    const tables = tablesOfHtml(text);
    return assessmentFromRows(tables.rows, { mode: 'document', name: 'the HTML page', meta: documentMeta(tables.title) });
  }
  throw new HousingComplaintsError('invalid-argument', `parseAssessment: unknown format ${describeValue(format)}; use 'json', 'csv', 'docx' or 'html'`, {
    path: 'format',
  });
}

function tooLarge(where: string, what: string, limit: number, actual: number): AssessmentError {
  return { code: 'too-large', message: `${where} has ${actual} ${what}; the limit is ${limit} (see ${guideUrl('limits')})`, limit };
}

/** Whether `path` or one of its parents (`entries.3` of `entries.3.evidence`) was reported already: one look-up per level. */
function reportedAlready(reported: ReadonlySet<string>, path: string): boolean {
  for (let end = path.indexOf('.'); ; end = path.indexOf('.', end + 1)) {
    if (reported.has(end === -1 ? path : path.slice(0, end))) return true;
    if (end === -1) return false;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function parseJson(text: string): Result<Assessment, AssessmentError[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.startsWith('\uFEFF') ? text.slice(1) : text);
  } catch (e) {
    return err([{ code: 'invalid-json', message: `the file is not valid JSON: ${(e as Error).message}` }]);
  }
  const wrapped = Array.isArray(data);
  const top: unknown = wrapped ? { entries: data } : data;
  if (!isRecord(top) || !Array.isArray(top.entries)) {
    return err([
      {
        code: 'invalid-shape',
        message: 'the JSON must be an object with an "entries" array (one entry per provision), or that array itself',
        path: 'entries',
      },
    ]);
  }
  const prefix = wrapped ? '' : 'entries.';
  const errors: AssessmentError[] = [];
  const reported = new Set<string>();
  const seen = new Map<string, number>();
  if (top.entries.length > MAX_ASSESSMENT_ENTRIES) return err([tooLarge(wrapped ? 'the array' : 'entries', 'entries', MAX_ASSESSMENT_ENTRIES, top.entries.length)]);
  const given: readonly unknown[] = top.entries;
  // An index loop, so that a hole in a sparse array is read as undefined (and refused), like an explicit undefined.
  const entries = Array.from({ length: given.length }, (_, i) => given[i]).map((raw: unknown, i: number) => {
    const at = `${prefix}${i}`;
    if (!isRecord(raw)) {
      errors.push({ code: 'invalid-shape', message: `${at}: each entry must be an object`, path: at });
      reported.add(at);
      return raw;
    }
    const p = raw.provision;
    let label = `${at}`;
    if (p === undefined || p === '') {
      errors.push({ code: 'missing-provision', message: `${at}: the entry has no "provision"`, path: `${at}.provision` });
      reported.add(`${at}.provision`);
    } else if (typeof p !== 'string') {
      errors.push({
        code: 'invalid-provision',
        message: `${at}.provision: write the provision number as a string such as "6.10", not ${JSON.stringify(p)} (a number cannot tell 6.1 from 6.10)`,
        path: `${at}.provision`,
      });
      reported.add(`${at}.provision`);
    } else {
      const number = p.trim();
      label = `${at} (provision ${number})`;
      if (!isProvisionNumber(number)) {
        errors.push(unknownProvision(number, `${at}.provision`, {}));
      } else if (seen.has(number)) {
        errors.push({
          code: 'duplicate-provision',
          message: `${at}.provision: provision ${number} is answered twice (also at ${prefix}${seen.get(number)}); keep one answer per provision`,
          path: `${at}.provision`,
          provision: number,
          source: ANSWER_RULE,
        });
      } else {
        seen.set(number, i);
      }
      reported.add(`${at}.provision`);
    }
    const c = raw.complies;
    let complies: unknown = c;
    if (c === undefined || c === null || (typeof c === 'string' && c.trim() === '')) {
      errors.push(missingAnswer(label, `${at}.complies`, {}, typeof p === 'string' ? p : undefined));
      reported.add(`${at}.complies`);
    } else if (typeof c === 'string') {
      complies = readAnswer(c);
      if (complies === undefined) {
        errors.push(unreadableAnswer(c, label, `${at}.complies`, {}, typeof p === 'string' ? p : undefined));
        reported.add(`${at}.complies`);
      }
    }
    const provision = typeof p === 'string' ? p.trim() : p;
    return { ...raw, provision, complies };
  });
  // The schema runs on the top level and on each entry apart: one pass, and no single list of
  // hundreds of thousands of issues (which the schema library cannot build without overflowing the stack).
  const report = (path: string, message: string): void => {
    if (reportedAlready(reported, path)) return;
    const code: AssessmentErrorCode = /targetDate$/.test(path) ? 'invalid-target-date' : 'invalid-field';
    errors.push({ code, message: `${path || '(top level)'}: ${message}`, path });
  };
  const head = z.safeParse(AssessmentZod, { ...top, entries: [] });
  if (!head.success) for (const issue of head.error.issues) report(issue.path.map(String).join('.'), issue.message);
  const valid: Assessment['entries'] = [];
  for (let i = 0; i < entries.length; i++) {
    const one = z.safeParse(AssessmentEntryZod, entries[i]);
    if (one.success) valid.push(one.data);
    else for (const issue of one.error.issues) report([`${prefix}${i}`, ...issue.path.map(String)].join('.'), issue.message);
  }
  if (errors.length > 0 || !head.success) return err(errors);
  return ok({ ...head.data, entries: valid });
}

function parseCsvAssessment(text: string): Result<Assessment, AssessmentError[]> {
  let read = parseCsv(text);
  // Excel writes ';' between fields where the decimal separator is a comma. If the first line
  // names the form's columns only when split at semicolons, read the file that way.
  if (read.ok) {
    const first = read.value.find((r) => r.fields.some((f) => f.trim() !== ''));
    if (first !== undefined && first.fields.length === 1 && (first.fields[0] ?? '').includes(';')) {
      const again = parseCsv(text, { separator: ';' });
      if (again.ok) read = again;
    }
  }
  if (!read.ok) {
    return err([{ code: 'invalid-csv', message: `the file is not valid CSV: ${read.error.message}`, line: read.error.line }]);
  }
  const rows: TableRow[] = read.value.map((r) => ({
    cells: r.fields.map((text, col) => ({ text, col, span: 1 })),
    where: `line ${r.line}`,
    at: { line: r.line },
    table: 0,
  }));
  // Data rows are numbered from the first row after the header, blank rows skipped.
  const nonBlank = rows.filter((r) => r.cells.some((c) => c.text.trim() !== ''));
  if (nonBlank.length - 1 > MAX_ASSESSMENT_ENTRIES) return err([tooLarge('the CSV file', 'rows', MAX_ASSESSMENT_ENTRIES, nonBlank.length - 1)]);
  const numbered = nonBlank.map((r, i) => (i === 0 ? r : { ...r, where: `row ${i} (line ${r.at.line})`, at: { row: i, line: r.at.line } }));
  return assessmentFromRows(numbered, { mode: 'strict', name: 'the CSV file' });
}

/**
 * The form's words for each answer.
 *
 * @example
 * ```ts
 * ANSWER_LABELS['n/a']; // 'N/a'
 * ```
 */
export const ANSWER_LABELS: Readonly<Record<Answer, string>> = /* @__PURE__ */ deepFrozen({ yes: 'Yes', no: 'No', 'n/a': 'N/a' });

/**
 * Writes an assessment as CSV (RFC 4180) in the form's columns: Code provision, Code requirement
 * (the text from {@link code2024}), Comply, Evidence, Commentary; then Action and Target date when
 * any answer is "No" or carries them, and Cited sections when any entry's cited sections differ
 * from what its evidence text cites ('none' for an explicitly empty list). Entries keep their order. {@link parseAssessment} reads the
 * result back to the same entries.
 *
 * @example
 * ```ts
 * const csv = formatAssessmentCsv(assessment);
 * parseAssessment(csv, 'csv'); // ok, same entries
 * ```
 */
export function formatAssessmentCsv(assessment: Assessment): string {
  expectAssessment('formatAssessmentCsv', assessment);
  const withAction = assessment.entries.some((e) => e.complies === 'no' || e.action !== undefined || e.targetDate !== undefined);
  const withCited = assessment.entries.some((e) => !sameList(e.citedSections, citedSections(e.evidence)));
  const header: string[] = ['Code provision', 'Code requirement', 'Comply', 'Evidence', 'Commentary'];
  if (withAction) header.push('Action', 'Target date');
  if (withCited) header.push('Cited sections');
  const rows = assessment.entries.map((e) => {
    const row = [e.provision, provisionOf(e.provision).text, ANSWER_LABELS[e.complies], e.evidence, e.commentary ?? ''];
    if (withAction) row.push(e.action ?? '', e.targetDate ?? '');
    if (withCited) row.push(e.citedSections.length === 0 ? 'none' : e.citedSections.join('; '));
    return row;
  });
  return formatCsv([header, ...rows]);
}

/** Throws unless `assessment` is an Assessment, naming `fn` and the field of the first problem. */
function expectAssessment(fn: string, assessment: unknown): void {
  const checked = safeParseAssessment(assessment);
  if (checked.success) return;
  const issue = checked.error.issues[0];
  throw argumentError({ fn, path: ['assessment', ...(issue?.path ?? []).map(String)].join('.') }, 'shape', `an Assessment (read one with parseAssessment)${issue === undefined ? '' : `: ${issue.message}`}`, assessment);
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Writes an assessment as JSON (two-space indented, final newline), the shape
 * {@link parseAssessment} reads.
 *
 * @example
 * ```ts
 * parseAssessment(formatAssessmentJson(assessment), 'json'); // ok, the same assessment
 * ```
 */
export function formatAssessmentJson(assessment: Assessment): string {
  expectAssessment('formatAssessmentJson', assessment);
  return `${JSON.stringify(assessment, null, 2)}\n`;
}
