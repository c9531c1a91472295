/**
 * The commands behind the `housing-complaints` command line (src/cli.ts): arguments in, report
 * out, exit code back. Files are read and written through the `io` it is given, so the commands
 * themselves do no I/O of their own and can be tested in-process.
 */
import { HousingComplaintsError } from '../core/errors.js';
import { parsePolicy, policies, type Policy } from '../policy/index.js';
import { measuredByCode } from '../policy/scheme-basics.js';
import { assertAssessedAgainstCode, assessSelfAssessment } from './assess.js';
import { decodeText } from './decode.js';
import { parseAssessment, type AssessmentFormat, type ParseAssessmentOptions } from './parse.js';
import type { InflateRaw } from './zip.js';
import { renderTemplateDocx } from './docx.js';
import type { Assessment } from './schema.js';
import {
  renderAssessmentCsv,
  renderAssessmentHtml,
  renderAssessmentJson,
  renderAssessmentMarkdown,
  renderAssessmentSummary,
} from './render.js';
import { renderTemplateCsv } from './template.js';
import { describeOptions, parseArguments, suggest, UsageError, type OptionSpec } from './args.js';
import { guideUrl } from '../core/links.js';

const PROGRAM = 'housing-complaints';
const REPORT_FORMATS = ['md', 'csv', 'html', 'json'] as const;
type ReportFormat = (typeof REPORT_FORMATS)[number];
const INPUT_FORMATS = ['csv', 'json', 'docx', 'html'] as const satisfies readonly AssessmentFormat[];
const TEMPLATE_FORMATS = ['csv', 'docx'] as const;

/**
 * Where the command reads and writes. `readFile` may give bytes (then the command finds the
 * encoding: UTF-8, or Windows-1252 as Excel saves CSV) or text already decoded.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t),
 *   readFile: (p) => readFileSync(p), writeFile: (p, t) => writeFileSync(p, t),
 *   readStdin: () => readFileSync(0), version: '0.1.0' };
 * ```
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string | Uint8Array;
  readonly writeFile: (path: string, data: string | Uint8Array) => void;
  /** Standard input, read whole, for the file name `-`. */
  readonly readStdin?: () => string | Uint8Array;
  /** The package version, for `--version`. */
  readonly version?: string;
  /** Inflates raw DEFLATE data, for reading .docx files (see {@link ParseAssessmentOptions}). */
  readonly inflateRaw?: InflateRaw;
}

const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  { name: 'help', short: 'h', description: 'show this help' },
  { name: 'version', short: 'V', description: 'show the version' },
];

/** The built-in policies whose scheme measures them against the Code 2024 (the self-assessment is the Code's form), and the others. */
function policyKeysByCode(): { code: string[]; other: string[] } {
  const keys = { code: [] as string[], other: [] as string[] };
  for (const [k, p] of Object.entries(policies)) (measuredByCode(p) ? keys.code : keys.other).push(k);
  return keys;
}
const BY_CODE = policyKeysByCode();

const SELF_ASSESS_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'policy',
    value: '<policy>',
    description: `the policy the assessment describes: a built-in policy\n(${BY_CODE.code.join(', ')}, or an id such as ${policies.wellington.id}),\nor a policy JSON file (required); a policy in a scheme not measured\nagainst the Code 2024 (${BY_CODE.other.join(', ')}) is refused`,
  },
  { name: 'format', value: '<format>', description: 'the report: md (the default), html, csv or json' },
  { name: 'out', value: '<file>', description: 'write the report to this file (a summary goes to standard output)' },
  { name: 'input-format', value: '<format>', description: 'read the assessment as csv, json, docx or html whatever its name\n(for standard input it is told from the content)' },
  { name: 'organisation', value: '<name>', description: 'the landlord, for the report\'s title (overrides the file\'s)' },
  { name: 'date', value: '<date>', description: 'when the assessment was made, YYYY-MM or YYYY-MM-DD (overrides the file\'s)' },
  { name: 'title', value: '<title>', description: 'the assessment\'s title (overrides the file\'s)' },
  { name: 'previous', value: '<file>', description: 'last year\'s assessment (any of the formats above): the report says what\nchanged and what became of the actions promised for each No' },
  { name: 'help', short: 'h', description: 'show this help' },
];

