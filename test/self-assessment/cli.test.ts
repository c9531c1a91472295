import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { runCli } from '../../src/self-assessment/command.js';
import { wellingtonDocx, wellingtonHtml } from './fixtures/forms.js';

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
    execFile(tsx, ['src/cli.ts', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout, stderr });
    });
  });
}

describe.concurrent('housing-complaints self-assess (child process)', { timeout: 150_000 }, () => {
  it("Wellington's assessment against its own policy: Markdown on standard output; the gaps in the policy's own words are breaches, exit 1", async () => {
    const r = await cli('self-assess', example, '--policy', 'wellington');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('# Self-assessment against the Complaint Handling Code 2024');
    expect(r.stdout).toContain('Does not comply: 66 of 72 provisions comply, 6 do not');
    expect(r.stdout).toContain('| 6. Complaint stages | 20 | 20 | 0 | 0 | 0 | 4 | 1 | Does not comply |');
  });

  it('the same answers against the CHS policy: breaches found, exit 1; --out writes the file, the summary goes to the terminal', async () => {
    const out = join(dir, 'report.html');
    const r = await cli('self-assess', exampleJson, '--policy', 'chs-commercial-client-2023-09', '--format', 'html', '--out', out);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('Does not comply: 65 of 72 provisions comply, 7 do not');
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
    const [help, usage, version] = await Promise.all([cli('self-assess', '--help'), cli('self-assess', example), cli('--version')]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: housing-complaints self-assess <file> --policy <policy> [options]');
    expect(help.stdout).toContain('Exit codes:');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('--policy is required');
    // The version is the package's own.
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    expect(version).toMatchObject({ code: 0, stdout: `housing-complaints ${pkg.version}\n` });
  });

  it('the auditor with the filled-in Word form, or the web page, runs one command and gets a report to print', async () => {
    const docxFile = join(dir, 'wellington-2024-11.docx');
    const htmlFile = join(dir, 'wellington-2024-11.html');
    writeFileSync(docxFile, wellingtonDocx());
    writeFileSync(htmlFile, wellingtonHtml());
    const [fromWord, fromWeb] = await Promise.all([
      cli('self-assess', docxFile, '--policy', 'wellington', '--organisation', 'Wellington Housing Co-operative', '--format', 'html', '--out', join(dir, 'word.html')),
      cli('self-assess', htmlFile, '--policy', 'wellington', '--organisation', 'Wellington Housing Co-operative', '--format', 'html', '--out', join(dir, 'web.html')),
    ]);
    for (const [r, out] of [[fromWord, 'word.html'], [fromWeb, 'web.html']] as const) {
      expect(r.code, r.stderr).toBe(1);
      expect(r.stdout).toContain('Does not comply: 66 of 72 provisions comply, 6 do not');
      const html = readFileSync(join(dir, out), 'utf8');
      expect(html).toContain('<h1>Wellington Housing Co-operative: self-assessment against the Complaint Handling Code 2024</h1>');
      expect(html).toContain('<dt>Date of assessment</dt><dd>November 2024</dd>');
    }
  });

  it('- reads the assessment from standard input', async () => {
    const r = await new Promise<{ code: number | null; stdout: string }>((resolve) => {
      const child = execFile(tsx, ['src/cli.ts', 'self-assess', '-', '--policy', 'wellington', '--format', 'csv'], { cwd: root, encoding: 'utf8', timeout: 120_000 }, (error, stdout) =>
        resolve({ code: error === null ? 0 : typeof error.code === 'number' ? error.code : null, stdout }),
      );
      child.stdin?.end(readFileSync(example));
    });
    expect(r.code).toBe(1);
    expect(r.stdout.split('\r\n')[0]).toBe('Code provision,Code section,Answer,Status,Severity,Finding,Policy section,Message');
  });
});

// The same command in-process, for the many error cases: quick, and the code path src/cli.ts runs.
let stdin: Uint8Array | undefined;
function inProcess(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const written = new Map<string, string | Uint8Array>();
  const code = runCli(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readFile: (p) => readFileSync(p),
    readStdin: () => stdin ?? new Uint8Array(),
    writeFile: (p, t) => written.set(p, t),
    version: '9.9.9',
  });
  return { code, stdout, stderr, written };
}

