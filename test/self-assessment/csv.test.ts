import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { csvField, formatCsv, parseCsv } from '../../src/self-assessment/index.js';

function fields(text: string): string[][] {
  const r = parseCsv(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.value.map((x) => x.fields);
}

describe('CSV as RFC 4180 defines it', () => {
  it('reads plain fields and records ended by CRLF, LF or CR', () => {
    expect(fields('a,b,c\r\n1,2,3\r\n')).toEqual([['a', 'b', 'c'], ['1', '2', '3']]);
    expect(fields('a,b\n1,2')).toEqual([['a', 'b'], ['1', '2']]);
    expect(fields('a,b\r1,2\r')).toEqual([['a', 'b'], ['1', '2']]);
  });

  it('reads quoted fields with commas, line breaks and doubled quotes (RFC 4180 §2.5–2.7)', () => {
    expect(fields('"a, b","line 1\r\nline 2","say ""hi"""\r\n')).toEqual([['a, b', 'line 1\r\nline 2', 'say "hi"']]);
    expect(fields('"",x,""\n')).toEqual([['', 'x', '']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(fields('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('reports the line on which each record starts, counting line breaks inside quotes', () => {
    const r = parseCsv('h1,h2\n"two\nlines",x\nlast,y\n');
    expect(r.ok && r.value.map((x) => x.line)).toEqual([1, 2, 4]);
  });

  it('ignores a byte-order mark', () => {
    expect(fields('\uFEFFa,b\n')).toEqual([['a', 'b']]);
  });

  it('refuses an unclosed quote, naming where it opened', () => {
    const r = parseCsv('a,b\n1,"never closed\n2,3\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatchObject({ code: 'unclosed-quote', line: 2, column: 3 });
  });

  it('refuses text after a closing quote', () => {
    const r = parseCsv('"a"b,c\n');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe('text-after-quote');
  });

  it('writes fields quoted only when they need it', () => {
    expect(csvField('6.3')).toBe('6.3');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(formatCsv([['a', 'b'], ['1', '2']])).toBe('a,b\r\n1,2\r\n');
  });

  it('property: any table of strings survives write then read', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'Z', ' ', ',', '"', '\n', '\r', '–', '£', 'x') , maxLength: 12 });
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 6 })),
        (rows) => {
          // A record of one empty field is written as an empty line, which is indistinguishable
          // from no record at all; RFC 4180 has no other spelling for it, so such tables are skipped.
          fc.pre(!rows.some((r) => r.length === 1 && r[0] === ''));
          expect(fields(formatCsv(rows))).toEqual(rows);
        },
      ),
      { numRuns },
    );
  });
});

describe('Excel CSV: encodings and separators', () => {
  it('decodeText reads UTF-8 (dropping a byte-order mark) and falls back to Windows-1252 for real Excel bytes', async () => {
    const { decodeText } = await import('../../src/self-assessment/index.js');
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x59, 0x65, 0x73]))).toEqual({ text: 'Yes', encoding: 'utf-8' });
    // "£50 – “Section 6”" as Excel's "CSV (Comma delimited)" writes it on a UK machine.
    const excel = new Uint8Array([0xa3, 0x35, 0x30, 0x20, 0x96, 0x20, 0x93, 0x53, 0x65, 0x63, 0x74, 0x69, 0x6f, 0x6e, 0x20, 0x36, 0x94, 0x80]);
    expect(decodeText(excel)).toEqual({ text: '£50 – “Section 6”€', encoding: 'windows-1252' });
    // Every byte gets a character: nothing is lost.
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeText(all).text).toHaveLength(256);
    expect(() => decodeText('text' as unknown as Uint8Array)).toThrow(/bytes must be a Uint8Array/);
  });

  it('parseCsv with separator ";" keeps quoted semicolons; the assessment reader finds the separator itself', async () => {
    const { parseCsv: p, parseAssessment } = await import('../../src/self-assessment/index.js');
    const r = p('a;"b; c"\r\n1;2', { separator: ';' });
    expect(r.ok && r.value.map((x) => x.fields)).toEqual([['a', 'b; c'], ['1', '2']]);
    const a = parseAssessment('\uFEFFCode provision;Comply;Evidence\r\n6.3;Yes;"Sections 6, 7"\r\n', 'csv');
    expect(a.ok && a.value.entries[0]).toMatchObject({ provision: '6.3', complies: 'yes', evidence: 'Sections 6, 7', citedSections: ['s.6', 's.7'] });
  });
});
