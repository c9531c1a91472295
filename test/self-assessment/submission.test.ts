import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import {
  SUBMISSION_RULES,
  assessSelfAssessment,
  parseAssessment,
  renderAssessmentHtml,
  renderAssessmentMarkdown,
  submissionDeadlines,
} from '../../src/self-assessment/index.js';

const parsed = parseAssessment(readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8'), 'json');
if (!parsed.ok) throw new Error('the example assessment must parse');

const due = (homes: number, financialYearEnd: string) => submissionDeadlines({ homes, financialYearEnd }).map((d) => [d.rule.id, d.dueBy]);

describe('annual submissions (Housing Ombudsman, Annual submissions form; Regulator of Social Housing, TSMs)', () => {
  it('"landlords with over 1,000 homes must submit the form by 30 September"', () => {
    expect(due(1200, '2026-03-31')).toEqual([['ombudsman-annual-submission-large', '2026-09-30'], ['tsm-return-large', null]]);
    // a year ending after 30 September: the next 30 September
    expect(due(5000, '2026-12-31')[0]).toEqual(['ombudsman-annual-submission-large', '2027-09-30']);
  });
  it('"landlords with under 1,000 homes must submit the form within 6 months after their financial year-end"', () => {
    expect(due(600, '2026-03-31')).toEqual([['ombudsman-annual-submission-small', '2026-09-30'], ['tsm-small', null]]);
    expect(due(40, '2025-12-31')[0]).toEqual(['ombudsman-annual-submission-small', '2026-06-30']);
    expect(due(40, '2025-08-31')[0]).toEqual(['ombudsman-annual-submission-small', '2026-02-28']);
    expect(due(40, '2025-08-15')[0]).toEqual(['ombudsman-annual-submission-small', '2026-02-15']);
  });
  it('exactly 1,000 homes: the Ombudsman\'s small-landlord rule (a recorded reading) and the regulator\'s return ("1,000 or more")', () => {
    const d = submissionDeadlines({ homes: 1000, financialYearEnd: '2026-03-31' });
    expect(d.map((x) => x.rule.id)).toEqual(['ombudsman-annual-submission-small', 'tsm-return-large']);
    expect(d[0]?.readings.join(' ')).toMatch(/exactly 1,000/);
  });
  it('the TSM return date could not be confirmed: no date, marked unconfirmed with what was found', () => {
    const tsm = SUBMISSION_RULES.find((r) => r.id === 'tsm-return-large');
    expect(tsm?.due).toBeNull();
    expect(tsm?.confirmation.status).toBe('unconfirmed');
    expect(tsm?.confirmation.found).toMatch(/30 June/);
    expect(tsm?.what).toMatch(/LCRA.*LCHO/);
  });
  it('bad options are errors naming the option', () => {
    expect(() => submissionDeadlines({ homes: 0, financialYearEnd: '2026-03-31' })).toThrow(expect.objectContaining({ path: 'options.homes' }));
    expect(() => submissionDeadlines({ homes: 10, financialYearEnd: '2026-02-30' })).toThrow(expect.objectContaining({ path: 'options.financialYearEnd' }));
  });
  it('the self-assessment report gives the dates in Markdown and HTML', () => {
    const report = assessSelfAssessment(parsed.value, { policy: policies.wellington, homes: 600, financialYearEnd: '2026-03-31' });
    expect(report.submission?.[0]?.dueBy).toBe('2026-09-30');
    const md = renderAssessmentMarkdown(report);
    expect(md).toContain('## Annual submission');
    expect(md).toContain('due by Wednesday 30 September 2026');
    expect(renderAssessmentHtml(report)).toContain('<h2 id="submission">Annual submission</h2>');
    const without = assessSelfAssessment(parsed.value, { policy: policies.wellington });
    expect(without.submission).toBeNull();
    expect(renderAssessmentMarkdown(without)).toContain('by 30 September for landlords with over 1,000 homes');
  });
});
