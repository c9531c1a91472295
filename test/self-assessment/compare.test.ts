import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { type Assessment, assessSelfAssessment, compareAssessments, parseAssessment, renderAssessmentHtml, renderAssessmentMarkdown } from '../../src/self-assessment/index.js';
import { runCli } from '../../src/self-assessment/command.js';

const parsed = parseAssessment(readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8'), 'json');
if (!parsed.ok) throw new Error('the example assessment must parse');
const thisYear: Assessment = { ...parsed.value, date: '2025-11' };

/** Last year's form: four "No" answers, each with the action and target date the form asks for. */
const lastYear: Assessment = {
  ...parsed.value,
  date: '2024-11',
  entries: parsed.value.entries.map((e) => {
    const no = (action: string | undefined, targetDate: string | undefined) => ({
      ...e,
      complies: 'no' as const,
      ...(action !== undefined ? { action } : {}),
      ...(targetDate !== undefined ? { targetDate } : {}),
    });
    if (e.provision === '6.4') return no('State the 10 working day maximum for extensions', '2025-12-31');
    if (e.provision === '6.5') return no("Give the Ombudsman's contact details with every extension", '2025-03-31');
    if (e.provision === '3.7') return no('Add the Ombudsman section to the leaflet', '2025-06-30');
    if (e.provision === '5.12') return no('Keep full records', undefined);
    if (e.provision === '1.2') return { ...e, evidence: 'Section 3' };
    return e;
  }),
};
// This year 3.7 is still No; the others are Yes now.
const current: Assessment = {
  ...thisYear,
  entries: thisYear.entries.map((e) => (e.provision === '3.7' ? { ...e, complies: 'no' as const, action: 'Add the Ombudsman section to the leaflet', targetDate: '2026-03-31' } : e)),
};

describe('compareAssessments: this year against last year', () => {
  const c = compareAssessments(current, lastYear);

  it('every action promised last year, and what became of it by the date of this assessment', () => {
    expect(c.asOf).toBe('2025-11');
    expect(c.actions.map((a) => [a.provision, a.status])).toEqual([
      ['3.7', 'overdue'],
      ['5.12', 'done'],
      ['6.4', 'done-by-target'],
      ['6.5', 'done'],
    ]);
    expect(c.actions[0]?.message).toBe('Provision 3.7: last year\'s action "Add the Ombudsman section to the leaflet" by 2025-06-30 is overdue: the provision is still answered No in an assessment dated 2025-11.');
    expect(c.actions[3]?.message).toContain('the forms do not show whether it was done by the target date');
    expect(c.summary.actions).toEqual({ 'done-by-target': 1, done: 2, overdue: 1, open: 0 });
  });

  it('an action whose target date has not passed is open; the date measured against can be given', () => {
    const early = compareAssessments(current, lastYear, { asOf: '2025-05-01' });
    expect(early.actions.find((a) => a.provision === '3.7')?.status).toBe('open');
    // 6.5 is done by May 2025, but its target was 31 March: whether it was done by then, the forms cannot say.
    expect(early.actions.find((a) => a.provision === '6.5')?.status).toBe('done');
    expect(compareAssessments(current, lastYear, { asOf: '2025-03' }).actions.find((a) => a.provision === '6.5')?.status).toBe('done-by-target');
    // With no date at all, nothing is called overdue or done in time.
    const undated = compareAssessments({ ...current, date: undefined } as Assessment, lastYear);
    expect(undated.actions.map((a) => a.status)).toEqual(['open', 'done', 'done', 'done']);
  });

  it('what changed: answers and evidence, provision by provision', () => {
    expect(c.changes.find((x) => x.provision === '1.2')).toEqual({ provision: '1.2', evidence: { from: 'Section 3', to: 'Covered in Complaints Policy Section 3 – What is a complaint' } });
    expect(c.changes.find((x) => x.provision === '6.4')?.answer).toEqual({ from: 'no', to: 'yes' });
    expect(c.changes.find((x) => x.provision === '3.7')).toBeUndefined(); // No both years, same evidence
    expect(c.summary).toMatchObject({ answersChanged: 3, evidenceChanged: 1 });
    expect(c.findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'action-overdue'],
      ['note', 'action-completion-undated'],
      ['note', 'action-completion-undated'],
    ]);
  });

  it('a Yes that became No is flagged; inputs are not changed', () => {
    const before = JSON.stringify(parsed.value);
    const worse = compareAssessments({ ...parsed.value, entries: parsed.value.entries.map((e) => (e.provision === '2.3' ? { ...e, complies: 'no' as const } : e)) }, parsed.value);
    expect(worse.findings).toEqual([expect.objectContaining({ code: 'answer-now-no', severity: 'warning', source: { provision: '2.3' } })]);
    expect(JSON.stringify(parsed.value)).toBe(before);
  });

  it('bad arguments are named', () => {
    expect(() => compareAssessments(current, null as unknown as Assessment)).toThrow(/previous must be an Assessment/);
    expect(() => compareAssessments(current, lastYear, { asOf: '31/03/2025' })).toThrow(/options.asOf must be written YYYY-MM or YYYY-MM-DD/);
  });

  it('in the report: a "Since last year" section, in Markdown and HTML, and the first page says so', () => {
    const report = assessSelfAssessment(current, { policy: policies.wellington, previous: lastYear });
    expect(report.comparison?.summary.actions.overdue).toBe(1);
    const md = renderAssessmentMarkdown(report);
    expect(md).toContain('## Since last year');
    expect(md).toContain('Since the assessment of November 2024: 3 answers and the evidence of 1 provision changed; of the 4 actions promised, 1 done by the target date, 2 done; date not shown and 1 overdue.');
    expect(md).toContain('| 3.7 | Add the Ombudsman section to the leaflet | 30 June 2025 | No | Overdue |');
    const html = renderAssessmentHtml(report);
    expect(html).toContain('<dt>Compared with</dt><dd>the assessment of November 2024</dd>');
    expect(html).toContain('<h2 id="since-last-year">Since last year</h2>');
  });

  it('the command: --previous with last year\'s file', () => {
    const dir = new URL('../../examples/data/', import.meta.url);
    let stdout = '';
    const files = new Map([['last.json', JSON.stringify(lastYear)], ['this.json', JSON.stringify(current)]]);
    const code = runCli(['self-assess', 'this.json', '--previous', 'last.json', '--policy', 'wellington'], {
      stdout: (t) => (stdout += t),
      stderr: () => {},
      readFile: (p) => files.get(p) ?? readFileSync(new URL(p, dir)),
      writeFile: () => {},
    });
    expect(code).toBe(1); // 3.7 answered No is a breach this year
    expect(stdout).toContain('## Since last year');
    expect(stdout).toContain('| 3.7 | Add the Ombudsman section to the leaflet | 30 June 2025 | No | Overdue |');
  });
});
