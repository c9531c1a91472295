// Checks the package as users get it: `npm run check:package` (= `npm run build && node test/package/check.mjs`).
// 1. `npm pack` into a scratch folder; 2. publint and @arethetypeswrong/cli on the tarball;
// 3. install the tarball into a scratch project (its dependencies come from the registry);
// 4. import every subpath of package.json `exports` from ESM (`import()`) and from CommonJS (`require`),
//    each in its own child process, and check it exposes the functions it should.
// Iterates the exports map, so a new subpath is covered as soon as it is exported. Exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/** The function each public subpath must export (DESIGN.md, Public API contract). Other subpaths must export at least one function. */
const KNOWN = {
  '.': 'createCalendar',
  './calendar': 'createCalendar',
  './policy': 'parsePolicy',
  './lifecycle': 'applyEvent',
  './exclusions': 'checkExclusions',
  './outcomes': 'decideOutcome',
  './self-assessment': 'parseAssessment',
  './reporting': 'performanceReport',
};

const failures = [];
const step = (name) => process.stdout.write(`\n== ${name}\n`);
function run(cmd, args, options = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', ...options });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), status: r.status };
}

if (!existsSync(join(root, 'dist'))) {
  process.stderr.write('check:package: dist/ is missing; run `npm run build` first (npm run check:package does).\n');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'housing-complaints-package-'));
try {
  step('npm pack');
  const packed = JSON.parse(execFileSync(npm, ['pack', '--pack-destination', scratch, '--json'], { cwd: root, encoding: 'utf8' }));
  const tarball = join(scratch, packed[0].filename);
  process.stdout.write(`${tarball}: ${packed[0].entryCount} files, ${(packed[0].size / 1000).toFixed(1)} kB packed\n`);
  for (const required of ['package.json', 'README.md']) {
    if (!packed[0].files.some((f) => f.path === required)) failures.push(`npm pack: ${required} is not in the tarball`);
  }

  step('publint');
  const publint = run(npx, ['--no-install', 'publint', 'run', tarball, '--strict'], { cwd: root });
  process.stdout.write(`${publint.out}\n`);
  if (!publint.ok) failures.push('publint reported problems (see above)');

  step('@arethetypeswrong/cli');
  // --profile node16: the package is ESM + CommonJS with an `exports` map; its subpaths
  // (housing-complaints/calendar, ...) cannot resolve under TypeScript's old `node10` resolution, which
  // ignores `exports`. node16/nodenext and bundler resolution are checked, for both ESM and CommonJS.
  const attw = run(npx, ['--no-install', 'attw', tarball, '--profile', 'node16', '--format', 'table'], { cwd: root });
  process.stdout.write(`${attw.out}\n`);
  if (!attw.ok) failures.push('@arethetypeswrong/cli reported problems (see above)');

  step('install the tarball into a scratch project');
  const consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }, null, 2));
  const install = run(npm, ['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: consumer });
  if (!install.ok) {
    failures.push(`npm install of the tarball failed:\n${install.out}`);
  } else {
    step('import every exports subpath from ESM and CommonJS');
    for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
      const spec = subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`;
      if (typeof target === 'string') {
        // Plain files (package.json, a JSON Schema): must resolve and parse.
        const code = `const p = require.resolve(${JSON.stringify(spec)}); JSON.parse(require('fs').readFileSync(p, 'utf8')); console.log('ok');`;
        const r = run(process.execPath, ['-e', code], { cwd: consumer });
        process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} ${spec} (file)\n`);
        if (!r.ok) failures.push(`${spec}: cannot be resolved and read from the installed package:\n${r.out}`);
        continue;
      }
      const known = KNOWN[subpath];
      const check = `
        const names = Object.keys(m).filter((k) => typeof m[k] === 'function');
        if (names.length === 0) throw new Error('exports no function');
        ${known ? `if (typeof m[${JSON.stringify(known)}] !== 'function') throw new Error('does not export ${known}()');` : ''}
        if (typeof m.createCalendar === 'function') {
          const got = m.createCalendar({ region: 'england-and-wales' }).addWorkingDays('2024-12-20', 10);
          if (got !== '2025-01-08') throw new Error('createCalendar answered ' + got + ', expected 2025-01-08');
        }
        console.log(names.length + ' functions');`;
      const esm = run(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(spec)});${check}`], { cwd: consumer });
      const cjs = run(process.execPath, ['-e', `const m = require(${JSON.stringify(spec)});${check}`], { cwd: consumer });
      process.stdout.write(`${esm.ok ? 'ok  ' : 'FAIL'} import(${JSON.stringify(spec)}): ${esm.ok ? esm.out : ''}\n`);
      process.stdout.write(`${cjs.ok ? 'ok  ' : 'FAIL'} require(${JSON.stringify(spec)}): ${cjs.ok ? cjs.out : ''}\n`);
      if (!esm.ok) failures.push(`import('${spec}') from ESM failed:\n${esm.out}`);
      if (!cjs.ok) failures.push(`require('${spec}') from CommonJS failed:\n${cjs.out}`);
    }
    for (const [name, file] of Object.entries(typeof pkg.bin === 'string' ? { [pkg.name]: pkg.bin } : (pkg.bin ?? {}))) {
      const installed = join(consumer, 'node_modules', pkg.name, file);
      process.stdout.write(`${existsSync(installed) ? 'ok  ' : 'FAIL'} bin ${name} -> ${file}\n`);
      if (!existsSync(installed)) failures.push(`bin ${name}: ${file} is not in the installed package`);
    }
  }
} catch (e) {
  failures.push(e instanceof Error ? e.message : String(e));
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length > 0) {
  process.stderr.write(`\ncheck:package FAILED (${failures.length}):\n${failures.map((f) => `- ${f}`).join('\n')}\n`);
  process.exit(1);
}
process.stdout.write('\ncheck:package passed\n');
