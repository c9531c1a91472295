#!/usr/bin/env node
/**
 * The `housing-complaints` command line.
 *
 * ```sh
 * npx housing-complaints self-assess assessment.csv --policy wellington --format html --out report.html
 * npx housing-complaints template --out assessment.csv
 * npx housing-complaints help self-assess
 * ```
 *
 * Exit codes: 0 when the check finds no breach (and for `template` and `help`), 1 when it finds
 * breaches, 2 for a usage error or a file that cannot be read or is not a self-assessment.
 *
 * @module housing-complaints/cli
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import { MAX_ASSESSMENT_FILE_BYTES } from './self-assessment/limits.js';
import { runCli } from './self-assessment/command.js';

function version(): string | undefined {
  try {
    // dist/cli.js and src/cli.ts both sit one folder below package.json.
    return (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

// Output piped into a program that stops reading (`| head`) is not an error of ours.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => {
    // Refuse a file beyond the documented limit before reading it into memory.
    const size = statSync(p).size;
    if (size > MAX_ASSESSMENT_FILE_BYTES) throw new Error(`the file is ${size} bytes; the limit is ${MAX_ASSESSMENT_FILE_BYTES} bytes (32 MiB)`);
    return readFileSync(p);
  },
  readStdin: () => readFileSync(0),
  writeFile: (p, t) => writeFileSync(p, t),
  version: version(),
  // Node's zlib reads .docx files; the library itself brings no inflater, so browser bundles stay small.
  inflateRaw: (data, max) => inflateRawSync(data, { maxOutputLength: max }),
});
