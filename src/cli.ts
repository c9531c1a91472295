#!/usr/bin/env node
/**
 * The `housing-complaints` command line.
 *
 * ```sh
 * npx housing-complaints self-assess assessment.csv --policy wellington --format html --out report.html
 * ```
 *
 * Exit codes: 0 when the check finds no breach, 1 when it finds breaches, 2 for a usage error or a
 * file that cannot be read.
 *
 * @module housing-complaints/cli
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCli } from './self-assessment/command.js';

process.exitCode = runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, t) => writeFileSync(p, t),
});
