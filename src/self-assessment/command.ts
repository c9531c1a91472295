/**
 * The `self-assess` command behind the `housing-complaints` command line (src/cli.ts): arguments in,
 * report out, exit code back. Files are read and written through the `io` it is given, so the
 * command itself does no I/O of its own and can be tested in-process.
 */
import { parseArgs } from 'node:util';
import { HousingComplaintsError } from '../core/errors.js';
import { parsePolicy, policies, type Policy } from '../policy/index.js';
import { assessSelfAssessment } from './assess.js';
import { parseAssessment, type AssessmentFormat } from './parse.js';
import {
  renderAssessmentCsv,
  renderAssessmentHtml,
  renderAssessmentJson,
  renderAssessmentMarkdown,
  renderAssessmentSummary,
} from './render.js';

/**
 * The help text of the command line.
 *
 * @example
 * ```ts
 * process.stdout.write(USAGE);
 * ```
 */
export const USAGE = `Usage: housing-complaints self-assess <assessment.json|assessment.csv> --policy <name|policy.json> [--format md|csv|html|json] [--out file]

Checks a self-assessment against the Housing Ombudsman's Complaint Handling Code 2024 and the
complaints policy it describes, and writes a report.

Arguments:
  <assessment>        the completed self-assessment, as JSON or as CSV with the form's columns
                      (Code provision, Code requirement, Comply, Evidence, Commentary)

Options:
  --policy <policy>   a built-in policy (${Object.keys(policies).join(', ')},
                      or its id such as wellington-2024-11), or a policy JSON file
  --format <format>   md (default), csv, html or json
  --out <file>        write the report to this file instead of standard output
  -h, --help          show this help

Exit codes: 0 no breach found; 1 breaches found; 2 usage error or unreadable file.
`;

/**
 * Where the command reads and writes.
 *
 * @example
 * ```ts
 * const io: CliIo = { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t),
 *   readFile: (p) => readFileSync(p, 'utf8'), writeFile: (p, t) => writeFileSync(p, t) };
 * ```
 */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly writeFile: (path: string, text: string) => void;
}

const FORMATS = ['md', 'csv', 'html', 'json'] as const;
type ReportFormat = (typeof FORMATS)[number];

class UsageError extends Error {}

function findPolicy(name: string, io: CliIo): Policy {
  const builtIn = Object.entries(policies).find(
    ([key, p]) => key.toLowerCase() === name.toLowerCase() || p.id === name,
  )?.[1];
  if (builtIn !== undefined) return builtIn;
  if (!/\.json$/i.test(name)) {
    throw new UsageError(
      `unknown policy "${name}": use one of ${Object.keys(policies).join(', ')} (or an id such as ${policies.wellington.id}), or the path of a policy JSON file`,
    );
  }
  let text: string;
  try {
    text = io.readFile(name);
  } catch (e) {
    throw new UsageError(`cannot read the policy file ${name}: ${(e as Error).message}`);
  }
  const parsed = parsePolicy(text);
  if (!parsed.ok) {
    throw new UsageError(
      `the policy file ${name} is not a valid policy:\n${parsed.error.map((e) => `  ${e.path || '(top level)'}: ${e.message}`).join('\n')}`,
    );
  }
  return parsed.value;
}

/**
 * Runs the command line with these arguments (without `node` and the script name) and returns the
 * exit code: 0 when the check finds no breach, 1 when it finds breaches, 2 for a usage error or a
 * file that cannot be read.
 *
 * @example
 * ```ts
 * process.exitCode = runCli(['self-assess', 'assessment.csv', '--policy', 'wellington'], io);
 * ```
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  let args: ReturnType<typeof parse>;
  try {
    args = parse(argv);
  } catch (e) {
    io.stderr(`housing-complaints: ${(e as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.values.help === true) {
    io.stdout(USAGE);
    return 0;
  }
  const [command, file, ...extra] = args.positionals;
  try {
    if (command === undefined) throw new UsageError('no command given');
    if (command !== 'self-assess') throw new UsageError(`unknown command "${command}"`);
    if (file === undefined) throw new UsageError('no assessment file given');
    if (extra.length > 0) throw new UsageError(`unexpected argument${extra.length > 1 ? 's' : ''}: ${extra.join(' ')}`);
    if (args.values.policy === undefined) throw new UsageError('--policy is required');
    const format = (args.values.format ?? 'md') as ReportFormat;
    if (!FORMATS.includes(format)) throw new UsageError(`unknown format "${format}": use md, csv, html or json`);
    const ext = /\.[^./\\]*$/.exec(file)?.[0].toLowerCase();
    const inputFormat: AssessmentFormat | undefined = ext === '.json' ? 'json' : ext === '.csv' ? 'csv' : undefined;
    if (inputFormat === undefined) throw new UsageError(`cannot tell the format of ${file}: name it .json or .csv`);
    const policy = findPolicy(args.values.policy, io);

    let text: string;
    try {
      text = io.readFile(file);
    } catch (e) {
      io.stderr(`housing-complaints: cannot read ${file}: ${(e as Error).message}\n`);
      return 2;
    }
    const parsed = parseAssessment(text, inputFormat);
    if (!parsed.ok) {
      io.stderr(
        `housing-complaints: ${file} cannot be read as a self-assessment (${parsed.error.length} problem${parsed.error.length === 1 ? '' : 's'}):\n${parsed.error
          .map((e) => `  ${file}${e.line !== undefined ? `:${e.line}` : ''}: ${e.message}`)
          .join('\n')}\n`,
      );
      return 2;
    }
    const report = assessSelfAssessment(parsed.value, { policy });
    const output =
      format === 'csv' ? renderAssessmentCsv(report) : format === 'html' ? renderAssessmentHtml(report) : format === 'json' ? renderAssessmentJson(report) : renderAssessmentMarkdown(report);
    if (args.values.out !== undefined) {
      try {
        io.writeFile(args.values.out, output);
      } catch (e) {
        io.stderr(`housing-complaints: cannot write ${args.values.out}: ${(e as Error).message}\n`);
        return 2;
      }
      io.stdout(renderAssessmentSummary(report));
      io.stdout(`Report written to ${args.values.out}\n`);
    } else {
      io.stdout(output);
    }
    return report.summary.findings.breach > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`housing-complaints: ${e.message}\n\n${USAGE}`);
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

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      policy: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}

