/**
 * Reading a completed self-assessment from JSON or CSV, and writing it back as CSV in the form's
 * columns. Every problem found is reported, each naming the row (and line) or JSON path at fault.
 */
import * as z from 'zod/mini';
import { type Result, ok, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { expectOneOf, expectString } from '../core/guard.js';
import { MAX_ASSESSMENT_ENTRIES, MAX_ASSESSMENT_FILE_BYTES } from './limits.js';
import { isIsoDate } from '../calendar/dates.js';
import { isProvisionNumber, provision as provisionOf } from './provisions.js';
import { Assessment, type Answer, type AssessmentInput } from './schema.js';
import { citedSections } from './citations.js';
import { formatCsv, parseCsv } from './csv.js';

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
  /** The rule the error enforces, when it enforces one. */
  readonly source?: Source;
  /** For `'too-large'`: the limit that was exceeded ({@link MAX_ASSESSMENT_ENTRIES} or {@link MAX_ASSESSMENT_FILE_BYTES}). */
  readonly limit?: number;
}

/**
 * The formats {@link parseAssessment} reads.
 *
 * @example
 * ```ts
 * const format: AssessmentFormat = file.endsWith('.csv') ? 'csv' : 'json';
 * ```
 */
export type AssessmentFormat = 'json' | 'csv';

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
  const s = cell.trim();
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  const iso = uk ? `${uk[3]}-${(uk[2] as string).padStart(2, '0')}-${(uk[1] as string).padStart(2, '0')}` : s;
  return isIsoDate(iso) ? iso : undefined;
}

const ANSWER_RULE: Source = { provision: '8.1', note: "the form's column 'Comply: Yes / No'" };

/**
 * Reads a completed self-assessment against the Code 2024 from JSON or CSV text.
 *
 * JSON: an object `{ organisation?, title?, date?, policy?, entries: [{ provision, complies,
 * evidence, commentary?, action?, targetDate?, citedSections? }], normalisations? }`, or just the
 * array of entries. Provision numbers are strings (`"6.10"`: a JSON number cannot tell 6.1 from 6.10).
 *
 * CSV (RFC 4180): a header row naming the form's columns — Code provision, Code requirement,
 * Comply, Evidence, Commentary — and optionally Action, Target date and Cited sections, in any
 * order; one row per provision. Blank rows are skipped.
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
export function parseAssessment(text: string, format: AssessmentFormat): Result<Assessment, AssessmentError[]> {
  expectString({ fn: 'parseAssessment', path: 'text' }, text);
  expectOneOf({ fn: 'parseAssessment', path: 'format' }, format, ['json', 'csv'] as const);
  if (text.length > MAX_ASSESSMENT_FILE_BYTES) return err([tooLarge('text', 'characters', MAX_ASSESSMENT_FILE_BYTES, text.length)]);
  return format === 'json' ? parseJson(text) : parseCsvAssessment(text);
}

function tooLarge(where: string, what: string, limit: number, actual: number): AssessmentError {
  return { code: 'too-large', message: `${where} has ${actual} ${what}; the limit is ${limit} (see docs/limits.md)`, limit };
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
  if (top.entries.length > MAX_ASSESSMENT_ENTRIES) return err([tooLarge(wrapped ? 'the array' : 'entries', 'entries', MAX_ASSESSMENT_ENTRIES, top.entries.length)]);
  const prefix = wrapped ? '' : 'entries.';
  const errors: AssessmentError[] = [];
  const reported = new Set<string>();
  const seen = new Map<string, number>();
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
  const candidate = { ...top, entries };
  const parsed = z.safeParse(Assessment, candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = (wrapped ? issue.path.slice(1) : issue.path).map(String).join('.');
      if (reportedAlready(reported, path)) continue;
      const code: AssessmentErrorCode = /targetDate$/.test(path) ? 'invalid-target-date' : 'invalid-field';
      errors.push({ code, message: `${path || '(top level)'}: ${issue.message}`, path });
    }
  }
  if (errors.length > 0 || !parsed.success) return err(errors);
  return ok(parsed.data);
}

/** Whether `path` or one of its parents (`entries.3` of `entries.3.evidence`) was reported already: one look-up per level. */
function reportedAlready(reported: ReadonlySet<string>, path: string): boolean {
  for (let end = path.indexOf('.'); ; end = path.indexOf('.', end + 1)) {
    if (reported.has(end === -1 ? path : path.slice(0, end))) return true;
    if (end === -1) return false;
  }
}