describe('housing-complaints self-assess (in-process)', () => {
  it('a policy JSON file is read through parsePolicy; --format json gives the report object', () => {
    const file = join(dir, 'policy.json');
    writeFileSync(file, JSON.stringify({ ...policies.wellington, timeLimit: { ...policies.wellington.timeLimit, months: 6 } }));
    const r = inProcess('self-assess', example, '--policy', file, '--format', 'json');
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout) as { findings: { code: string; message: string; source: { provision?: string } }[] };
    const contradicted = report.findings.filter((f) => f.code === 'answer-contradicts-policy').map((f) => f.source.provision);
    // The six months read from the file (time-limit-too-short) beside Wellington's own awareness gap, both on 2.3.
    expect(contradicted.filter((p) => p === '2.3')).toHaveLength(2);
    expect(report.findings.some((f) => f.code === 'answer-contradicts-policy' && f.source.provision === '2.3' && /6 months/.test(f.message))).toBe(true);
  });

  it('an invalid policy file: each problem named, exit 2', () => {
    const file = join(dir, 'broken-policy.json');
    writeFileSync(file, JSON.stringify({ ...policies.wellington, stages: [] }));
    const r = inProcess('self-assess', example, '--policy', file);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`the policy file ${file} is not a valid policy:`);
    expect(r.stderr).toContain('stages');
  });

  it('usage errors: one line in its own words and one line saying where the help is, exit 2', () => {
    const cases: [string[], string][] = [
      [['self-assess', example], '--policy is required'],
      [['self-assess', example, '--policy', 'acacia'], 'unknown policy "acacia"'],
      [['self-assess', example, '--policy', 'welington'], 'unknown policy "welington" (did you mean wellington?)'],
      [['self-assess', example, '--policy', 'wellington', '--format', 'pdf'], 'unknown format "pdf"'],
      [['self-assess', example, '--polcy', 'wellington'], 'unknown option --polcy (did you mean --policy?)'],
      [['self-assess', example, '--policy'], '--policy needs a value: --policy <policy>'],
      [['self-assess', example, '--policy', '--format', 'md'], '--policy needs a value'],
      [['self-assess', example, '--policy', 'wellington', '--policy', 'dennetts'], '--policy is given twice'],
      [['self-assess', example, '--help=yes'], '--help takes no value'],
      [['self-assess', example, '-x'], 'unknown option -x'],
      [['self-assess', join(dir, 'answers.xlsx'), '--policy', 'wellington'], 'is an Excel workbook: save it from Excel as "CSV UTF-8 (Comma delimited)"'],
      [['self-assess', join(dir, 'answers.pdf'), '--policy', 'wellington'], 'name it .docx, .html, .csv or .json, or give --input-format'],
      [['self-assess', join(dir, 'answers.doc'), '--policy', 'wellington'], 'save it as .docx'],
      [['template', '--format', 'docx'], 'a .docx template is a binary file: give --out <file>.docx'],
      [['self-assess', '--policy', 'wellington'], 'no assessment file given'],
      [['self-assess', example, '--policy', 'wellington', '--date', '2024/11'], '--date must be written YYYY-MM or YYYY-MM-DD'],
      [['self-assess', example, '--policy', 'wellington', '--input-format', 'xls'], 'unknown input format "xls"'],
      [['assess', example, '--policy', 'wellington'], 'unknown command "assess" (did you mean self-assess?)'],
      [['templat'], 'unknown command "templat" (did you mean template?)'],
      [['help', 'selfassess'], 'no help on "selfassess"'],
      [['--polcy'], 'unknown option --polcy'],
      [[], 'no command given'],
      [['self-assess', example, 'extra.csv', '--policy', 'wellington'], 'unexpected argument: extra.csv'],
      [['template', '--format', 'xlsx'], 'unknown template format "xlsx"'],
    ];
    for (const [args, message] of cases) {
      const r = inProcess(...args);
      expect(r.code, args.join(' ')).toBe(2);
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, args.join(' ')).toHaveLength(2);
      expect(lines[0], args.join(' ')).toMatch(/^housing-complaints: /);
      expect(lines[0], args.join(' ')).toContain(message);
      expect(lines[1]).toMatch(/^Run 'housing-complaints (--help|help (self-assess|template))' for /);
      // None of Node's own argument-parser wording.
      expect(r.stderr).not.toMatch(/positional argument|ERR_PARSE_ARGS|Unknown option '/);
      expect(r.stdout).toBe('');
    }
  });

  it('help, help <command>, --help and -h; examples in every help; --version', () => {
    const main = inProcess('help');
    expect(main.code).toBe(0);
    expect(main.stdout).toMatch(/^Usage: housing-complaints <command> \[options\]/);
    expect(main.stdout).toContain('Examples:');
    expect(inProcess('--help').stdout).toBe(main.stdout);
    expect(inProcess('-h').stdout).toBe(main.stdout);
    for (const command of ['self-assess', 'template']) {
      const h = inProcess('help', command);
      expect(h.code).toBe(0);
      expect(h.stdout).toMatch(new RegExp(`^Usage: housing-complaints ${command}`));
      expect(h.stdout).toContain('Examples:');
      expect(h.stdout).toContain('Exit codes:');
      expect(inProcess(command, '--help').stdout).toBe(h.stdout);
      expect(inProcess(command, '-h').stdout).toBe(h.stdout);
    }
    expect(inProcess('--version')).toMatchObject({ code: 0, stdout: 'housing-complaints 9.9.9\n' });
    expect(inProcess('-V').stdout).toBe('housing-complaints 9.9.9\n');
  });

  it('no colour, whatever NO_COLOR says: no terminal escape in any output', () => {
    for (const args of [['help'], ['self-assess', example, '--policy', 'chsCommercialClient'], ['self-assess', example, '--policy', 'wellington', '--out', 'x.md']]) {
      const r = inProcess(...args);
      expect(`${r.stdout}${r.stderr}`).not.toContain('\u001b[');
    }
  });

  it('- reads standard input; its format is told from its first character, or given by --input-format', () => {
    stdin = readFileSync(exampleJson);
    const json = inProcess('self-assess', '-', '--policy', 'wellington', '--format', 'csv');
    stdin = readFileSync(example);
    const csv = inProcess('self-assess', '-', '--policy', 'wellington', '--format', 'csv');
    const given = inProcess('self-assess', '-', '--input-format', 'csv', '--policy', 'wellington', '--format', 'csv');
    stdin = undefined;
    expect(json.code).toBe(1);
    expect(csv.code).toBe(1);
    expect(csv.stdout).toBe(json.stdout);
    expect(given.stdout).toBe(csv.stdout);
  });

  it('--organisation, --date and --title put who, when and what on the report', () => {
    const r = inProcess('self-assess', example, '--policy', 'wellington', '--organisation', 'Wellington Housing Co-operative', '--date', '2024-11', '--title', 'Annual self-assessment');
    expect(r.stdout).toContain('# Wellington Housing Co-operative: self-assessment against the Complaint Handling Code 2024');
    expect(r.stdout).toContain('Assessment: Annual self-assessment  \nDate of assessment: November 2024');
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

  it('a built-in policy not measured against the Code 2024 (the SPSO model) is refused with its reason, exit 2', () => {
    const r = inProcess('self-assess', example, '--policy', 'spsoModelScotland');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('the policy "spsoModelScotland" (A Scottish social landlord (SPSO model procedure)) is not measured against the Complaint Handling Code 2024, so self-assess cannot check it');
    expect(r.stderr).toContain("--policy.ombudsman.scheme must be one of 'housing-ombudsman'");
    expect(r.stderr).toContain('SPSO Model Complaints Handling Procedure');
    // The help says which built-ins are refused.
    expect(inProcess('help', 'self-assess').stdout).toMatch(/not measured\s+against the Code 2024 \(spsoModelScotland\) is refused/);
  });

  it('--out writes the report through io and prints the summary', () => {
    const r = inProcess('self-assess', example, '--policy', 'wellington', '--format', 'md', '--out', 'r.md');
    expect(r.code).toBe(1);
    expect(r.written.get('r.md')).toMatch(/^# Self-assessment against the Complaint Handling Code 2024/);
    expect(r.stdout).toContain('Report written to r.md');
  });

  it('a CSV saved by Excel as Windows-1252: read, and the user told how to save it as UTF-8', () => {
    const file = join(dir, 'excel-1252.csv');
    // "Covered in Section 6 – Complaints" with an en dash (0x96) and curly quotes (0x93, 0x94), as Excel writes them.
    const row = Buffer.concat([Buffer.from('6.3,,Yes,Covered in Section 6 '), Buffer.from([0x96]), Buffer.from(' '), Buffer.from([0x93]), Buffer.from('Complaints'), Buffer.from([0x94]), Buffer.from(',\r\n')]);
    writeFileSync(file, Buffer.concat([Buffer.from('Code provision,Code requirement,Comply,Evidence,Commentary\r\n'), row]));
    const r = inProcess('self-assess', file, '--policy', 'wellington', '--format', 'json');
    expect(r.stderr).toContain(`${file} is not UTF-8; read it as Windows-1252`);
    expect(r.stderr).toContain('CSV UTF-8 (Comma delimited)');
    const report = JSON.parse(r.stdout) as { provisions: { provision: string; evidence?: string }[] };
    expect(report.provisions.find((p) => p.provision === '6.3')?.evidence).toBe('Covered in Section 6 \u2013 \u201cComplaints\u201d');
  });

  it('a CSV with semicolons between fields (Excel where the decimal separator is a comma) is read', () => {
    const file = join(dir, 'semicolons.csv');
    writeFileSync(file, 'Code provision;Code requirement;Comply;Evidence;Commentary\r\n6.3;;Yes;"Sections 6; 7";\r\n6.10;;Voc;x;\r\n');
    const r = inProcess('self-assess', file, '--policy', 'wellington');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:3: row 2 (line 3), provision 6.10: the answer "Voc" is not Yes, No or N/a`);
  });

  it('a Word document with a wrong answer: the file, table, row and provision named; --input-format docx for another name', () => {
    const file = join(dir, 'form.bin');
    writeFileSync(file, wellingtonDocx((provision, cells) => { if (provision === '6.10') cells.answer = 'Voc'; }));
    let stderr = '';
    const code = runCli(['self-assess', file, '--input-format', 'docx', '--policy', 'wellington'], {
      stdout: () => {}, stderr: (t) => (stderr += t), readFile: (p) => readFileSync(p), writeFile: () => {},
      inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: max }),
    });
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: table 2, row 12, provision 6.10: the answer "Voc" is not Yes, No or N/a`);
  });

  it('template --format docx writes the blank form as a Word document', () => {
    const r = inProcess('template', '--format', 'docx', '--out', 'blank.docx');
    expect(r.code).toBe(0);
    const bytes = r.written.get('blank.docx') as Uint8Array;
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('template writes the 72 provisions with their requirements, ready to fill in and read back', () => {
    const r = inProcess('template', '--out', 'blank.csv');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Template written to blank.csv');
    const csv = r.written.get('blank.csv') as string;
    expect(csv.startsWith('\uFEFFCode provision,Code requirement,Comply: Yes / No,Evidence,Commentary / explanation,Action,Target date\r\n')).toBe(true);
    expect(csv.split('\r\n').filter((l) => l !== '')).toHaveLength(73);
    const onStdout = inProcess('template');
    expect(onStdout.stdout).toBe(csv);
    // Filled in, it is read back: an empty answer is named by row and line.
    const file = join(dir, 'blank.csv');
    writeFileSync(file, csv);
    const blank = inProcess('self-assess', file, '--policy', 'wellington');
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('(72 problems)');
    expect(blank.stderr).toContain(`${file}:2: row 1 (line 2), provision 1.2: the answer (Comply: Yes / No) is empty`);
  });
});

describe('what ships in the package', () => {
  it('the blank template in examples/data is the one the template command writes', async () => {
    const { renderTemplateCsv } = await import('../../src/self-assessment/index.js');
    expect(readFileSync(join(root, 'examples/data/self-assessment-template.csv'), 'utf8')).toBe(renderTemplateCsv());
  });

  it('package.json files include the example data and the template', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] };
    expect(pkg.files).toContain('examples/data');
  });
});
