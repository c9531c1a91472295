/**
 * From rows of cells to an assessment: the one reading of the form's columns that CSV, Word
 * (.docx) and HTML tables share, so that a row has the same checks and the same error messages
 * whichever file it came from.
 *
 * A row is a list of cells on a grid of columns: a cell covers `span` grid columns from `col`
 * (Word's `gridSpan`, HTML's `colspan`), so a cell that Word split in two still sits under the
 * header cell above both halves. A cell `continued` from the row above (Word's `vMerge`, HTML's
 * `rowspan`) holds no text of its own.
 */
import * as z from 'zod/mini';
import { type Result, ok, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { code2024, isProvisionNumber } from './provisions.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { Assessment, AssessmentZod, type AssessmentInput, safeParseAssessment } from './schema.js';
import type { AssessmentError, AssessmentErrorCode } from './parse.js';
import { readAnswer, readTargetDate } from './answers.js';
import { deepFrozen } from '../core/freeze.js';


/** One cell of a table row. */
export interface TableCell {
  readonly text: string;
  /** The first grid column the cell covers (0-based). */
  readonly col: number;
  /** How many grid columns it covers. */
  readonly span: number;
  /** The cell continues the one above it (vertically merged): its content is in that cell. */
  readonly continued?: boolean;
}

/** One row of a source table, with where it is for error messages. */
export interface TableRow {
  readonly cells: readonly TableCell[];
  /** How a message names the row: "row 2 (line 3)", "table 1, row 5". */
  readonly where: string;
  readonly at: { readonly row?: number; readonly line?: number; readonly table?: number };
  /** The table the row belongs to (rows of one table share a header). */
  readonly table: number;
}

type Column = 'provision' | 'requirement' | 'complies' | 'evidence' | 'commentary' | 'action' | 'targetDate' | 'citedSections';

export const COLUMN_NAMES: Readonly<Record<Column, string>> = {
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
  const h = header.replace(/\s+/g, ' ').trim().toLowerCase();
  // "Code section" heads the provision column on the Ombudsman's earlier (2022) form.
  if (/^(code )?provision( number| no\.?)?$/.test(h) || h === 'code section' || h === 'no.') return 'provision';
  if (/^(code )?requirement/.test(h)) return 'requirement';
  if (/^compl(y|ies|iance)\b/.test(h)) return 'complies';
  if (/^evidence/.test(h)) return 'evidence';
  if (/^comment/.test(h)) return 'commentary';
  if (/^(action|actions)\b/.test(h)) return 'action';
  if (/^target( date)?$/.test(h) || /^target date/.test(h)) return 'targetDate';
  if (/^cited sections?$/.test(h)) return 'citedSections';
  return undefined;
}

/** The grid columns each named column covers, read from a header row. */
type ColumnMap = Map<Column, { readonly from: number; readonly to: number }>;

function headerMap(row: TableRow): ColumnMap {
  const map: ColumnMap = new Map();
  for (const c of row.cells) {
    const col = columnOf(c.text);
    if (col !== undefined && !map.has(col)) map.set(col, { from: c.col, to: c.col + c.span });
  }
  return map;
}

/** The text under a named column: the cells that start inside its grid columns, joined. */
function textUnder(row: TableRow, map: ColumnMap, col: Column): { text: string; continued: boolean } | undefined {
  const range = map.get(col);
  if (range === undefined) return undefined;
  const cells = row.cells.filter((c) => c.col >= range.from && c.col < range.to);
  return {
    // One cell is taken as written (the reader trims where it should); several are joined.
    text:
      cells.length === 1
        ? (cells[0] as { text: string }).text
        : cells
            .map((c) => c.text.trim())
            .filter((t) => t !== '')
            .join(' '),
    continued: cells.length > 0 && cells.every((c) => c.continued === true),
  };
}

const ANSWER_RULE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.annualReport.provision, note: "the form's column 'Comply: Yes / No'" }))());
/** The form's first and last provision numbers, read from its table. */
const FORM_RANGE = /* @__PURE__ */ (() => `${code2024[0]!.number} to ${code2024[code2024.length - 1]!.number}`)();

export function unknownProvision(number: string, where: string, at: { path?: string; row?: number; line?: number }): AssessmentError {
  const near = /^(\d)\.(\d+)$/.exec(number);
  const hint = near ? ` (section ${near[1]} of the form has no provision ${number})` : '';
  return {
    code: 'unknown-provision',
    message: `${where}: "${number}" is not a provision on the Code 2024 self-assessment form${hint}; provisions run from ${FORM_RANGE}`,
    ...at,
    ...(at.path === undefined && at.row === undefined ? { path: where } : {}),
    provision: number,
  };
}

