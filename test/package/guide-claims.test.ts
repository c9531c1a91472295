// What the guides say the library finds is what it finds: the worked variant with its own sections
// in docs/policy-variants.md (its code block is run and its printed findings compared with the
// text the guide shows), and the self-assessment guide's account of Wellington's real November 2024
// assessment, against Wellington's policy and against Co-op Homes' commercial client policy.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { comparePolicy, lintPolicy, policies, type Policy } from '../../src/policy/index.js';
import { assessSelfAssessment, parseAssessment } from '../../src/self-assessment/index.js';

const read = (p: string) => readFileSync(new URL(`../../${p}`, import.meta.url), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
const WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const num = (w: string) => WORDS[w.toLowerCase()] ?? Number(w);

/** The text between a heading and the next heading of the same or a higher level. */
function section(md: string, heading: string): string {
  const start = md.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const level = /^#+/.exec(heading)![0].length;
  const rest = md.slice(start + heading.length + 2);
  const end = rest.search(new RegExp(`^#{1,${level}} `, 'm'));
  return end < 0 ? rest : rest.slice(0, end);
}

describe('docs/policy-variants.md, "A variant with its own sections": Fern Court', () => {
  const part = section(read('docs/policy-variants.md'), '## A variant with its own sections');
  const code = /```ts\n([\s\S]*?)```/.exec(part)![1]!;
  const shown = /```text\n([\s\S]*?)```/.exec(part)![1]!;

  async function run(): Promise<{ printed: string[]; fern: Policy }> {
    const dir = mkdtempSync(join(tmpdir(), 'housing-complaints-fern-'));
    const file = join(dir, 'fern.ts');
    const src = JSON.stringify(fileURLToPath(new URL('../../src/policy/index.ts', import.meta.url)));
    writeFileSync(file, `${code.replace("'housing-complaints/policy'", src)}\nexport { fern };\n`);
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' ')));
    try {
      const m = (await import(/* @vite-ignore */ file)) as { fern: { ok: true; value: Policy } | { ok: false } };
      if (!m.fern.ok) throw new Error('the guide\'s variant must be valid');
      return { printed, fern: m.fern.value };
    } finally {
      spy.mockRestore();
      rmSync(dir, { recursive: true, force: true });
    }
  }

  it('the findings the guide shows are the ones the block prints: severity, code, provision, section and message', async () => {
    const { printed, fern } = await run();
    // "breach stage2-response-missing-item (6.19, s.5) responses.stages.1.items:" then the message, wrapped.
    const entries = shown.split(/\n(?=(?:breach|warning|note) )/).map((e) => {
      const m = /^(breach|warning|note) (\S+) \(([^,)]+)(?:, ([^)]+))?\) (\S+):\n([\s\S]*)$/.exec(e.trim());
      if (m === null) throw new Error(`unreadable entry: ${e}`);
      return { severity: m[1], code: m[2], provision: m[3], policy: m[4], path: m[5], message: squash(m[6]!) };
    });
    const actual = lintPolicy(fern).filter((f) => f.severity !== 'note');
    expect(entries.map((e) => [e.severity, e.code, e.provision, e.policy, e.path])).toEqual(actual.map((f) => [f.severity, f.code, f.source.provision, f.source.policy, f.path]));
    expect(entries.map((e) => e.message)).toEqual(actual.map((f) => squash(f.message)));
    // And the block prints the same findings.
    expect(printed.slice(0, -1).map((l) => l.split(' ').slice(0, 2).join(' '))).toEqual(actual.map((f) => `${f.severity} ${f.code}`));
  });

  it('the comparison the guide states: its falls-short and silent provisions, and the compliant and not-expressed counts', async () => {
    const { printed, fern } = await run();
    const stated = /`comparePolicy` gives ([^;]+); (\d+) provisions are\s+compliant and (\d+) are ones the policy data cannot express/.exec(part);
    expect(stated).not.toBeNull();
    const listed = [...stated![1]!.matchAll(/`([\d.]+) ([a-z-]+)`/g)].map((m) => `${m[1]} ${m[2]}`).sort();
    const c = comparePolicy(fern);
    expect(listed).toEqual(c.filter((x) => x.status !== 'compliant' && x.status !== 'not-expressed').map((x) => `${x.provision} ${x.status}`).sort());
    expect(JSON.parse(printed.at(-1)!).sort()).toEqual(listed);
    expect(Number(stated![2])).toBe(c.filter((x) => x.status === 'compliant').length);
    expect(Number(stated![3])).toBe(c.filter((x) => x.status === 'not-expressed').length);
  });
});