function unknownProvision(number: string, where: string, at: { path?: string; row?: number; line?: number }): AssessmentError {
  const near = /^(\d)\.(\d+)$/.exec(number);
  const hint = near ? ` (section ${near[1]} of the form has no provision ${number})` : '';
  return {
    code: 'unknown-provision',
    message: `${where}: "${number}" is not a provision on the Code 2024 self-assessment form${hint}; provisions run from 1.2 to 9.8`,
    ...at,
    ...(at.path === undefined && at.row === undefined ? { path: where } : {}),
    provision: number,
  };
}

function missingAnswer(label: string, path: string | undefined, at: { row?: number; line?: number }, provision?: string): AssessmentError {
  return {
    code: 'missing-answer',
    message: `${label}: the answer (Comply: Yes / No) is empty; write Yes or No`,
    ...(path ? { path } : {}),
    ...at,
    ...(provision ? { provision } : {}),
    source: ANSWER_RULE,
  };
}

function unreadableAnswer(
  cell: string,
  label: string,
  path: string | undefined,
  at: { row?: number; line?: number },
  provision?: string,
): AssessmentError {
  return {
    code: 'unreadable-answer',
    message: `${label}: the answer ${JSON.stringify(cell)} is not Yes, No or N/a; correct it to Yes or No`,
    ...(path ? { path } : {}),
    ...at,
    ...(provision ? { provision } : {}),
    source: ANSWER_RULE,
  };
}

type Column = 'provision' | 'requirement' | 'complies' | 'evidence' | 'commentary' | 'action' | 'targetDate' | 'citedSections';

const COLUMN_NAMES: Record<Column, string> = {
  provision: 'Code provision',
  requirement: 'Code requirement',
  complies: 'Comply',
  evidence: 'Evidence',
  commentary: 'Commentary',
  action: 'Action',
  targetDate: 'Target date',
  citedSections: 'Cited sections',
};

/** Which column a header cell names ("Comply: Yes / No" is the complies column). */
function columnOf(header: string): Column | undefined {
  const h = header.trim().toLowerCase();
  if (/^(code )?provision( number)?$/.test(h) || h === 'provision no' || h === 'no.') return 'provision';
  if (/^(code )?requirement/.test(h)) return 'requirement';
  if (/^compl(y|ies|iance)\b/.test(h)) return 'complies';
  if (/^evidence/.test(h)) return 'evidence';
  if (/^comment/.test(h)) return 'commentary';
  if (/^(action|actions)\b/.test(h)) return 'action';
  if (/^target( date)?$/.test(h) || /^target date/.test(h)) return 'targetDate';
  if (/^cited sections?$/.test(h)) return 'citedSections';
  return undefined;
}

