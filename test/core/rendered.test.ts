/**
 * The renderers' output, byte for byte: each report kept in test/fixtures/rendered (the example
 * data's self-assessment against two policies, and the example's annual report) must render exactly
 * as it did when the files were written. A change to how a renderer builds its text (for speed, say)
 * can then change neither a character of the content nor of its escaping. A change meant to alter
 * the output rewrites the files with `npx tsx test/fixtures/rendered/make.ts`, and the diff shows it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReportCsv, renderReportHtml, renderReportMarkdown } from '../../src/reporting/index.js';
import { renderAssessmentCsv, renderAssessmentHtml, renderAssessmentMarkdown, renderAssessmentSummary } from '../../src/self-assessment/index.js';
import { RENDERED } from '../fixtures/rendered/cases.js';

const read = (name: string) => readFileSync(new URL(`../fixtures/rendered/${name}`, import.meta.url), 'utf8');

const renderers: Record<'assessment' | 'report', Record<string, (report: never) => string>> = {
  assessment: { html: renderAssessmentHtml, md: renderAssessmentMarkdown, csv: renderAssessmentCsv, txt: renderAssessmentSummary },
  report: { html: renderReportHtml, md: renderReportMarkdown, csv: renderReportCsv },
};

describe('renderers give the same text as when the fixtures were written', () => {
  for (const c of RENDERED) {
    for (const ext of c.outputs) {
      it(`${c.name}.${ext}`, () => {
        const report = JSON.parse(read(`${c.name}.json`)) as never;
        const expected = read(`${c.name}.${ext}`);
        expect(expected.length).toBeGreaterThan(1000);
        const out = renderers[c.kind][ext]!(report);
        // Compared as a whole, then (for a readable failure) the first line that differs.
        if (out !== expected) {
          const a = out.split('\n');
          const b = expected.split('\n');
          const i = a.findIndex((l, j) => l !== b[j]);
          expect({ line: i + 1, text: a[i] }).toEqual({ line: i + 1, text: b[i] });
        }
        expect(out).toBe(expected);
      });
    }
  }
});
