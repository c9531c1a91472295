import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { numRuns } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import {
  type Assessment,
  type AssessmentError,
  code2024,
  formatAssessmentCsv,
  formatAssessmentJson,
  parseAssessment,
  PROVISION_NUMBERS,
  readAnswer,
  readTargetDate,
} from '../../src/self-assessment/index.js';

const jsonText = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
const csvText = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.csv', import.meta.url), 'utf8');

function parsed(text: string, format: 'json' | 'csv'): Assessment {
  const r = parseAssessment(text, format);
  if (!r.ok) throw new Error(r.error.map((e) => e.message).join('\n'));
  return r.value;
}
function errors(text: string, format: 'json' | 'csv'): AssessmentError[] {
  const r = parseAssessment(text, format);
  if (r.ok) throw new Error('expected errors');
  return r.error;
}
const HEADER = 'Code provision,Code requirement,Comply,Evidence,Commentary\r\n';

describe('the Wellington November 2024 assessment as example data', () => {
  const json = parsed(jsonText, 'json');
  const csv = parsed(csvText, 'csv');

  it('answers all 72 provisions once, in form order, all "Yes" (as the form does)', () => {
    expect(json.entries.map((e) => e.provision)).toEqual([...PROVISION_NUMBERS]);
    expect(json.entries.every((e) => e.complies === 'yes')).toBe(true);
    expect(json.organisation).toBe('Wellington Housing Co-operative');
    expect(json.policy).toBe('wellington-2024-11');
  });

  it('the CSV in the form\'s columns holds the same answers and evidence as the JSON', () => {
    expect(csvText.split('\r\n')[0]).toBe('Code provision,Code requirement,Comply,Evidence,Commentary');
    expect(csv.entries).toEqual(json.entries);
  });

  it('records every normalisation of the source text, including "Voc" read as "Yes" at 6.10', () => {
    const n = json.normalisations ?? [];
    expect(n.find((x) => x.provision === '6.10' && x.field === 'complies')).toMatchObject({ from: 'Voc', to: 'Yes' });
    expect(n.find((x) => x.provision === '6.16' && x.field === 'complies')?.from).toContain('103');
    expect(n.find((x) => x.provision === '6.18' && x.field === 'complies')?.from).toContain('.,');
    expect(n.find((x) => x.provision === '3.4')?.to).toBe("Covered in Complaint Policy published on the Co-ops page on CHS's website");
    for (const x of n) expect(x.reason.length).toBeGreaterThan(20);
  });

  it('reads the cited sections from the evidence text', () => {
    const by = new Map(json.entries.map((e) => [e.provision, e]));
    expect(by.get('1.2')?.citedSections).toEqual(['s.3']);
    expect(by.get('6.3')?.citedSections).toEqual(['s.6', 's.7']);
    expect(by.get('5.14')?.citedSections).toEqual(['s.3', 's.4']);
    expect(by.get('8.4')?.citedSections).toEqual([]);
    expect(by.get('9.8')?.citedSections).toEqual([]);
  });
});

