// Debian's headless Chromium, driven from the command line: the page's DOM after layout (with a
// measuring script added to a copy of the page), screenshots at a given window size, and the page
// printed to PDF. Where Chromium is absent the tests using it are skipped with a reason, except in
// CI (process.env.CI set), where that is a failure.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const present = existsSync(chromium);
export const inCi = process.env.CI !== undefined && process.env.CI !== '' && process.env.CI !== 'false';
if (!present && !inCi) console.warn(`Skipping the Chromium tests: ${chromium} not found (apt-get install chromium to run them).`);

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

let profile = 0;
export function run(dir: string, args: string[], program = chromium): Promise<Run> {
  const base = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--hide-scrollbars',
    '--force-device-scale-factor=1',
    // The narrow layout is measured in a frame of the phone's width (headless windows are at least
    // 500 px wide); the frame's page reports back to the page holding it.
    '--allow-file-access-from-files',
    `--user-data-dir=${join(dir, `profile-${profile++}`)}`,
  ];
  return new Promise((resolve) => {
    execFile(program, program === chromium ? [...base, ...args] : args, { encoding: 'utf8', timeout: 90_000, maxBuffer: 50 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

/** What the measuring script finds once the page is laid out. */
export interface Layout {
  viewport: number;
  scrollWidth: number;
  /** Elements reaching past the right edge of the window (or the left), with where they end. */
  overflowing: string[];
  /** Every chart (an svg, or a list of bars) and the text that labels it. */
  charts: { kind: string; label: string; texts: number }[];
}

const MEASURE = `<script>
(() => {
  const vw = document.documentElement.clientWidth;
  const overflowing = [...document.querySelectorAll('body *')]
    .filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5); })
    .map((e) => e.tagName.toLowerCase() + (e.className && typeof e.className === 'string' ? '.' + e.className.split(' ').join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().left) + '..' + Math.round(e.getBoundingClientRect().right));
  const text = (ids) => (ids || '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
  const charts = [...document.querySelectorAll('svg, ol.bars')].map((c) => ({
    kind: c.tagName.toLowerCase(),
    label: c.tagName.toLowerCase() === 'svg' ? text(c.getAttribute('aria-labelledby')) : text(c.closest('figure')?.getAttribute('aria-labelledby')),
    texts: c.tagName.toLowerCase() === 'svg' ? c.querySelectorAll('text').length : c.querySelectorAll('li[aria-label]').length,
  }));
  const result = JSON.stringify({ viewport: vw, scrollWidth: document.documentElement.scrollWidth, overflowing, charts });
  (window.parent !== window ? window.parent.document.body : document.body).setAttribute('data-layout', result);
})();
</script>`;

/** A page holding `page` in a frame `width` pixels wide and `height` high, as a phone would show it. */
export function framed(htmlFile: string, page: string, width: number, height: number): string {
  const holder = htmlFile.replace(/\.html$/, `.frame-${width}x${height}${page === htmlFile ? '' : '-measure'}.html`);
  writeFileSync(
    holder,
    // srcdoc: the frame shares the holder's origin, so its script can report to the holder.
    `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="margin:0;background:#e0e0e0"><iframe srcdoc="${readFileSync(page, 'utf8').replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" style="display:block;border:0;width:${width}px;height:${height}px;background:#fff"></iframe></body></html>`,
  );
  return holder;
}

/** Lays the page out `width` pixels wide (in a frame of that width) and measures it, on a copy with a script added. */
export async function layout(dir: string, htmlFile: string, width: number): Promise<Layout & { run: Run }> {
  const copy = htmlFile.replace(/\.html$/, `.measure-${width}.html`);
  writeFileSync(copy, readFileSync(htmlFile, 'utf8').replace('</body>', `${MEASURE}</body>`));
  const holder = framed(htmlFile, copy, width, 900);
  const r = await run(dir, [`--window-size=${Math.max(width, 800)},900`, '--dump-dom', pathToFileURL(holder).href]);
  const m = /data-layout="([^"]*)"/.exec(r.stdout);
  if (m === null) throw new Error(`no layout measured (exit ${r.code}): ${r.stderr.slice(-2000)}`);
  const json = (m[1] as string).replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return { ...(JSON.parse(json) as Layout), run: r };
}

/** A screenshot of the page `width` pixels wide; below 500 px (the narrowest headless window) the page sits in a frame at the left of a 500 px window. */
export function screenshot(dir: string, htmlFile: string, png: string, width: number, height: number): Promise<Run> {
  const target = width < 500 ? framed(htmlFile, htmlFile, width, height) : htmlFile;
  return run(dir, [`--window-size=${Math.max(width, 500)},${height}`, `--screenshot=${png}`, pathToFileURL(target).href]);
}

export function printToPdf(dir: string, htmlFile: string, pdf: string): Promise<Run> {
  return run(dir, ['--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(htmlFile).href]);
}

/** The number of pages of a PDF, read from its page objects. */
export function pdfPages(pdf: string): number {
  return (readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** The width and height of a PNG, from its header. */
export function pngSize(png: string): { width: number; height: number } {
  const b = readFileSync(png);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

/** What a screenshot and a print must be: drawn, at the width asked (500 for the framed phone), and a PDF of some pages; gives the page count. */
export function checkDrawn(shots: readonly (readonly [Run, string, number])[], printed: Run, pdf: string): number {
  for (const [r, png, width] of shots) {
    if (r.code !== 0) throw new Error(`screenshot ${png} failed: ${r.stderr.slice(-500)}`);
    const size = pngSize(png);
    if (size.width !== width) throw new Error(`screenshot ${png} is ${size.width} px wide, not ${width}`);
    if (statSync(png).size < 20_000) throw new Error(`screenshot ${png} is nearly empty`);
  }
  if (printed.code !== 0) throw new Error(`printing ${pdf} failed: ${printed.stderr.slice(-500)}`);
  return pdfPages(pdf);
}