const TEMPLATE_OPTIONS: readonly OptionSpec[] = [
  { name: 'format', value: '<format>', description: 'csv (the default) or docx (a Word table, as the Ombudsman\'s form)' },
  { name: 'out', value: '<file>', description: 'write the template to this file instead of standard output' },
  { name: 'help', short: 'h', description: 'show this help' },
];

const EXIT_CODES = `Exit codes:
  0  no breach found (or, for template and help, done)
  1  breaches found: the assessment cannot be signed off as it stands
  2  usage error, or a file that cannot be read or is not a self-assessment`;

/**
 * The help of each command, as `housing-complaints help <command>` prints it.
 *
 * @example
 * ```ts
 * process.stdout.write(HELP['self-assess']);
 * ```
 */
export const HELP: Readonly<Record<'main' | 'self-assess' | 'template', string>> = {
  main: `Usage: ${PROGRAM} <command> [options]

Checks a landlord's self-assessment against the Housing Ombudsman's Complaint Handling Code 2024
and the complaints policy it describes.

Commands:
  self-assess <file>   check a completed self-assessment and write a report
  template             write the blank form: the 72 provisions with their requirements
  help [command]       show this help, or a command's

Options:
${describeOptions(GLOBAL_OPTIONS)}

Examples:
  ${PROGRAM} template --out our-assessment.csv
  ${PROGRAM} self-assess our-assessment.csv --policy wellington --format html --out report.html
  ${PROGRAM} help self-assess

${EXIT_CODES}
`,
  'self-assess': `Usage: ${PROGRAM} self-assess <file> --policy <policy> [options]

Checks a completed self-assessment against the Complaint Handling Code 2024 and the policy it
describes, and writes a report: a summary, a bar per Code section, every finding with what to do
about it, and every provision.

<file> is the completed form, told by its name:
  .docx        the Ombudsman's form filled in in Word (its table: Code provision, Code
               requirement, Comply: Yes / No, Evidence, Commentary / explanation)
  .html, .htm  a web page with the form's table, as published on a landlord's website
  .csv         the form's columns as Excel saves them (UTF-8 or Windows-1252, commas or
               semicolons); Action and Target date for a No
  .json        the library's assessment record
  -            standard input

Options:
${describeOptions(SELF_ASSESS_OPTIONS)}

Examples:
  ${PROGRAM} self-assess our-assessment.docx --policy wellington --format html --out report.html
  ${PROGRAM} self-assess our-assessment.csv --policy wellington
  ${PROGRAM} self-assess published-form.html --policy wellington --format html --out report.html \\
      --organisation "Wellington Housing Co-operative" --date 2024-11
  ${PROGRAM} self-assess 2025.docx --previous 2024.docx --policy wellington --format html --out report.html
  ${PROGRAM} self-assess our-assessment.json --policy our-policy.json --format json
  cat our-assessment.csv | ${PROGRAM} self-assess - --policy dennetts

The json format is the report object described by assessmentReportJsonSchema (documented in the
self-assessment guide, ${guideUrl('self-assessment')});
its shape is kept across minor versions. The command never colours its
output, so NO_COLOR has nothing to turn off.

${EXIT_CODES}
`,
  template: `Usage: ${PROGRAM} template [--format csv|docx] [--out <file>]

Writes the blank self-assessment form: one row for each of the Code's 72 provisions with its
requirement, and empty Comply, Evidence, Commentary, Action and Target date columns to fill in.
Open it in Excel (csv) or Word (docx), fill it in, save it, and check it with self-assess.

Options:
${describeOptions(TEMPLATE_OPTIONS)}

Examples:
  ${PROGRAM} template --out our-assessment.csv
  ${PROGRAM} template > our-assessment.csv
  ${PROGRAM} template --format docx --out our-assessment.docx

${EXIT_CODES}
`,
};

/**
 * The help text of the command line (the `self-assess` command's).
 *
 * @example
 * ```ts
 * process.stdout.write(USAGE);
 * ```
 */