describe('parseAssessment: CSV errors name the row and the line', () => {
  it('an unreadable answer such as "Voc" (the extraction of 6.10)', () => {
    const e = errors(`${HEADER}6.9,,Yes,Section 9,\r\n6.10,,Voc,Sections 6 and 7,\r\n`, 'csv');
    expect(e).toEqual([
      expect.objectContaining({ code: 'unreadable-answer', row: 2, line: 3, provision: '6.10', source: expect.objectContaining({ provision: '8.1' }) }),
    ]);
    expect(e[0]?.message).toContain('row 2 (line 3), provision 6.10');
    expect(e[0]?.message).toContain('"Voc"');
  });

  it('an unknown provision such as the stray "0.10" and "6.40" rows of the extraction', () => {
    const e = errors(`${HEADER}0.10,,Yes,x,\r\n6.40,,Yes,x,\r\n6.21,,Yes,x,\r\n`, 'csv');
    expect(e.map((x) => [x.code, x.row, x.provision])).toEqual([
      ['unknown-provision', 1, '0.10'],
      ['unknown-provision', 2, '6.40'],
      ['unknown-provision', 3, '6.21'],
    ]);
    expect(e[2]?.message).toContain('section 6 of the form has no provision 6.21');
  });

  it('a provision answered twice names both rows', () => {
    const e = errors(`${HEADER}6.3,,Yes,x,\r\n6.4,,Yes,x,\r\n6.3,,No,y,\r\n`, 'csv');
    expect(e).toEqual([expect.objectContaining({ code: 'duplicate-provision', row: 3, line: 4, provision: '6.3' })]);
    expect(e[0]?.message).toContain('also at row 1');
  });

  it('a missing answer', () => {
    const e = errors(`${HEADER}6.3,,,x,\r\n`, 'csv');
    expect(e).toEqual([expect.objectContaining({ code: 'missing-answer', row: 1, line: 2, provision: '6.3' })]);
  });

  it('a quoted requirement over several lines moves the line number on', () => {
    const e = errors(`${HEADER}6.3,"two\r\nlines",Yes,x,\r\n6.4,,Maybe,x,\r\n`, 'csv');
    expect(e[0]).toMatchObject({ code: 'unreadable-answer', row: 2, line: 4 });
  });

  it('a missing column, a broken quote, an empty file, a bad target date, an empty provision cell', () => {
    expect(errors('Code provision,Evidence\r\n6.3,x\r\n', 'csv')[0]).toMatchObject({ code: 'missing-column', line: 1 });
    expect(errors(`${HEADER}6.3,"open,Yes,x,\r\n`, 'csv')[0]).toMatchObject({ code: 'invalid-csv', line: 2 });
    expect(errors('', 'csv')[0]?.code).toBe('missing-column');
    expect(errors('Code provision,Comply,Evidence,Action,Target date\r\n6.3,No,x,Fix it,31 March\r\n', 'csv')[0]).toMatchObject({
      code: 'invalid-target-date',
      row: 1,
    });
    expect(errors(`${HEADER},,Yes,x,\r\n`, 'csv')[0]).toMatchObject({ code: 'missing-provision', row: 1 });
  });

  it('reports every problem, not only the first', () => {
    const e = errors(`${HEADER}6.3,,Voc,x,\r\n6.21,,Yes,x,\r\n6.3,,,x,\r\n`, 'csv');
    expect(e.map((x) => x.code)).toEqual(['unreadable-answer', 'unknown-provision', 'duplicate-provision', 'missing-answer']);
  });

  it('accepts the form\'s header "Comply: Yes / No", columns in any order, blank rows, and a UK target date', () => {
    const a = parsed(
      '\uFEFFEvidence,Comply: Yes / No,Code provision,Action,Target date\r\n\r\nSection 6,No,6.3,Shorten stage 1,31/03/2025\r\n,,,,\r\n',
      'csv',
    );
    expect(a.entries).toEqual([
      { provision: '6.3', complies: 'no', evidence: 'Section 6', citedSections: ['s.6'], action: 'Shorten stage 1', targetDate: '2025-03-31' },
    ]);
  });
});

describe('parseAssessment: JSON', () => {
  it('reads an object with entries, or the bare array', () => {
    const entry = { provision: '6.3', complies: 'Yes', evidence: 'Covered in Complaints Policy Sections 6 and 7' };
    expect(parsed(JSON.stringify({ entries: [entry] }), 'json').entries[0]).toEqual({
      provision: '6.3',
      complies: 'yes',
      evidence: 'Covered in Complaints Policy Sections 6 and 7',
      citedSections: ['s.6', 's.7'],
    });
    expect(parsed(JSON.stringify([entry]), 'json').entries).toHaveLength(1);
  });

  it('keeps cited sections given explicitly', () => {
    const a = parsed(JSON.stringify([{ provision: '6.3', complies: 'yes', evidence: 'see the policy', citedSections: ['s.5'] }]), 'json');
    expect(a.entries[0]?.citedSections).toEqual(['s.5']);
  });

  it('names the path of each problem', () => {
    const e = errors(
      JSON.stringify({
        entries: [
          { provision: '6.10', complies: 'Voc', evidence: '' },
          { provision: 6.1, complies: 'yes', evidence: '' },
          { provision: '6.10', complies: 'yes', evidence: '' },
          { provision: '1.1', evidence: '' },
          { provision: '6.3', complies: 'no', evidence: '', targetDate: '2025-02-30' },
          { provision: '6.4', complies: 'yes', evidence: '', colour: 'red' },
        ],
      }),
      'json',
    );
    expect(e.map((x) => [x.code, x.path])).toEqual([
      ['unreadable-answer', 'entries.0.complies'],
      ['invalid-provision', 'entries.1.provision'],
      ['duplicate-provision', 'entries.2.provision'],
      ['unknown-provision', 'entries.3.provision'],
      ['missing-answer', 'entries.3.complies'],
      ['invalid-target-date', 'entries.4.targetDate'],
      ['invalid-field', 'entries.5'],
    ]);
    expect(e[1]?.message).toContain('cannot tell 6.1 from 6.10');
  });

  it('refuses text that is not JSON, or JSON without entries', () => {
    expect(errors('{ nope', 'json')[0]?.code).toBe('invalid-json');
    expect(errors('{"answers": []}', 'json')[0]).toMatchObject({ code: 'invalid-shape', path: 'entries' });
  });
});

