/**
 * Reading the self-assessment form as landlords publish it on their websites: an HTML table.
 * Rows are `tr`, cells `td` or `th` with `colspan` and `rowspan` placed on the table's grid as the
 * HTML table model does (a cell covered by a `rowspan` from above reads as continued); `thead`
 * rows and repeated header rows are found by their text. Scripts, styles and comments are skipped;
 * a table inside a cell reads as that cell's text. Lines are counted so errors can name them.
 */
import type { TableRow } from './rows.js';

// The named character references a published form is likely to use; the others are kept as written.
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  sbquo: '‚',
  bdquo: '„',
  hellip: '…',
  bull: '•',
  middot: '·',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  sect: '§',
  para: '¶',
  deg: '°',
  frac12: '½',
  times: '×',
  shy: '',
  zwsp: '',
};

/** Decodes HTML character references: numeric ones, and the common named ones. */
export function htmlText(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/g, (m, e: string) => {
    if (e.startsWith('#')) {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : '\uFFFD';
    }
    const v = NAMED[e];
    return v !== undefined && (m.endsWith(';') || e in { amp: 1, lt: 1, gt: 1, quot: 1, nbsp: 1 }) ? v : m;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'=<>\`]+))`, 'i').exec(attrs);
  return m === null ? undefined : htmlText(m[1] ?? m[2] ?? m[3] ?? '');
}

/** The widest grid read: the form has five to eight columns; cells past this are dropped. */
const MAX_COLUMNS = 64;

const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'section', 'article', 'dd', 'dt']);

interface Table {
  readonly number: number;
  rowNo: number;
  /** For each grid column, how many more rows a rowspan from above still covers. */
  covered: number[];
  cells: { text: string; col: number; span: number; continued?: boolean }[] | undefined;
  cell: { text: string; col: number; span: number; rows: number } | undefined;
  nextCol: number;
  line: number;
}

/** What an HTML page holds for the assessment: the rows of its tables and its title. */
export interface HtmlTables {
  readonly rows: TableRow[];
  /** The first `h1`, or else the `title`. */
  readonly title: string | undefined;
}

/** Reads the tables of an HTML page. */
export function tablesOfHtml(html: string): HtmlTables {
  const rows: TableRow[] = [];
  // Line starts, for the line of a row.
  const lineStarts: number[] = [0];
  for (let i = html.indexOf('\n'); i !== -1; i = html.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const stack: Table[] = [];
  let tables = 0;
  let h1: string | undefined;
  let titleText: string | undefined;
  let capture: { kind: 'h1' | 'title'; text: string } | undefined;
  const token = /<!--[\s\S]*?(?:-->|$)|<(script|style|template|textarea)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>|<(\/?)([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>|([^<]+|<)/g;
  const addText = (text: string): void => {
    if (capture !== undefined) capture.text += text;
    const t = stack[stack.length - 1];
    if (t?.cell !== undefined) t.cell.text += text;
    else if (t !== undefined && stack.length > 1) {
      // Text of a nested table's cell belongs to the outer cell.
      const outer = stack.find((x) => x.cell !== undefined);
      if (outer?.cell !== undefined) outer.cell.text += text;
    }
  };
  const endCell = (t: Table): void => {
    if (t.cell === undefined || t.cells === undefined) return;
    const c = t.cell;
    t.cell = undefined;
    if (c.col >= MAX_COLUMNS) return;
    c.span = Math.min(c.span, MAX_COLUMNS - c.col);
    t.cells.push({ text: c.text.replace(/[ \t\r\n\u00a0]*\n[ \t\r\n\u00a0]*/g, '\n').replace(/[ \t\r\u00a0]+/g, ' ').trim(), col: c.col, span: c.span });
    for (let k = c.col; k < c.col + c.span; k++) t.covered[k] = Math.max(t.covered[k] ?? 0, c.rows - 1);
    t.nextCol = c.col + c.span;
  };
  const placeCovered = (t: Table): void => {
    // Grid columns a rowspan from above covers sit before the next cell.
    while (t.nextCol < MAX_COLUMNS && (t.covered[t.nextCol] ?? 0) > 0 && t.cells !== undefined) {
      t.cells.push({ text: '', col: t.nextCol, span: 1, continued: true });
      t.nextCol++;
    }
  };
  const endRow = (t: Table): void => {
    endCell(t);
    if (t.cells === undefined) return;
    // Columns covered from above after the last cell.
    for (let k = t.nextCol; k < t.covered.length; k++) if ((t.covered[k] ?? 0) > 0) t.cells.push({ text: '', col: k, span: 1, continued: true });
    // The row just ended used up one row of each rowspan that covered it.
    const usedNow = new Set(t.cells.filter((c) => c.continued === true).map((c) => c.col));
    t.covered = t.covered.map((n, k) => (usedNow.has(k) ? n - 1 : n));
    if (stack.length === 1 || stack[0] === t) {
      rows.push({ cells: t.cells, where: `table ${t.number}, row ${t.rowNo} (line ${t.line})`, at: { table: t.number, row: t.rowNo, line: t.line }, table: t.number });
    }
    t.cells = undefined;
  };
  for (let m = token.exec(html); m !== null; m = token.exec(html)) {
    const name = m[3]?.toLowerCase();
    if (name === undefined) {
      if (m[5] !== undefined) addText(htmlText(m[5]));
      continue;
    }
    const closing = m[2] === '/';
    const attrs = m[4] ?? '';
    const t = stack[stack.length - 1];
    if (name === 'table') {
      if (!closing) stack.push({ number: stack.length === 0 ? ++tables : tables, rowNo: 0, covered: [], cells: undefined, cell: undefined, nextCol: 0, line: 0 });
      else if (t !== undefined) {
        endRow(t);
        stack.pop();
        if (stack.length > 0) addText('\n');
      }
      continue;
    }
    if (t !== undefined && stack.length === 1) {
      if (name === 'tr') {
        endRow(t);
        if (!closing) {
          t.rowNo++;
          t.cells = [];
          t.nextCol = 0;
          t.line = lineAt(m.index);
        }
        continue;
      }
      if (name === 'td' || name === 'th') {
        endCell(t);
        if (closing) continue;
        if (t.cells === undefined) {
          // A cell with no <tr> before it: HTML opens the row.
          t.rowNo++;
          t.cells = [];
          t.nextCol = 0;
          t.line = lineAt(m.index);
        }
        placeCovered(t);
        const span = Math.max(1, Math.min(MAX_COLUMNS, Number(attribute(attrs, 'colspan') ?? '1') || 1));
        const rowsSpanned = Math.max(1, Math.min(65534, Number(attribute(attrs, 'rowspan') ?? '1') || 1));
        t.cell = { text: '', col: t.nextCol, span, rows: rowsSpanned };
        continue;
      }
      if (name === 'thead' || name === 'tbody' || name === 'tfoot') {
        endRow(t);
        continue;
      }
    }
    if (name === 'br') addText('\n');
    else if (BLOCK.has(name)) addText('\n');
    if (name === 'h1' || name === 'title') {
      if (!closing) capture = { kind: name, text: '' };
      else if (capture !== undefined) {
        const text = capture.text.replace(/\s+/g, ' ').trim();
        if (capture.kind === 'h1' && h1 === undefined && text !== '') h1 = text;
        if (capture.kind === 'title' && titleText === undefined && text !== '') titleText = text;
        capture = undefined;
      }
    }
  }
  while (stack.length > 0) {
    const t = stack[stack.length - 1] as Table;
    endRow(t);
    stack.pop();
  }
  return { rows, title: h1 ?? titleText };
}