function parseCsvAssessment(text: string): Result<Assessment, AssessmentError[]> {
  const read = parseCsv(text);
  if (!read.ok) {
    return err([{ code: 'invalid-csv', message: `the file is not valid CSV: ${read.error.message}`, line: read.error.line }]);
  }
  const records = read.value.filter((r) => r.fields.some((f) => f.trim() !== ''));
  if (records.length - 1 > MAX_ASSESSMENT_ENTRIES) return err([tooLarge('the CSV file', 'rows', MAX_ASSESSMENT_ENTRIES, records.length - 1)]);
  const header = records[0];
  if (header === undefined) {
    return err([{ code: 'missing-column', message: 'the CSV file is empty: it needs a header row (Code provision, Code requirement, Comply, Evidence, Commentary) and one row per provision' }]);
  }
  const index = new Map<Column, number>();
  const errors: AssessmentError[] = [];
  header.fields.forEach((cell, i) => {
    const col = columnOf(cell);
    if (col !== undefined && !index.has(col)) index.set(col, i);
  });
  for (const required of ['provision', 'complies', 'evidence'] as const) {
    if (!index.has(required)) {
      errors.push({
        code: 'missing-column',
        message: `line ${header.line}: the header row has no "${COLUMN_NAMES[required]}" column (found: ${header.fields.map((f) => JSON.stringify(f)).join(', ')})`,
        line: header.line,
      });
    }
  }
  if (errors.length > 0) return err(errors);
  const cell = (fields: readonly string[], col: Column): string | undefined => {
    const i = index.get(col);
    return i === undefined ? undefined : fields[i];
  };
  const seen = new Map<string, number>();
  const entries: AssessmentInput['entries'] = [];
  records.slice(1).forEach((record, k) => {
    const row = k + 1;
    const at = { row, line: record.line };
    const where = `row ${row} (line ${record.line})`;
    const rawNumber = (cell(record.fields, 'provision') ?? '').trim();
    if (rawNumber === '') {
      errors.push({ code: 'missing-provision', message: `${where}: the "Code provision" cell is empty`, ...at });
      return;
    }
    const label = `${where}, provision ${rawNumber}`;
    let bad = false;
    if (!isProvisionNumber(rawNumber)) {
      errors.push(unknownProvision(rawNumber, where, at));
      bad = true;
    } else if (seen.has(rawNumber)) {
      errors.push({
        code: 'duplicate-provision',
        message: `${label}: provision ${rawNumber} is answered twice (also at row ${seen.get(rawNumber)}); keep one answer per provision`,
        ...at,
        provision: rawNumber,
        source: ANSWER_RULE,
      });
      bad = true;
    } else {
      seen.set(rawNumber, row);
    }
    const answerCell = cell(record.fields, 'complies') ?? '';
    const complies = readAnswer(answerCell);
    if (answerCell.trim() === '') {
      errors.push(missingAnswer(label, undefined, at, rawNumber));
      bad = true;
    } else if (complies === undefined) {
      errors.push(unreadableAnswer(answerCell.trim(), label, undefined, at, rawNumber));
      bad = true;
    }
    const targetCell = (cell(record.fields, 'targetDate') ?? '').trim();
    const targetDate = targetCell === '' ? undefined : readTargetDate(targetCell);
    if (targetCell !== '' && targetDate === undefined) {
      errors.push({
        code: 'invalid-target-date',
        message: `${label}: the target date ${JSON.stringify(targetCell)} is not a date; write it as YYYY-MM-DD or DD/MM/YYYY`,
        ...at,
        provision: rawNumber,
      });
      bad = true;
    }
    const citedCell = (cell(record.fields, 'citedSections') ?? '').trim();
    const cited =
      citedCell === '' ? undefined : citedCell.toLowerCase() === 'none' ? [] : citedCell.split(/[;,\s]+/).filter((s) => s !== '');
    if (cited !== undefined && cited.some((s) => !/^s\.\d{1,3}$/.test(s))) {
      errors.push({
        code: 'invalid-field',
        message: `${label}: "Cited sections" must list sections as s.3; s.6 — found ${JSON.stringify(citedCell)}`,
        ...at,
        provision: rawNumber,
      });
      bad = true;
    }
    if (bad || complies === undefined || !isProvisionNumber(rawNumber)) return;
    const text = (col: Column): string | undefined => {
      const v = cell(record.fields, col);
      // Kept as written (csvField quotes leading and trailing spaces so that they survive a round trip).
      return v === undefined || v.trim() === '' ? undefined : v;
    };
    const commentary = text('commentary');
    const action = text('action');
    entries.push({
      provision: rawNumber,
      complies,
      evidence: text('evidence') ?? '',
      ...(cited !== undefined ? { citedSections: cited } : {}),
      ...(commentary !== undefined ? { commentary } : {}),
      ...(action !== undefined ? { action } : {}),
      ...(targetDate !== undefined ? { targetDate } : {}),
    });
  });
  if (errors.length > 0) return err(errors);
  const parsed = z.safeParse(Assessment, { entries });
  if (!parsed.success) {
    return err(parsed.error.issues.map((issue) => ({ code: 'invalid-field' as const, message: `${issue.path.join('.')}: ${issue.message}`, path: issue.path.join('.') })));
  }
  return ok(parsed.data);
}

/**
 * The form's words for each answer.
 *
 * @example
 * ```ts
 * ANSWER_LABELS['n/a']; // 'N/a'
 * ```
 */
export const ANSWER_LABELS: Readonly<Record<Answer, string>> = { yes: 'Yes', no: 'No', 'n/a': 'N/a' };

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
  return `${JSON.stringify(assessment, null, 2)}\n`;
}