describe("docs/self-assessment.md: Wellington's real November 2024 assessment", () => {
  const md = read('docs/self-assessment.md');
  const parsed = parseAssessment(read('examples/data/wellington-self-assessment-2024-11.json'), 'json');
  if (!parsed.ok) throw new Error('the example assessment must parse');
  const assessment = parsed.value;

  it('against Wellington: the provisions, breaches, verdict and evidence findings the guide lists', () => {
    const text = section(md, '## Wellington, November 2024: what the check finds');
    const r = assessSelfAssessment(assessment, { policy: policies.wellington });
    const notComplying = r.provisions.filter((p) => p.status === 'does-not-comply').map((p) => p.provision);
    // "finds six of those answers contradicted by the policy's own words — ten breaches"
    const head = /finds (\w+) of those answers contradicted by the policy's own words — (\w+) breaches/.exec(squash(text));
    expect(head).not.toBeNull();
    expect(num(head![1]!)).toBe(notComplying.length);
    expect(num(head![2]!)).toBe(r.findings.filter((f) => f.code === 'answer-contradicts-policy').length);
    // The table of contradictions: "| 2.3 (the time limit) |", "| 6.9 and 6.19 (what ...) |".
    const table = text.slice(text.indexOf('| Provision | What the policy says'), text.indexOf('Each of these is a breach'));
    const rows = [...table.matchAll(/^\| ((?:[\d.]+(?: and )?)+) \(/gm)].flatMap((m) => m[1]!.split(' and '));
    expect(rows).toEqual(notComplying);
    const verdict = /"Does not comply: (\d+) of (\d+) provisions comply, (\d+) do not"/.exec(squash(text));
    expect(verdict?.slice(1).map(Number)).toEqual([r.summary.status.complies, r.summary.provisions, r.summary.status['does-not-comply']]);
    // "Besides the contradictions, five warnings and two notes are about evidence", then one row each.
    const evidence = /(\w+) warnings and (\w+) notes are about evidence/.exec(text);
    const warnings = r.findings.filter((f) => f.severity === 'warning');
    const notes = r.findings.filter((f) => f.severity === 'note');
    expect([num(evidence![1]!), num(evidence![2]!)]).toEqual([warnings.length, notes.length]);
    const evidenceRows = [...text.slice(evidence!.index).matchAll(/^\| ([\d.]+) \(.*?\) \| (Warning|Note):/gm)].map((m) => `${m[1]} ${m[2]!.toLowerCase()}`);
    expect(evidenceRows.sort()).toEqual([...warnings, ...notes].map((f) => `${f.source.provision} ${f.severity}`).sort());
  });

  it("against Co-op Homes' commercial client policy: the provisions that do not comply, the doubtful answers and the evidence citing missing sections", () => {
    const text = section(md, "### The same answers against Co-op Homes' commercial client policy");
    const r = assessSelfAssessment(assessment, { policy: policies.chsCommercialClient });
    const notComplying = r.provisions.filter((p) => p.status === 'does-not-comply').map((p) => p.provision);
    const head = /(\w+) provisions do not comply against that policy \((\d+) of (\d+) comply\)/.exec(text);
    expect(head).not.toBeNull();
    expect([num(head![1]!), Number(head![2]), Number(head![3])]).toEqual([notComplying.length, r.summary.status.complies, r.summary.provisions]);
    // Each bullet names its provisions in bold: "- **6.9** and **6.19** — ...".
    const bulleted = [...text.matchAll(/^- (.*?) —/gm)].flatMap((m) => [...m[1]!.matchAll(/\*\*([\d.]+)\*\*/g)].map((b) => b[1]!));
    expect(bulleted.sort()).toEqual([...notComplying].sort());
    // "Two answers are doubtful (warnings): **6.4** and **6.15**"
    const doubtful = /(\w+) answers are doubtful \(warnings\): \*\*([\d.]+)\*\* and \*\*([\d.]+)\*\*/.exec(squash(text));
    const questioned = r.findings.filter((f) => f.code === 'answer-questioned-by-policy').map((f) => f.source.provision);
    expect([num(doubtful![1]!), doubtful![2], doubtful![3]]).toEqual([questioned.length, ...questioned]);
    // "46 pieces of evidence cite sections 7 to 12"
    const missing = /(\d+) pieces of evidence cite sections (\d+) to (\d+)/.exec(squash(text));
    const unknown = r.findings.filter((f) => f.code === 'evidence-cites-unknown-section');
    expect(Number(missing![1])).toBe(unknown.length);
    const cited = unknown.map((f) => Number(f.source.policy!.replace(/\D+/g, '')));
    expect([Math.min(...cited), Math.max(...cited)]).toEqual([Number(missing![2]), Number(missing![3])]);
    // 6.5 and 6.16 "are not held against it".
    expect(text).toMatch(/\*\*6\.5\*\*, \*\*6\.16\*\*\) are not held against it/);
    expect(r.provisions.filter((p) => p.provision === '6.5' || p.provision === '6.16').map((p) => p.status)).toEqual(['complies', 'complies']);
  });
});
