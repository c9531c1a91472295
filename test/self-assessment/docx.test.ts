import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { type Assessment, code2024, parseAssessment, renderTemplateDocx } from '../../src/self-assessment/index.js';
import { docx, p, tbl, tr, zip } from './fixtures/docx.js';
import { example, TITLE, wellingtonDocx } from './fixtures/forms.js';

const inflateRaw = (data: Uint8Array, max: number) => inflateRawSync(data, { maxOutputLength: max });
const parsedExample = parseAssessment(JSON.stringify(example), 'json');
if (!parsedExample.ok) throw new Error('example must parse');
const expected = parsedExample.value.entries;

function read(bytes: Uint8Array): Assessment {
  const r = parseAssessment(bytes, 'docx', { inflateRaw });
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  return r.value;
}

describe('parseAssessment(bytes, "docx"): the form as Word has it', () => {
  it('reads the 72 answers and their evidence, as the transcribed example has them, through split, merged and repeated rows', () => {
    const a = read(wellingtonDocx());
    expect(a.entries).toEqual(expected);
    expect(a.title).toBe(TITLE);
    expect(a.date).toBe('2024-11');
  });

  it('stored (uncompressed) entries and a main part named elsewhere by the package relationships', () => {
    const body = `${p('Form')}${tbl([tr(['Code provision', 'Comply', 'Evidence']), tr(['6.3', 'Yes', 'Section 6'])], 3)}`;
    expect(read(docx(body, { store: true })).entries).toEqual([{ provision: '6.3', complies: 'yes', evidence: 'Section 6', citedSections: ['s.6'] }]);
    expect(read(docx(body, { mainPart: 'word/document2.xml' })).entries).toHaveLength(1);
  });

  it('errors name the table, the row and the provision, as for CSV', () => {
    const bytes = wellingtonDocx((provision, cells) => {
      if (provision === '6.10') cells.answer = 'Voc';
      if (provision === '2.3') cells.answer = '';
    });
    const r = parseAssessment(bytes, 'docx', { inflateRaw });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => [e.code, e.table, e.row, e.provision])).toEqual([
      ['missing-answer', 1, 11, '2.3'],
      ['unreadable-answer', 2, 12, '6.10'],
    ]);
    expect(r.error[1]?.message).toBe('table 2, row 12, provision 6.10: the answer "Voc" is not Yes, No or N/a; correct it to Yes or No');
  });

  it('a document without the form\'s table, a file that is not a ZIP, an Excel workbook, a damaged or oversized file: an error, not a crash', () => {
    const noTable = parseAssessment(docx(p('Just a letter')), 'docx', { inflateRaw });
    expect(noTable).toMatchObject({ ok: false, error: [{ code: 'missing-column' }] });
    const noEvidence = parseAssessment(docx(tbl([tr(['Code provision', 'Comply']), tr(['6.3', 'Yes'])], 2)), 'docx', { inflateRaw });
    expect(noEvidence.ok || noEvidence.error[0]?.message).toContain('table 1, row 1: the header row has no "Evidence" column');
    const notZip = parseAssessment(new TextEncoder().encode('Code provision,Comply\r\n'), 'docx', { inflateRaw });
    expect(notZip.ok || notZip.error[0]?.message).toContain('it is not a ZIP file');
    const excel = parseAssessment(zip({ 'xl/workbook.xml': '<workbook/>' }), 'docx', { inflateRaw });
    expect(excel.ok || excel.error[0]?.message).toContain('it looks like an Excel workbook: save it as CSV');
    const good = wellingtonDocx();
    for (const cut of [10, good.length - 30, good.length - 10]) {
      const r = parseAssessment(good.subarray(0, cut), 'docx', { inflateRaw });
      expect(r.ok, `cut at ${cut}`).toBe(false);
      expect(r.ok || r.error[0]?.code).toBe('invalid-document');
    }
    // A part that claims to be small but inflates past the cap is stopped by the inflater.
    const bomb = zip({ 'word/document.xml': 'x'.repeat(70 * 1024 * 1024) });
    const r = parseAssessment(bomb, 'docx', { inflateRaw });
    expect(r.ok || r.error[0]?.message).toMatch(/more than the 67108864 allowed|larger than the 67108864 bytes allowed/);
  });

  it('programmer errors: a docx given as a string, or without an inflater', () => {
    expect(() => parseAssessment('PK', 'docx', { inflateRaw })).toThrow(/must be the file's bytes/);
    expect(() => parseAssessment(new Uint8Array(), 'docx')).toThrow(/needs options.inflateRaw/);
  });
});

describe('renderTemplateDocx: the blank form as a Word document', () => {
  it('is a ZIP another reader opens, and reads back as 72 provisions waiting for an answer', () => {
    const bytes = renderTemplateDocx();
    // Every entry's checksum matches, by node:zlib's crc32 (not the library's own).
    const r = parseAssessment(bytes, 'docx', { inflateRaw });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toHaveLength(72);
    expect(r.error.every((e) => e.code === 'missing-answer')).toBe(true);
    expect(r.error[0]?.message).toBe('table 1, row 3, provision 1.2: the answer (Comply: Yes / No) is empty; write Yes or No');
    // Filled in (Yes and evidence in each provision row), it reads back whole.
    const text = new TextDecoder().decode(bytes);
    const xml = text.slice(text.indexOf('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document'), text.indexOf('</w:document>') + '</w:document>'.length);
    expect(xml).toContain('<w:tblHeader/>');
    const filled = xml.replace(/<w:tr>(.*?)<\/w:tr>/g, (row: string) => {
      const cells = row.split('</w:tc>');
      if (cells.length < 7 || row.includes('<w:trPr>')) return row;
      const fill = (i: number, value: string) => (cells[i] = (cells[i] as string).replace('<w:t xml:space="preserve"></w:t>', `<w:t xml:space="preserve">${value}</w:t>`));
      fill(2, 'Yes');
      fill(3, 'Complaints Policy Section 6');
      return cells.join('</w:tc>');
    });
    const back = read(zip({ '_rels/.rels': text.slice(text.indexOf('<?xml', text.indexOf('_rels/.rels')), text.indexOf('</Relationships>') + 16), 'word/document.xml': filled }));
    expect(back.entries.map((e) => e.provision)).toEqual(code2024.map((x) => x.number));
    expect(back.entries.every((e) => e.complies === 'yes' && e.evidence === 'Complaints Policy Section 6')).toBe(true);
    expect(back.title).toBe('Self-assessment against the Housing Ombudsman Complaint Handling Code 2024');
    expect(renderTemplateDocx()).toEqual(bytes);
  });
});

describe('the readers stay out of Node', () => {
  it('no module of housing-complaints/self-assessment imports a Node built-in (the command line brings zlib)', async () => {
    const { readdirSync } = await import('node:fs');
    const folder = new URL('../../src/self-assessment/', import.meta.url);
    const code = (f: string) => readFileSync(new URL(f, folder), 'utf8').split('\n').filter((l) => !/^\s*(\*|\/\/|\/\*)/.test(l)).join('\n');
    const offenders = readdirSync(folder).filter((f) => /from ['"]node:|require\(['"]node:|import\(['"]node:/.test(code(f)));
    expect(offenders).toEqual([]);
  });
});
