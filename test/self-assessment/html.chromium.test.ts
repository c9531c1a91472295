import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { assessSelfAssessment, parseAssessment, renderAssessmentHtml } from '../../src/self-assessment/index.js';

// The HTML report opened in a real browser: Debian's headless Chromium. Where Chromium is absent
// the test is skipped with a reason, except in CI (process.env.CI set), where that is a failure.
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(chromium);
const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!present && !inCi) {
  console.warn(`Skipping the Chromium test of the HTML report: ${chromium} not found (apt-get install chromium to run it).`);
}

const dir = mkdtempSync(join(tmpdir(), 'housing-complaints-html-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const base = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--enable-logging=stderr',
    '--v=0',
  ];
  return new Promise((resolve) => {
    execFile(chromium, [...base, ...args], { encoding: 'utf8', timeout: 60_000, maxBuffer: 20 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

describe('the HTML report in headless Chromium', () => {
  it.runIf(present || inCi)('opens without errors and shows nine section bars, with the chart\'s title and description', { timeout: 90_000 }, async () => {
    expect(present, `${chromium} is required in CI (install the Debian package chromium)`).toBe(true);
    const text = readFileSync(new URL('../../examples/data/wellington-self-assessment-2024-11.json', import.meta.url), 'utf8');
    const parsed = parseAssessment(text, 'json');
    if (!parsed.ok) throw new Error('the example assessment must parse');
    const report = assessSelfAssessment(parsed.value, { policy: policies.chsCommercialClient });
    const file = join(dir, 'self-assessment-report.html');
    writeFileSync(file, renderAssessmentHtml(report));
    const url = pathToFileURL(file).href;
    const png = join(dir, 'shot.png');
    const [dom, shot] = await Promise.all([
      run([`--user-data-dir=${join(dir, 'profile-dom')}`, '--dump-dom', url]),
      run([`--user-data-dir=${join(dir, 'profile-shot')}`, `--screenshot=${png}`, '--window-size=1200,1600', url]),
    ]);
    expect(dom.code, dom.stderr).toBe(0);
    // No page errors: the page has no script, so any console message (an uncaught error, a blocked
    // or failed load) is a fault.
    const pageErrors = `${dom.stderr}\n${shot.stderr}`.split('\n').filter((l) => /:CONSOLE|Uncaught|net::ERR_|Failed to load resource|Not allowed to load/i.test(l));
    expect(pageErrors).toEqual([]);
    // The DOM as the browser built it: nine bars, one per Code section, each with its text label.
    const bars = [...dom.stdout.matchAll(/<li class="section-bar" data-section="([a-z-]+)"[^>]*aria-label="([^"]+)"/g)];
    expect(bars.map((m) => m[1])).toEqual([
      'definition',
      'exclusions',
      'accessibility',
      'staff',
      'process',
      'stages',
      'putting-things-right',
      'self-assessment',
      'scrutiny',
    ]);
    const s2 = report.summary.bySection[1] as (typeof report.summary.bySection)[number];
    expect(bars[1]?.[2]).toBe(`Section 2, Exclusions: ${s2.status.complies}/5 comply, ${s2.status['does-not-comply']} do not`);
    expect(dom.stdout).toContain('<figcaption id="chart-title"><strong>Provisions that comply, by Code section.</strong>');
    expect(dom.stdout).not.toContain('<script');
    // The screenshot was drawn.
    expect(shot.code, shot.stderr).toBe(0);
    expect(existsSync(png)).toBe(true);
    expect(statSync(png).size).toBeGreaterThan(10_000);
  });
});