export const USAGE = HELP['self-assess'];

const COMMANDS = ['self-assess', 'template', 'help'] as const;

function hint(command: 'main' | 'self-assess' | 'template'): string {
  return command === 'main' ? `Run '${PROGRAM} --help' for the commands and examples.` : `Run '${PROGRAM} help ${command}' for its options and examples.`;
}

function findPolicy(name: string, io: CliIo): Policy {
  const builtIn = Object.entries(policies).find(([key, p]) => key.toLowerCase() === name.toLowerCase() || p.id === name)?.[1];
  if (builtIn !== undefined) return builtIn;
  if (!/\.json$/i.test(name)) {
    const near = suggest(name.toLowerCase(), Object.keys(policies).map((k) => k.toLowerCase()));
    throw new UsageError(
      `unknown policy "${name}"${near !== undefined ? ` (did you mean ${Object.keys(policies).find((k) => k.toLowerCase() === near)}?)` : ''}: use one of ${Object.keys(policies).join(', ')} (or an id such as ${policies.wellington.id}), or the path of a policy JSON file`,
    );
  }
  const text = readText(name, io, 'the policy file');
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    throw new InputError(`the policy file ${name} is not a valid policy:\n${parsed.error.map((e) => `  ${e.path || '(top level)'}: ${e.message}`).join('\n')}`);
  }
  return parsed.value;
}

/** A file that cannot be read or is not what it should be: exit 2, no usage hint. */
class InputError extends Error {}

