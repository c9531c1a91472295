import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { policies } from '../../src/policy/index.js';
import { generateComplaints, performanceReport, renderReportHtml } from '../../src/reporting/index.js';
import { checkDrawn, inCi, layout, present, printToPdf, screenshot } from '../support/chromium.js';

// The annual complaints performance report as the committee sees it: a year of complaints, on a
// phone 375 px wide, on a desktop, and printed to PDF. UPDATE_SCREENSHOTS=1 copies the pictures
// to docs/images.
const dir = mkdtempSync(join(tmpdir(), 'housing-complaints-report-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const pdftoppm = ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm'].find((p) => existsSync(p));

describe('the annual report in headless Chromium', () => {
  it.runIf(present || inCi)('no horizontal overflow at 375 px, every chart labelled with its own text, a sane number of A4 pages', { timeout: 120_000 }, async () => {
    expect(present, 'Chromium is required in CI (install the Debian package chromium)').toBe(true);
    const policy = policies.wellington;
    const calendar = createCalendar({ region: policy.region });
    const complaints = [...generateComplaints({ seed: 7, count: 400, from: '2025-04-01', to: '2026-03-31', policy, calendar })];
    const report = performanceReport(complaints, { policy, calendar }, { from: '2025-04-01', to: '2026-03-31', homes: 600 });
    const file = join(dir, 'annual-report.html');
    writeFileSync(file, renderReportHtml(report));
    const phonePng = join(dir, 'annual-report-phone.png');
    const desktopPng = join(dir, 'annual-report-desktop.png');
    const pdf = join(dir, 'annual-report.pdf');
    const [phone, phoneShot, desktopShot, printed] = await Promise.all([
      layout(dir, file, 375),
      screenshot(dir, file, phonePng, 375, 1400),
      screenshot(dir, file, desktopPng, 1280, 1100),
      printToPdf(dir, file, pdf),
    ]);
    expect(phone.viewport).toBe(375);
    expect(phone.overflowing).toEqual([]);
    expect(phone.scrollWidth).toBeLessThanOrEqual(375);
    // Three charts, each with a title and a description, and text drawn in it (axis, labels, legend).
    expect(phone.charts).toHaveLength(3);
    for (const c of phone.charts) {
      expect(c.kind).toBe('svg');
      expect(c.label.length).toBeGreaterThan(20);
      expect(c.texts).toBeGreaterThan(3);
    }
    expect(phone.charts[0]?.label).toMatch(/^Complaints received per month by stage Apr 2025: stage 1 \d+/);
    const pages = checkDrawn(
      [
        [phoneShot, phonePng, 500],
        [desktopShot, desktopPng, 1280],
      ],
      printed,
      pdf,
    );
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(12);
    if (process.env.UPDATE_SCREENSHOTS === '1') {
      const images = new URL('../../docs/images/', import.meta.url).pathname;
      mkdirSync(images, { recursive: true });
      copyFileSync(phonePng, join(images, 'annual-report-phone.png'));
      copyFileSync(desktopPng, join(images, 'annual-report-desktop.png'));
      if (pdftoppm !== undefined) execFileSync(pdftoppm, ['-png', '-r', '50', '-f', '1', '-l', '1', '-singlefile', pdf, join(images, 'annual-report-print-page-1')]);
    }
  });
});