describe('reading cells', () => {
  it('answers: Yes, No, N/a in any case; anything else is unreadable', () => {
    expect(['Yes', ' yes ', 'YES.', 'Y'].map(readAnswer)).toEqual(['yes', 'yes', 'yes', 'yes']);
    expect(['No', 'no.', 'N'].map(readAnswer)).toEqual(['no', 'no', 'no']);
    expect(['N/a', 'N/A', 'NA', 'Not applicable'].map(readAnswer)).toEqual(['n/a', 'n/a', 'n/a', 'n/a']);
    expect(['Voc', '103', '.,', 'Partly', ''].map(readAnswer)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('target dates: YYYY-MM-DD or DD/MM/YYYY that exist', () => {
    expect(readTargetDate('2025-03-31')).toBe('2025-03-31');
    expect(readTargetDate('1/4/2025')).toBe('2025-04-01');
    expect(readTargetDate('2025-02-29')).toBeUndefined();
    expect(readTargetDate('March 2025')).toBeUndefined();
  });
});

describe('round trips', () => {
  it('the Wellington assessment: JSON → CSV → entries, and JSON → JSON', () => {
    const a = parsed(jsonText, 'json');
    expect(parsed(formatAssessmentCsv(a), 'csv').entries).toEqual(a.entries);
    expect(parsed(formatAssessmentJson(a), 'json')).toEqual(a);
    expect(formatAssessmentCsv(a)).toBe(csvText);
  });

  it('property: any assessment survives CSV write then read', () => {
    const text = fc
      .string({ unit: fc.constantFrom('a', 'B', ' ', ',', '"', '\n', '–', '7', 'Section 3 ', 'N/a'), maxLength: 30 })
      .map((s) => s.trim());
    const entry = fc.record(
      {
        provision: fc.constantFrom(...PROVISION_NUMBERS),
        complies: fc.constantFrom('yes' as const, 'no' as const, 'n/a' as const),
        evidence: text,
        commentary: text.filter((s) => s !== ''),
        action: text.filter((s) => s !== ''),
        targetDate: fc.constantFrom('2025-03-31', '2024-12-01'),
        citedSections: fc.array(fc.integer({ min: 1, max: 20 }).map((n) => `s.${n}`), { maxLength: 3 }),
      },
      { requiredKeys: ['provision', 'complies', 'evidence'] },
    );
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => e.provision, maxLength: 8 }), (entries) => {
        const first = parsed(JSON.stringify({ entries }), 'json');
        expect(parsed(formatAssessmentCsv(first), 'csv').entries).toEqual(first.entries);
      }),
      { numRuns },
    );
  });

  it('the CSV writer gives every provision the requirement text of code2024', () => {
    const a = parsed(jsonText, 'json');
    const again = formatAssessmentCsv(a);
    for (const p of code2024.slice(0, 5)) expect(again).toContain(p.text.includes(',') ? `"${p.text.replace(/"/g, '""')}"` : p.text);
  });
});

describe('programmer errors throw', () => {
  it('an unknown format or a text that is not a string', () => {
    expect(() => parseAssessment('', 'xlsx' as 'csv')).toThrow(expect.objectContaining({ name: 'HousingComplaintsError', code: 'invalid-argument', path: 'format' }));
    expect(() => parseAssessment(42 as unknown as string, 'csv')).toThrow(expect.objectContaining({ code: 'invalid-argument', path: 'input' }));
  });
});
