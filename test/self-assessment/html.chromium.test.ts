import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { type Assessment, assessSelfAssessment, parseAssessment, renderAssessmentHtml } from '../../src/self-assessment/index.js';
import { checkDrawn, inCi, layout, pngSize, present, printToPdf, screenshot } from '../support/chromium.js';

// The self-assessment report as a committee member sees it: on a phone 375 px wide, on a desktop,
// and printed to PDF by headless Chromium. UPDATE_SCREENSHOTS=1 copies the pictures to docs/images.
const dir = mkdtempSync(join(tmpdir(), 'housing-complaints-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));

const text = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
const parsed = parseAssessment(text, 'json');
if (!parsed.ok) throw new Error('the example assessment must parse');
// Last year's form had two "No" answers with actions; this year's answers them Yes.
const lastYear: Assessment = {
  ...parsed.value,
  date: '2023-11',
  entries: parsed.value.entries.map((e) =>
    e.provision === '6.4' ? { ...e, complies: 'no', action: 'State the 10 working day maximum for extensions', targetDate: '2024-03-31' } : e.provision === '3.7' ? { ...e, complies: 'no', action: 'Publish the Ombudsman leaflet', targetDate: '2024-12-31' } : e,
  ),
};
const report = assessSelfAssessment(parsed.value, { policy: policies.wellington, previous: lastYear });

describe('the self-assessment report in headless Chromium', () => {
  it.runIf(present || inCi)('reads on a phone (no horizontal overflow at 375 px), every chart labelled, and prints on A4 pages', { timeout: 120_000 }, async () => {
    expect(present, 'Chromium is required in CI (install the Debian package chromium)').toBe(true);
    const file = join(dir, 'self-assessment-report.html');
    writeFileSync(file, renderAssessmentHtml(report));
    const phonePng = join(dir, 'self-assessment-phone.png');
    const desktopPng = join(dir, 'self-assessment-desktop.png');
    const pdf = join(dir, 'self-assessment.pdf');
    const [phone, desktop, phoneShot, desktopShot, printed] = await Promise.all([
      layout(dir, file, 375),
      layout(dir, file, 1280),
      screenshot(dir, file, phonePng, 375, 1400),
      screenshot(dir, file, desktopPng, 1280, 1000),
      printToPdf(dir, file, pdf),
    ]);
    // No page errors: the page has no script of its own, so any console message is a fault.
    const errors = [phone, desktop].flatMap((l) => l.run.stderr.split('\n')).filter((l) => /:CONSOLE|Uncaught|net::ERR_|Not allowed to load/i.test(l));
    expect(errors).toEqual([]);

    // On a phone: nothing wider than the screen.
    expect(phone.viewport).toBe(375);
    expect(phone.overflowing).toEqual([]);
    expect(phone.scrollWidth).toBeLessThanOrEqual(375);
    expect(desktop.overflowing).toEqual([]);
    // Every chart labelled: one list of nine bars, captioned, each bar with its own words.
    expect(phone.charts).toEqual([{ kind: 'ol', label: expect.stringContaining('Provisions that comply, by Code section'), texts: 9 }]);

    // Screenshots drawn at the sizes asked; printed to A4 pages, a sane number of them (the provisions table starts its own page).
    const pages = checkDrawn(
      [
        [phoneShot, phonePng, 500],
        [desktopShot, desktopPng, 1280],
      ],
      printed,
      pdf,
    );
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(40);
    if (pdftoppm !== undefined) {
      execFileSync(pdftoppm, ['-png', '-r', '40', '-f', '1', '-l', '2', pdf, join(dir, 'page')]);
      const first = join(dir, `page-${String(1).padStart(String(pages).length, '0')}.png`);
      const size = pngSize(first);
      // A4 portrait: 210 x 297 mm.
      expect(size.height / size.width).toBeCloseTo(297 / 210, 1);
    }
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const images = new URL('../../docs/images/', import.meta.url).pathname;
      mkdirSync(images, { recursive: true });
      copyFileSync(phonePng, join(images, 'self-assessment-phone.png'));
      copyFileSync(desktopPng, join(images, 'self-assessment-desktop.png'));
      if (pdftoppm !== undefined) {
        execFileSync(pdftoppm, ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, join(images, 'self-assessment-print-page-1')]);
      }
    }
  });
});
