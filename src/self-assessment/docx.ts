/**
 * Reading the self-assessment form as landlords fill it in: a Word document (.docx, Office Open
 * XML, ECMA-376). A .docx is a ZIP archive; its body is `word/document.xml`, where a table is
 * `w:tbl`, a row `w:tr`, a cell `w:tc`, and text sits in `w:t` inside paragraphs `w:p`. The walker
 * reads the tables' rows as cells on the table's grid: `w:gridSpan` (a cell across several grid
 * columns, as Word's "Split Cells" and "Merge Cells" leave them), `w:gridBefore`, `w:vMerge` (a
 * cell merged with the one above), and `w:tblHeader` (a header row repeated on each page). Deleted
 * text of tracked changes (`w:delText`) is left out; a table inside a cell reads as that cell's text.
 */
import { type InflateRaw, openZip, writeZip, ZipError } from './zip.js';
import type { TableRow } from './rows.js';
import { code2024, CODE_SECTIONS } from './provisions.js';
import { TEMPLATE_COLUMNS } from './template.js';

/** The largest document part read, unpacked (a 72-row form is well under 1 MB). */
export const MAX_DOCUMENT_XML_BYTES = 64 * 1024 * 1024;

const ENTITIES: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes XML's five entities and numeric character references. */
export function xmlText(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (m, e: string) => {
    if (e.startsWith('#')) {
      const n = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff) ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e] ?? m;
  });
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`(?:^|\\s)${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attrs);
  return m === null ? undefined : xmlText(m[1] ?? m[2] ?? '');
}

/** What a Word document holds for the assessment: the rows of its tables and its first paragraph. */
export interface DocumentTables {
  readonly rows: TableRow[];
  /** The first paragraph with text outside any table (the form's title, usually). */
  readonly title: string | undefined;
}

interface CellState {
  col: number;
  span: number;
  continued: boolean;
  text: string;
}

/** Reads the tables of `word/document.xml`. */
export function tablesOfWordXml(xml: string): DocumentTables {
  const rows: TableRow[] = [];
  let title: string | undefined;
  let depth = 0; // table nesting
  let tableNo = 0;
  let rowNo = 0;
  let cells: CellState[] | undefined;
  let cell: CellState | undefined;
  let nextCol = 0;
  let gridBefore = 0;
  let inText = false;
  let inDeleted = false;
  let paragraph = '';
  let inTrPr = false;
  let inTcPr = false;
  const tag = /<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*?)(\/?)>|([^<]+)/g;
  const body = xml.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, '');
  for (let m = tag.exec(body); m !== null; m = tag.exec(body)) {
    const textRun = m[6];
    if (textRun !== undefined) {
      if (inText && !inDeleted) paragraph += xmlText(textRun);
      continue;
    }
    const closing = m[1] === '/';
    const name = m[3] as string;
    const attrs = m[4] ?? '';
    const selfClosing = m[5] === '/';
    const prefixed = m[2] === 'w:';
    if (!prefixed) continue;
    if (name === 'tbl') {
      if (!closing) {
        depth++;
        if (depth === 1) {
          tableNo++;
          rowNo = 0;
        }
      } else depth = Math.max(0, depth - 1);
      continue;
    }
    if (depth === 1) {
      if (name === 'tr') {
        if (!closing) {
          rowNo++;
          cells = [];
          nextCol = 0;
          gridBefore = 0;
        } else if (cells !== undefined) {
          rows.push({
            cells: cells.map((c) => ({ text: c.text.replace(/[ \t\u00a0]+/g, ' ').trim(), col: c.col, span: c.span, ...(c.continued ? { continued: true } : {}) })),
            where: `table ${tableNo}, row ${rowNo}`,
            at: { table: tableNo, row: rowNo },
            table: tableNo,
          });
          cells = undefined;
        }
        continue;
      }
      if (name === 'trPr') {
        inTrPr = !closing && !selfClosing;
        continue;
      }
      if (inTrPr && name === 'gridBefore' && !closing) {
        gridBefore = Number(attr(attrs, 'w:val') ?? '0') || 0;
        nextCol = Math.max(nextCol, gridBefore);
        continue;
      }
      if (name === 'tc') {
        if (!closing) {
          cell = { col: nextCol, span: 1, continued: false, text: '' };
        } else if (cell !== undefined && cells !== undefined) {
          cell.text = cell.text.replace(/\n+$/, '');
          cells.push(cell);
          nextCol = cell.col + cell.span;
          cell = undefined;
        }
        continue;
      }
      if (name === 'tcPr') {
        inTcPr = !closing && !selfClosing;
        continue;
      }
      if (inTcPr && cell !== undefined && !closing) {
        if (name === 'gridSpan') cell.span = Math.max(1, Math.min(64, Number(attr(attrs, 'w:val') ?? '1') || 1));
        if (name === 'vMerge') cell.continued = (attr(attrs, 'w:val') ?? 'continue') !== 'restart';
        if (name === 'hMerge') cell.continued = (attr(attrs, 'w:val') ?? 'continue') !== 'restart';
        continue;
      }
    }
    if (name === 't' || name === 'delText' || name === 'instrText') {
      if (selfClosing) continue;
      inText = !closing && name === 't';
      inDeleted = !closing && name !== 't';
      continue;
    }
    if ((name === 'tab' || name === 'br' || name === 'cr') && !closing) {
      if (name === 'tab') paragraph += ' ';
      else paragraph += '\n';
      continue;
    }
    if (name === 'p') {
      if (closing || selfClosing) {
        const text = paragraph.replace(/[ \t\u00a0]+/g, ' ').trim();
        if (depth === 0) {
          if (title === undefined && text !== '') title = text;
        } else if (cell !== undefined) {
          cell.text += text === '' ? '' : `${text}\n`;
        }
        paragraph = '';
      } else {
        paragraph = '';
      }
    }
  }
  return { rows, title };
}

/**
 * Opens a .docx and reads the tables of its main document. Throws a {@link ZipError} naming what
 * is wrong when the file is not a Word document.
 */
export function readDocxTables(bytes: Uint8Array, inflateRaw: InflateRaw): DocumentTables {
  const zip = openZip(bytes, inflateRaw);
  // The main part is named in the package relationships; word/document.xml by convention.
  const rels = zip.read('_rels/.rels', 1024 * 1024);
  const target = rels === undefined ? undefined : /<Relationship\b[^>]*Type="[^"]*\/officeDocument"[^>]*>/.exec(new TextDecoder().decode(rels))?.[0];
  const named = target === undefined ? undefined : attr(target.slice('<Relationship'.length), 'Target');
  const main = (named ?? 'word/document.xml').replace(/^\//, '');
  const xml = zip.read(main, MAX_DOCUMENT_XML_BYTES);
  if (xml === undefined) {
    throw new ZipError(`it is a ZIP file but not a Word document: it has no ${main}${zip.names.some((n) => n.startsWith('xl/')) ? ' (it looks like an Excel workbook: save it as CSV)' : ''}`);
  }
  return tablesOfWordXml(new TextDecoder().decode(xml));
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The blank self-assessment form as a Word document (.docx): a title, then one table with the
 * form's columns, its header row repeated on every page, a heading row for each Code section,
 * and one row per provision with its requirement. A stored (uncompressed) ZIP, so no compressor
 * is needed to write it.
 *
 * @example
 * ```ts
 * writeFileSync('our-assessment.docx', renderTemplateDocx());
 * ```
 */
export function renderTemplateDocx(): Uint8Array {
  const enc = new TextEncoder();
  // Column widths in twentieths of a point, for A4 landscape with 2 cm margins (about 25.7 cm).
  const widths = [900, 5400, 1100, 3000, 2400, 1100, 700] as const;
  const total = widths.reduce((a, b) => a + b, 0);
  const para = (text: string, bold = false): string =>
    `<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
  const tc = (i: number, text: string, bold = false, span = 1): string =>
    `<w:tc><w:tcPr><w:tcW w:w="${span === 1 ? widths[i] : total}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/><w:shd w:val="clear" w:color="auto" w:fill="E7E6E6"/>` : ''}</w:tcPr>${para(text, bold)}</w:tc>`;
  const header = `<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>${TEMPLATE_COLUMNS.map((c, i) => tc(i, c, true)).join('')}</w:tr>`;
  const body: string[] = [];
  for (const s of CODE_SECTIONS) {
    body.push(`<w:tr><w:trPr><w:cantSplit/></w:trPr>${tc(0, `Section ${s.number}: ${s.title}`, true, widths.length)}</w:tr>`);
    for (const p of code2024.filter((x) => x.section === s.id)) {
      body.push(`<w:tr>${[p.number, p.text, '', '', '', '', ''].map((t, i) => tc(i, t)).join('')}</w:tr>`);
    }
  }
  const border = (side: string): string => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="808080"/>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para('Self-assessment against the Housing Ombudsman Complaint Handling Code 2024', true)}${para('Landlord: ')}${para('Date: ')}<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>${header}${body.join('')}</w:tbl>${para('')}<w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134" w:header="567" w:footer="567" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const files = [
    {
      name: '[Content_Types].xml',
      data: enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      ),
    },
    {
      name: '_rels/.rels',
      data: enc.encode(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
      ),
    },
    { name: 'word/document.xml', data: enc.encode(document) },
  ];
  return writeZip(files);
}