function systemMessage(e: unknown): string {
  const code = (e as { code?: unknown }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  return e instanceof Error ? e.message : String(e);
}

function readBytes(path: string, io: CliIo, what: string): string | Uint8Array {
  if (path === '-') {
    if (io.readStdin === undefined) throw new InputError('standard input cannot be read here');
    try {
      return io.readStdin();
    } catch (e) {
      throw new InputError(`cannot read standard input: ${systemMessage(e)}`);
    }
  }
  try {
    return io.readFile(path);
  } catch (e) {
    throw new InputError(`cannot read ${what} ${path}: ${systemMessage(e)}`);
  }
}

function readText(path: string, io: CliIo, what: string): string {
  const data = readBytes(path, io, what);
  return typeof data === 'string' ? data : decodeText(data).text;
}

function formatOf(file: string, given: string | undefined, data: string | Uint8Array): AssessmentFormat {
  if (given !== undefined) {
    if (!(INPUT_FORMATS as readonly string[]).includes(given)) throw new UsageError(`unknown input format "${given}": use ${INPUT_FORMATS.join(' or ')}`);
    return given as AssessmentFormat;
  }
  const ext = /\.[^./\\]*$/.exec(file)?.[0].toLowerCase();
  if (ext === '.json') return 'json';
  if (ext === '.csv' || ext === '.txt') return 'csv';
  if (ext === '.docx') return 'docx';
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.doc') throw new UsageError(`${file} is an old Word (.doc) file: open it in Word and save it as .docx (Word Document)`);
  if (ext === '.xlsx' || ext === '.xls') throw new UsageError(`${file} is an Excel workbook: save it from Excel as "CSV UTF-8 (Comma delimited)" and check the .csv`);
  if (file === '-') {
    if (typeof data !== 'string' && data[0] === 0x50 && data[1] === 0x4b) return 'docx';
    const start = (typeof data === 'string' ? data : decodeText(data.subarray(0, 64)).text).replace(/^\uFEFF/, '').trimStart();
    return start.startsWith('{') || start.startsWith('[') ? 'json' : start.startsWith('<') ? 'html' : 'csv';
  }
  throw new UsageError(`cannot tell the format of ${file} from its name: name it .docx, .html, .csv or .json, or give --input-format`);
}

/** Reads an assessment file in any format, or throws an {@link InputError} listing every problem. */
function readAssessmentFile(file: string, inputGiven: string | undefined, io: CliIo): Assessment {
  const shown = file === '-' ? 'standard input' : file;
  const data = readBytes(file, io, 'the assessment');
  const inputFormat = formatOf(file, inputGiven, data);
  let input: string | Uint8Array = data;
  if (typeof data !== 'string' && inputFormat !== 'docx') {
    const decoded = decodeText(data);
    input = decoded.text;
    if (decoded.encoding === 'windows-1252' && inputFormat === 'csv') {
      io.stderr(
        `${PROGRAM}: ${shown} is not UTF-8; read it as Windows-1252, as Excel saves "CSV (Comma delimited)". If any character looks wrong in the report, save the file from Excel as "CSV UTF-8 (Comma delimited)" and run again.\n`,
      );
    }
  }
  if (inputFormat === 'docx' && typeof input === 'string') throw new InputError(`${shown} must be read as bytes to be read as a Word document`);
  if (inputFormat === 'docx' && io.inflateRaw === undefined) throw new InputError('Word documents cannot be read here (no inflate given)');
  const options: ParseAssessmentOptions = io.inflateRaw !== undefined ? { inflateRaw: io.inflateRaw } : {};
  const parsed = parseAssessment(input, inputFormat, options);
  if (!parsed.ok) {
    const n = parsed.error.length;
    throw new InputError(
      `${shown} cannot be read as a self-assessment (${n} problem${n === 1 ? '' : 's'}):\n${parsed.error
        .map((e) => `  ${shown}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`)
        .join('\n')}`,
    );
  }
  return parsed.value;
}

function selfAssess(argv: readonly string[], io: CliIo): number {
  const args = parseArguments(argv, SELF_ASSESS_OPTIONS);
  if (args.options.get('help') === true) {
    io.stdout(HELP['self-assess']);
    return 0;
  }
  const opt = (name: string): string | undefined => {
    const v = args.options.get(name);
    return typeof v === 'string' ? v : undefined;
  };
  const [file, ...extra] = args.positionals;
  if (file === undefined) throw new UsageError('no assessment file given (write - to read standard input)');
  if (extra.length > 0) throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''}: ${extra.join(' ')} (self-assess checks one file)`);
  const policyName = opt('policy');
  if (policyName === undefined) throw new UsageError('--policy is required: --policy <name|policy.json>');
  const format = opt('format') ?? 'md';
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown format "${format}": use md, html, csv or json`);
  const date = opt('date');
  if (date !== undefined && !/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(date)) {
    throw new UsageError(`--date must be written YYYY-MM or YYYY-MM-DD (found "${date}")`);
  }
  const inputGiven = opt('input-format');
  if (inputGiven !== undefined) formatOf(file, inputGiven, '');
  else if (file !== '-') formatOf(file, undefined, '');
  const policy = findPolicy(policyName, io);
  try {
    assertAssessedAgainstCode(policy, 'self-assess', '--policy');
  } catch (e) {
    if (!(e instanceof HousingComplaintsError)) throw e;
    throw new InputError(`the policy "${policyName}" (${policy.organisation}) is not measured against the Complaint Handling Code 2024, so self-assess cannot check it: ${e.message.slice(e.message.indexOf(': ') + 2)}`);
  }

  const previousFile = opt('previous');
  if (previousFile !== undefined && previousFile !== '-') formatOf(previousFile, undefined, '');
  if (previousFile === '-' && file === '-') throw new UsageError('only one of the files can be standard input');
  const parsed = readAssessmentFile(file, inputGiven, io);
  const previous = previousFile === undefined ? undefined : readAssessmentFile(previousFile, undefined, io);
  const assessment: Assessment = {
    ...parsed,
    ...(opt('organisation') !== undefined ? { organisation: opt('organisation') } : {}),
    ...(date !== undefined ? { date } : {}),
    ...(opt('title') !== undefined ? { title: opt('title') } : {}),
  };
  const report = assessSelfAssessment(assessment, { policy, ...(previous !== undefined ? { previous } : {}) });
  const output = (
    {
      csv: renderAssessmentCsv,
      html: renderAssessmentHtml,
      json: renderAssessmentJson,
      md: renderAssessmentMarkdown,
    } satisfies Record<ReportFormat, unknown>
  )[format as ReportFormat](report);
  write(opt('out'), output, io, () => renderAssessmentSummary(report), 'Report');
  return report.summary.findings.breach > 0 ? 1 : 0;
}