export function missingAnswer(label: string, path: string | undefined, at: { row?: number; line?: number }, provision?: string): AssessmentError {
  return {
    code: 'missing-answer',
    message: `${label}: the answer (Comply: Yes / No) is empty; write Yes or No`,
    ...(path ? { path } : {}),
    ...at,
    ...(provision ? { provision } : {}),
    source: ANSWER_RULE,
  };
}

export function unreadableAnswer(
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

export function duplicateProvision(number: string, label: string, also: string, at: object, path?: string): AssessmentError {
  return {
    code: 'duplicate-provision',
    message: `${label}: provision ${number} is answered twice (also at ${also}); keep one answer per provision`,
    ...at,
    ...(path ? { path } : {}),
    provision: number,
    source: ANSWER_RULE,
  };
}

/** How rows are read: a CSV file is one table whose first row is the header; documents may hold many. */
export interface RowsOptions {
  /**
   * `'strict'` (CSV): the first non-blank row is the header, and every later row must name its
   * provision. `'document'` (Word, HTML): header rows are found wherever they are and may repeat
   * (a header row repeated on each page, a table per Code section); a row with no provision of its
   * own continues the provision above it (a row Word split over a page break); a row with one
   * text across it is a heading and is skipped.
   */
  readonly mode: 'strict' | 'document';
  /** What to call the input in an error with no row ("the CSV file", "the document"). */
  readonly name: string;
  /** Assessment fields read from elsewhere in the file (a title above the table). */
  readonly meta?: Pick<AssessmentInput, 'title' | 'date' | 'organisation'>;
}

interface Logical {
  readonly row: TableRow;
  readonly map: ColumnMap;
  /** Text per column, with the texts of continuation rows appended. */
  readonly text: Map<Column, string>;
}

function isBlank(row: TableRow): boolean {
  return row.cells.every((c) => c.text.trim() === '');
}

function isHeader(map: ColumnMap): boolean {
  return map.has('provision') && map.has('complies');
}

/** A heading across the table: one text in the row (a merged cell, or the same text in each cell). */
function isHeading(row: TableRow): boolean {
  const texts = new Set(row.cells.map((c) => c.text.trim()).filter((t) => t !== ''));
  if (texts.size !== 1) return false;
  const [only] = texts;
  return !/^\d\.\d{1,2}\.?$/.test(only as string);
}

/**
 * Reads rows of cells into an assessment, reporting every problem found, each naming its row.
 */
export function assessmentFromRows(rows: readonly TableRow[], options: RowsOptions): Result<Assessment, AssessmentError[]> {
  const errors: AssessmentError[] = [];
  const logical: Logical[] = [];
  const nonBlank = rows.filter((r) => !isBlank(r));
  if (options.mode === 'strict') {
    const header = nonBlank[0];
    if (header === undefined) {
      return err([
        {
          code: 'missing-column',
          message: `${options.name} is empty: it needs a header row (Code provision, Code requirement, Comply, Evidence, Commentary) and one row per provision`,
        },
      ]);
    }
    const map = headerMap(header);
    const missing = missingColumns(map, header);
    if (missing.length > 0) return err(missing);
    for (const row of nonBlank.slice(1)) logical.push({ row, map, text: texts(row, map) });
  } else {
    let map: ColumnMap | undefined;
    let mapTable = -1;
    let best: { row: TableRow; map: ColumnMap } | undefined;
    let pending: Map<Column, string>[] = [];
    for (const row of nonBlank) {
      const m = headerMap(row);
      if (isHeader(m)) {
        if (map === undefined) errors.push(...missingColumns(m, row));
        map = m;
        mapTable = row.table;
        pending = [];
        continue;
      }
      if (m.size > (best?.map.size ?? 0)) best = { row, map: m };
      if (map === undefined) continue;
      // A table of its own with no header row continues the last one only if it starts like the
      // form (a provision number under the provision column); any other table is something else.
      if (row.table !== mapTable) {
        const first = textUnder(row, map, 'provision')?.text ?? '';
        if (!isProvisionNumber(first.replace(/\.$/, ''))) continue;
        mapTable = row.table;
      }
      if (isHeading(row) && !isProvisionNumber((textUnder(row, map, 'provision')?.text ?? '').replace(/\.$/, ''))) continue;
      const provisionCell = textUnder(row, map, 'provision');
      let t = texts(row, map);
      if (provisionCell === undefined || provisionCell.text === '' || provisionCell.continued) {
        const last = logical[logical.length - 1];
        if (last !== undefined && last.row.table === row.table) appendTexts(last.text, t);
        else pending.push(t);
        continue;
      }
      if (pending.length > 0) {
        const merged = new Map<Column, string>();
        for (const p of [...pending, t]) appendTexts(merged, p);
        t = merged;
        pending = [];
      }
      logical.push({ row, map, text: t });
    }
    if (errors.length > 0) return err(errors);
    if (map === undefined) {
      const near = best === undefined ? [] : missingColumns(best.map, best.row);
      return err(
        near.length > 0
          ? near
          : [
              {
                code: 'missing-column',
                message: `${options.name} has no table with the form's header row (Code provision, Code requirement, Comply, Evidence, Commentary)`,
              },
            ],
      );
    }
  }
  const seen = new Map<string, string>();
  const entries: AssessmentInput['entries'] = [];
  for (const { row, text } of logical) {
    const at = row.at;
    const where = row.where;
    const get = (col: Column): string | undefined => text.get(col);
    const rawNumber = (get('provision') ?? '').trim().replace(options.mode === 'document' ? /\.$/ : /$^/, '');
    if (rawNumber === '') {
      errors.push({ code: 'missing-provision', message: `${where}: the "Code provision" cell is empty`, ...at });
      continue;
    }
    const label = `${where}, provision ${rawNumber}`;
    let bad = false;
    if (!isProvisionNumber(rawNumber)) {
      errors.push(unknownProvision(rawNumber, where, at));
      bad = true;
    } else if (seen.has(rawNumber)) {
      errors.push(duplicateProvision(rawNumber, label, seen.get(rawNumber) as string, at));
      bad = true;
    } else {
      seen.set(rawNumber, where.replace(/ \(line \d+\)$/, ''));
    }
    const answerCell = get('complies') ?? '';
    const complies = readAnswer(answerCell);
    if (answerCell.trim() === '') {
      errors.push(missingAnswer(label, undefined, at, rawNumber));
      bad = true;
    } else if (complies === undefined) {
      errors.push(unreadableAnswer(answerCell.trim(), label, undefined, at, rawNumber));
      bad = true;
    }
    const targetCell = (get('targetDate') ?? '').trim();
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
    const citedCell = (get('citedSections') ?? '').trim();
    const cited = citedCell === '' ? undefined : citedCell.toLowerCase() === 'none' ? [] : citedCell.split(/[;,\s]+/).filter((s) => s !== '');
    if (cited !== undefined && cited.some((s) => !/^s\.\d{1,3}$/.test(s))) {
      errors.push({
        code: 'invalid-field',
        message: `${label}: "Cited sections" must list section references, each written "s." and the section number, separated by semicolons — found ${JSON.stringify(citedCell)}`,
        ...at,
        provision: rawNumber,
      });
      bad = true;
    }
    if (bad || complies === undefined || !isProvisionNumber(rawNumber)) continue;
    const value = (col: Column): string | undefined => {
      const v = get(col);
      if (v === undefined || v.trim() === '') return undefined;
      // CSV cells are kept as written (csvField quotes leading and trailing spaces so that they survive a round trip).
      return options.mode === 'strict' ? v : v.trim();
    };
    const commentary = value('commentary');
    const action = value('action');
    entries.push({
      provision: rawNumber,
      complies,
      evidence: value('evidence') ?? '',
      ...(cited !== undefined ? { citedSections: cited } : {}),
      ...(commentary !== undefined ? { commentary } : {}),
      ...(action !== undefined ? { action } : {}),
      ...(targetDate !== undefined ? { targetDate } : {}),
    });
  }
  if (errors.length > 0) return err(errors);
  const meta = options.meta ?? {};
  const parsed = safeParseAssessment({ ...meta, entries });
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((issue) => ({
        code: 'invalid-field' as AssessmentErrorCode,
        message: `${issue.path.join('.')}: ${issue.message}`,
        path: issue.path.join('.'),
      })),
    );
  }
  return ok(parsed.data);
}

function missingColumns(map: ColumnMap, header: TableRow): AssessmentError[] {
  const out: AssessmentError[] = [];
  for (const required of ['provision', 'complies', 'evidence'] as const) {
    if (!map.has(required)) {
      out.push({
        code: 'missing-column',
        message: `${header.where}: the header row has no "${COLUMN_NAMES[required]}" column (found: ${header.cells.map((c) => JSON.stringify(c.text)).join(', ')})`,
        ...header.at,
      });
    }
  }
  return out;
}

function texts(row: TableRow, map: ColumnMap): Map<Column, string> {
  const out = new Map<Column, string>();
  for (const col of map.keys()) {
    const t = textUnder(row, map, col);
    if (t !== undefined) out.set(col, t.text);
  }
  return out;
}

function appendTexts(into: Map<Column, string>, more: ReadonlyMap<Column, string>): void {
  for (const [col, t] of more) {
    if (t === '') continue;
    const before = into.get(col) ?? '';
    into.set(col, before === '' ? t : `${before} ${t}`);
  }
}
