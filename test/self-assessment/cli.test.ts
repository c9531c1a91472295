import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { runCli } from '../../src/self-assessment/command.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const example = join(root, 'examples/data/wellington-self-assessment-2024-11.csv');
const exampleJson = join(root, 'examples/data/wellington-self-assessment-2024-11.json');
const dir = mkdtempSync(join(tmpdir(), 'housing-complaints-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// The command line as users run it, without a build: `tsx src/cli.ts ...` in a child process (the
// project's own tsx, as `npx tsx` runs it, without npx's start-up time). The cases run concurrently.
const tsx = join(root, 'node_modules/.bin/tsx');
function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(tsx, ['src/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 30_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

describe.concurrent('housing-complaints self-assess (child process)', { timeout: 30_000 }, () => {
  it('a good assessment against its own policy: Markdown on standard output, exit 0 (no breach)', async () => {
    const r = await cli('self-assess', example, '--policy', 'wellington');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('# Self-assessment against the Complaint Handling Code 2024');
    expect(r.stdout).toContain('| 6. Complaint stages | 20 | 20 | 0 | 0 | 0 | 0 | 1 | Complies, with evidence gaps |');
  });

  it('the same answers against the CHS policy: breaches found, exit 1; --out writes the file, the summary goes to the terminal', async () => {
    const out = join(dir, 'report.html');
    const r = await cli('self-assess', exampleJson, '--policy', 'chs-commercial-client-2023-09', '--format', 'html', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Does not comply: 69 of 72 provisions comply, 3 do not');
    expect(r.stdout).toContain(`Report written to ${out}`);
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('an unreadable answer ("Voc") is named with its file, line and row; exit 2', async () => {
    const file = join(dir, 'bad.csv');
    writeFileSync(file, 'Code provision,Code requirement,Comply,Evidence,Commentary\r\n6.9,,Yes,Section 9,\r\n6.10,,Voc,Sections 6 and 7,\r\n');
    const r = await cli('self-assess', file, '--policy', 'wellington');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:3: row 2 (line 3), provision 6.10: the answer "Voc" is not Yes, No or N/a`);
  });

  it('--help prints the usage and exits 0; a usage error exits 2', async () => {
    const [help, usage] = await Promise.all([cli('--help'), cli('self-assess', example)]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: housing-complaints self-assess <assessment.json|assessment.csv> --policy <name|policy.json>');
    expect(help.stdout).toContain('Exit codes: 0 no breach found; 1 breaches found; 2 usage error or unreadable file.');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--policy is required');
  });
});

// The same command in-process, for the many error cases: quick, and the code path src/cli.ts runs.
function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string>();
  const code = runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, t) => written.set(p, t),
  });
  return { code, stdout, stderr, written };
}

describe('housing-complaints self-assess (in-process)', () => {
  it('a policy JSON file is read through parsePolicy; --format json gives the report object', () => {
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ ...policies.wellington, timeLimit: { ...policies.wellington.timeLimit, months: 6 } }));
    const r = inProcess('self-assess', example, '--policy', file, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { code: string; source: { provision?: string } }[] };
    expect(report.findings.filter((f) => f.code === 'answer-contradicts-policy').map((f) => f.source.provision)).toEqual(['2.3']);
  });

  it('an invalid policy file: each problem named, exit 2', () => {
    const file = join(dir, 'broken-policy.json');
    writeFileSync(file, JSON.stringify({ ...policies.wellington, stages: [] }));
    const r = inProcess('self-assess', example, '--policy', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the policy file ${file} is not a valid policy:`);
    expect(r.stderr).toContain('stages');
  });

  it('usage errors: a clear message and the usage, exit 2', () => {
    const cases: [string[], string][] = [
      [['self-assess', example], '--policy is required'],
      [['self-assess', example, '--policy', 'acacia'], 'unknown policy "acacia"'],
      [['self-assess', example, '--policy', 'wellington', '--format', 'pdf'], 'unknown format "pdf"'],
      [['self-assess', example, '--polcy', 'wellington'], "Unknown option '--polcy'"],
      [['self-assess', join(dir, 'answers.xlsx'), '--policy', 'wellington'], 'name it .json or .csv'],
      [['self-assess', '--policy', 'wellington'], 'no assessment file given'],
      [['assess', example, '--policy', 'wellington'], 'unknown command "assess"'],
      [[], 'no command given'],
      [['self-assess', example, 'extra.csv', '--policy', 'wellington'], 'unexpected argument: extra.csv'],
    ];
    for (const [args, message] of cases) {
      const r = inProcess(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain(message);
      expect(r.stderr).toContain('Usage: housing-complaints self-assess');
    }
  });

  it('a file that cannot be read, or is not a self-assessment: exit 2 naming the file', () => {
    const missing = inProcess('self-assess', join(dir, 'nowhere.csv'), '--policy', 'wellington');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/cannot read .*nowhere\.csv/);
    const notJson = join(dir, 'not.json');
    writeFileSync(notJson, '{ "entries": [');
    const bad = inProcess('self-assess', notJson, '--policy', 'wellington');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`${notJson}: the file is not valid JSON`);
  });

  it('built-in policies by key (any case) or id', () => {
    for (const name of ['wellington', 'Dennetts', 'chsCommercialClient', 'housing-ombudsman-code-2024']) {
      expect(inProcess('self-assess', example, '--policy', name, '--format', 'csv').code, name).not.toBe(2);
    }
  });

  it('--out writes the report through io and prints the summary', () => {
    const r = inProcess('self-assess', example, '--policy', 'wellington', '--format', 'md', '--out', 'r.md');
    expect(r.code).toBe(0);
    expect(r.written.get('r.md')).toMatch(/^# Self-assessment against the Complaint Handling Code 2024/);
    expect(r.stdout).toContain('Report written to r.md');
  });
});
