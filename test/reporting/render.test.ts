import { describe, expect, it } from 'vitest';
import { performanceReport, renderReportHtml, renderReportJson, renderReportMarkdown } from '../../src/reporting/index.js';
import { context, juneDataset } from './fixtures.js';

const report = performanceReport(juneDataset(), context, { from: '2025-06-01', to: '2025-06-30', homes: 600 });

describe('renderReportJson', () => {
  it('round-trips: JSON.parse gives back the report', () => {
    expect(JSON.parse(renderReportJson(report))).toEqual(report);
  });
});

describe('renderReportMarkdown (Code 8.1(b), 9.7(a))', () => {
  const md = renderReportMarkdown(report);
  it('shows CH01 and CH02 with their numerators and denominators', () => {
    expect(md).toContain('| CH01 complaints received per 1,000 homes | 6.7 (4 ÷ 600 homes × 1,000) | 1.7 (1 ÷ 600 homes × 1,000) |');
    expect(md).toContain("| CH02 responded to within the Code's timescales | 66.7% (2 of 3) | 100% (1 of 1) |");
  });
  it('shows refusals by ground (Code 8.1(b): a summary of the types of complaints refused)', () => {
    expect(md).toContain('| Legal proceedings | 1 |');
  });
  it('explains every figure with its source and marks the library readings', () => {
    for (const d of report.definitions) expect(md).toContain(`**${d.figure}**`);
    expect(md).toContain("*(The library's reading.)*");
  });
  it("shows the Ombudsman's determinations by outcome and the orders outstanding (Code 9.7(c))", () => {
    const r = {
      ...report,
      ombudsman: {
        ...report.ombudsman,
        determinations: { total: 2, byOutcome: report.ombudsman.determinations.byOutcome.map((d) => ({ ...d, count: d.outcome === 'severe-maladministration' ? 2 : 0 })) },
        orders: { asOf: '2025-06-30', made: 3, outstanding: 2, overdue: 1, outstandingAfterSevereMaladministration: 2, compliedInPeriod: 1 },
      },
    };
    const text = renderReportMarkdown(r);
    expect(text).toContain('| Severe maladministration | 2 |');
    expect(text).toContain('| … of which overdue | 1 |');
    expect(text).toContain('| … of which from severe maladministration findings | 2 |');
    expect(renderReportHtml(r)).toContain('Housing Ombudsman Service orders as of 2025-06-30');
  });
  it('escapes Markdown in host-supplied text', () => {
    const r = { ...report, categories: [{ category: 'a|b', count: 1 }] };
    expect(renderReportMarkdown(r)).toContain('| a\\|b | 1 |');
  });
});

describe('renderReportHtml: self-contained, accessible charts', () => {
  const html = renderReportHtml(report);
  it('has no script and loads nothing from the network', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<link|<img|@import|url\(/i);
    // The only URL is the SVG namespace, which is an identifier, not a request.
    expect(html.replace(/xmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '')).not.toMatch(/https?:\/\//);
  });
  it('has three inline SVG charts, each with role img, a title and a text description', () => {
    const svgs = html.match(/<svg [^>]*>/g) ?? [];
    expect(svgs).toHaveLength(3);
    for (const s of svgs) expect(s).toMatch(/role="img" aria-labelledby="[\w-]+-t [\w-]+-d"/);
    expect(html).toContain('<title id="chart-volumes-t">Complaints received per month by stage</title>');
    expect(html).toContain('<desc id="chart-volumes-d">Jun 2025: stage 1 4, stage 2 1</desc>');
    expect(html).toContain('Stage 1: within timescale 2, late 1');
  });
  it('is a complete document in English with every figure also in a table', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<th scope="row">Refused at stage 1</th>');
  });
  it('escapes HTML in host-supplied text', () => {
    const r = { ...report, policy: { ...report.policy, organisation: '<b>Co-op & Sons</b>' } };
    const out = renderReportHtml(r);
    expect(out).toContain('&lt;b&gt;Co-op &amp; Sons&lt;/b&gt;');
    expect(out).not.toContain('<b>Co-op');
  });
});

describe('renderers on an empty period', () => {
  const empty = performanceReport([], context, { from: '2025-01-01', to: '2025-03-31' });
  it('render without NaN or undefined, saying there is nothing rather than failing', () => {
    for (const out of [renderReportMarkdown(empty), renderReportHtml(empty), renderReportJson(empty)]) {
      expect(out).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(renderReportMarkdown(empty)).toContain('not computed (number of homes not given)');
    expect(renderReportHtml(empty)).toContain('n/a (none responded to)');
    expect(empty.received.byMonth.map((m) => m.month)).toEqual(['2025-01', '2025-02', '2025-03']);
  });
});

describe('renderReportHtml for people: labels, axes, legends, print and phone', () => {
  const html = renderReportHtml(report);
  it('labels instead of ids for grounds, categories and determinations', () => {
    expect(html).toContain('<th scope="row">Legal proceedings</th>');
    expect(html).not.toMatch(/<th scope="row">[a-z]+(-[a-z]+)+<\/th>/);
  });
  it('the monthly chart has round ticks, month names and the year', () => {
    const chart = html.slice(html.indexOf('<svg role="img" aria-labelledby="chart-volumes-t'), html.indexOf('</svg>'));
    expect(chart).toMatch(/text-anchor="middle" font-size="12">Jun<\/text>/);
    expect(chart).toContain('>2025</text>');
    const ticks = [...chart.matchAll(/font-size="12" text-anchor="end">(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(ticks).toEqual([0, 1, 2, 3, 4]);
    expect(chart).not.toMatch(/>25-06</);
  });
  it('says what the "with extension" columns count', () => {
    expect(html).toContain('<th scope="col" class="num">of which on time with an extension</th>');
    expect(html).toContain('The two &quot;with an extension&quot; columns are parts of on time and of late');
    expect(renderReportMarkdown(report)).toContain('The two "with an extension" columns are parts of on time and of late');
  });
  it('the period in words on the first page, an A4 print stylesheet and a phone layout', () => {
    expect(html).toContain('<dt>Period</dt><dd>1 June 2025 to 30 June 2025</dd>');
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<table class="cards">');
  });
});