function write(out: string | undefined, output: string | Uint8Array, io: CliIo, summary: () => string, noun: string): void {
  if (out === undefined || out === '-') {
    io.stdout(typeof output === 'string' ? output : new TextDecoder().decode(output));
    return;
  }
  try {
    io.writeFile(out, output);
  } catch (e) {
    throw new InputError(`cannot write ${out}: ${systemMessage(e)}`);
  }
  io.stdout(summary());
  io.stdout(`${noun} written to ${out}\n`);
}

function template(argv: readonly string[], io: CliIo): number {
  const args = parseArguments(argv, TEMPLATE_OPTIONS);
  if (args.options.get('help') === true) {
    io.stdout(HELP.template);
    return 0;
  }
  if (args.positionals.length > 0) throw new UsageError(`unexpected argument: ${args.positionals.join(' ')} (template takes no file; give --out <file>)`);
  const format = (args.options.get('format') as string | undefined) ?? 'csv';
  if (!(TEMPLATE_FORMATS as readonly string[]).includes(format)) throw new UsageError(`unknown template format "${format}": use ${TEMPLATE_FORMATS.join(' or ')}`);
  const out = args.options.get('out') as string | undefined;
  if (format === 'docx' && (out === undefined || out === '-')) throw new UsageError('a .docx template is a binary file: give --out <file>.docx');
  write(out, format === 'docx' ? renderTemplateDocx() : renderTemplateCsv(), io, () => 'The blank self-assessment form: 72 provisions.\n', 'Template');
  return 0;
}

/**
 * Runs the command line with these arguments (without `node` and the script name) and returns the
 * exit code: 0 when the check finds no breach (and for `template` and `help`), 1 when it finds
 * breaches, 2 for a usage error or a file that cannot be read or is not a self-assessment. A
 * usage error prints one line saying what was wrong and one saying where the help is.
 *
 * @example
 * ```ts
 * process.exitCode = runCli(['self-assess', 'assessment.csv', '--policy', 'wellington'], io);
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const first = argv[0];
  let helpFor: 'main' | 'self-assess' | 'template' = 'main';
  try {
    if (first === undefined) throw new UsageError('no command given');
    if (first === '--help' || first === '-h') {
      io.stdout(HELP.main);
      return 0;
    }
    if (first === '--version' || first === '-V') {
      io.stdout(`${PROGRAM} ${io.version ?? '(version unknown)'}\n`);
      return 0;
    }
    if (first === 'help') {
      const topic = argv[1];
      if (topic === undefined) io.stdout(HELP.main);
      else if (topic === 'self-assess' || topic === 'template') io.stdout(HELP[topic]);
      else if (topic === 'help') io.stdout(HELP.main);
      else {
        const near = suggest(topic, COMMANDS);
        throw new UsageError(`no help on "${topic}": it is not a command${near !== undefined ? ` (did you mean ${near}?)` : ''}; the commands are ${COMMANDS.join(', ')}`);
      }
      return 0;
    }
    if (first === 'self-assess') {
      helpFor = 'self-assess';
      return selfAssess(argv.slice(1), io);
    }
    if (first === 'template') {
      helpFor = 'template';
      return template(argv.slice(1), io);
    }
    if (first.startsWith('-')) {
      parseArguments([first], GLOBAL_OPTIONS);
      throw new UsageError(`${first} comes after a command: ${PROGRAM} <command> ${first}`);
    }
    const near = suggest(first, COMMANDS);
    throw new UsageError(`unknown command "${first}"${near !== undefined ? ` (did you mean ${near}?)` : ''}; the commands are ${COMMANDS.join(', ')}`);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${PROGRAM}: ${e.message}\n${hint(helpFor)}\n`);
      return 2;
    }
    if (e instanceof InputError) {
      io.stderr(`${PROGRAM}: ${e.message}\n`);
      return 2;
    }
    // A typed error (an input the library refuses) is a usage problem, never exit 1 ("breaches found").
    if (e instanceof HousingComplaintsError) {
      io.stderr(`${e.message}\n`);
      return 2;
    }
    throw e;
  }
}
