// Checks the package as users get it: `npm run check:package` (= `npm run build && node test/package/check.mjs`).
//  1. `npm pack` into a scratch folder: the unpacked size stays within the budget, no source maps;
//  2. publint, and @arethetypeswrong/cli on every resolution profile (node10, node16 from CJS and
//     from ESM, bundler), each entry point resolved under each;
//  3. install the tarball into a scratch project (its dependencies come from the registry);
//  4. import every subpath of package.json `exports` from ESM (`import()`) and from CommonJS (`require`),
//     each in its own child process, and check it exposes the functions it should;
//  5. every file in the tarball is loaded by something (an entry point of package.json or a file it
//     imports), every runtime dependency is imported by dist, and dist imports nothing else;
//  6. one HousingComplaintsError: the same class on every subpath within a format, and `instanceof`
//     holding between the ES module and CommonJS builds loaded into one process;
//  7. every TypeScript code block of README.md and docs/*.md type-checks, and runs where it prints,
//     against the installed package (test/package/doc-blocks.mjs);
//  8. the browser bundles of test/package/bundles.mjs, built against the installed package, each
//     within its budget and without the data of what its entry does not use;
//  9. the type-check cost for a consumer: neither the calendar alone nor a lifecycle + policy +
//     calendar consumer loads zod's declarations, and the latter costs at most a set multiple of
//     the former's instantiations with every declaration checked (type-cost.mjs);
// 10. the API reference: every exported name has a description and an @example whose code
//     type-checks against the installed package (test/package/api-docs.mjs) and, where it prints,
//     runs against it with real sample values, and typedoc builds it
//     without a warning, one page per module, each name documented on its own module's page.
// Iterates the exports map, so a new subpath is covered as soon as it is exported. Exits non-zero on any failure.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS, bundles, gzipKb } from './bundles.mjs';
import { publicApi } from './api-docs.mjs';
import { typeCost } from './type-cost.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

/**
 * The package's unpacked size budget, in bytes: 3,000,000. The public data shapes are named types
 * (interfaces checked against their schemas by a type test), so the declarations name `Complaint`
 * or `LifecycleEvent` instead of expanding zod's inferred types; the package was 3.9 MB unpacked
 * before they were, about 2.5 MB after.
 */
const MAX_UNPACKED_BYTES = 3_000_000;
/** The resolution profiles every entry point must resolve under (@arethetypeswrong/cli's names). */
const PROFILES = ['node10', 'node16-cjs', 'node16-esm', 'bundler'];
/** Files that are in the package for people, not for a loader: the docs, and example data to copy (a blank form). */
const FOR_PEOPLE = (path) => ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE'].includes(path) || path.startsWith('examples/data/');

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
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  return { ok: r.status === 0, out: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim(), stdout: r.stdout ?? '', status: r.status };
}
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const codeSubpaths = Object.entries(pkg.exports ?? {}).filter(([, t]) => typeof t === 'object' && t !== null);
const specOf = (subpath) => (subpath === '.' ? pkg.name : `${pkg.name}/${subpath.slice(2)}`);

/** Every string leaf of a package.json field (exports conditions, typesVersions targets, bin). */
function leaves(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(leaves);
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

if (!existsSync(join(root, 'dist'))) {
  process.stderr.write('check:package: dist/ is missing; run `npm run build` first (npm run check:package does).\n');
  process.exit(1);
}

const scratch = mkdtempSync(join(tmpdir(), 'housing-complaints-package-'));
try {
  step('npm pack');
  const packed = JSON.parse(execFileSync(npm, ['pack', '--pack-destination', scratch, '--json'], { cwd: root, encoding: 'utf8' }))[0];
  const tarball = join(scratch, packed.filename);
  const files = packed.files.map((f) => ({ path: f.path, size: f.size }));
  const by = (re) => files.filter((f) => re.test(f.path)).reduce((n, f) => n + f.size, 0);
  process.stdout.write(`${tarball}: ${packed.entryCount} files, ${kB(packed.size)} packed, ${kB(packed.unpackedSize)} unpacked (budget ${kB(MAX_UNPACKED_BYTES)})\n`);
  process.stdout.write(`  ESM ${kB(by(/\.js$/))}, CommonJS ${kB(by(/\.cjs$/))}, .d.ts ${kB(by(/\.d\.ts$/))}, .d.cts ${kB(by(/\.d\.cts$/))}, other ${kB(by(/\.(json|md)$|LICENSE$/))}\n`);
  if (packed.unpackedSize > MAX_UNPACKED_BYTES) failures.push(`the package is ${kB(packed.unpackedSize)} unpacked, over the ${kB(MAX_UNPACKED_BYTES)} budget`);
  // No source maps: dist is unminified and keeps the source's names, and the sources are not shipped.
  for (const f of files.filter((f) => f.path.endsWith('.map'))) failures.push(`npm pack: ${f.path} is a source map; the package ships none`);
  // One set of declarations (esmDeclarations in tsup.config.ts): each ES module entry's .d.ts only
  // re-exports its .d.cts twin, no other .d.ts file is shipped, and no entry has a default export,
  // which `export *` would not carry.
  for (const f of files.filter((f) => f.path.endsWith('.d.ts'))) {
    const twin = f.path.replace(/^dist\//, './').replace(/\.d\.ts$/, '.cjs');
    const text = readFileSync(join(root, f.path), 'utf8');
    if (text !== `export * from '${twin}';\n`) failures.push(`npm pack: ${f.path} is not a re-export of its CommonJS declarations (${twin.replace(/\.cjs$/, '.d.cts')}): the declarations are shipped twice`);
    const cjs = readFileSync(join(root, f.path.replace(/\.d\.ts$/, '.d.cts')), 'utf8');
    if (/^export\s+(default\b|=)|\bas default\b/m.test(cjs)) failures.push(`npm pack: ${f.path.replace(/\.d\.ts$/, '.d.cts')} has a default export, which the ES module declarations' "export *" does not carry`);
  }
  for (const required of ['package.json', 'README.md', 'CHANGELOG.md', 'LICENSE']) {
    if (!files.some((f) => f.path === required)) failures.push(`npm pack: ${required} is not in the tarball`);
  }

  step('publint');
  const publint = run(npx, ['--no-install', 'publint', 'run', tarball, '--strict'], { cwd: root });
  process.stdout.write(`${publint.out}\n`);
  if (!publint.ok) failures.push('publint reported problems (see above)');

  step('@arethetypeswrong/cli, every profile (node10, node16 CJS and ESM, bundler)');
  const attwTable = run(npx, ['--no-install', 'attw', tarball, '--format', 'table-flipped'], { cwd: root });
  process.stdout.write(`${attwTable.out}\n`);
  if (!attwTable.ok) failures.push('@arethetypeswrong/cli reported problems (see above)');
  const attw = JSON.parse(run(npx, ['--no-install', 'attw', tarball, '--format', 'json'], { cwd: root }).stdout);
  for (const subpath of Object.keys(pkg.exports ?? {})) {
    const entry = attw.analysis.entrypoints[subpath];
    if (!entry) { failures.push(`attw did not analyse ${subpath}`); continue; }
    for (const kind of PROFILES) {
      const r = entry.resolutions[kind];
      if (!r?.resolution?.fileName) failures.push(`${specOf(subpath)} does not resolve under TypeScript's ${kind} resolution`);
    }
  }

  step('install the tarball into a scratch project');
  const consumer = join(scratch, 'consumer');
  mkdirSync(consumer);
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', version: '0.0.0', private: true }, null, 2));
  const install = run(npm, ['install', tarball, '--no-audit', '--no-fund', '--loglevel=error'], { cwd: consumer });
  if (!install.ok) throw new Error(`npm install of the tarball failed:\n${install.out}`);
  const installed = join(consumer, 'node_modules', pkg.name);

  step('type-check cost for a consumer: lifecycle + policy + calendar against the calendar alone');
  // The same consumer twice, type-checked against the installed package: neither loads zod's
  // declarations, and the lifecycle + policy + calendar consumer stays within its budget of
  // instantiations (test/package/type-cost.mjs says what is enforced and what is only reported).
  const consumerTypes = typeCost(consumer);
  for (const line of consumerTypes.report) process.stdout.write(`${line}\n`);
  failures.push(...consumerTypes.failures);

  step('import every exports subpath from ESM and CommonJS');
  for (const [subpath, target] of Object.entries(pkg.exports ?? {})) {
    const spec = specOf(subpath);
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
    const r = run(process.execPath, [join(installed, file), '--help'], { cwd: consumer });
    process.stdout.write(`${r.ok ? 'ok  ' : 'FAIL'} bin ${name} -> ${file} --help\n`);
    if (!r.ok) failures.push(`bin ${name} (${file} --help) failed in the installed package:\n${r.out}`);
  }

  step('every shipped file is loaded by something; every runtime dependency is imported by dist');
  // Entry points: everything package.json names. JavaScript is followed through esbuild's module graph
  // (its metafile), declarations through their relative imports.
  const named = [pkg.main, pkg.module, pkg.types, ...leaves(pkg.exports), ...leaves(pkg.typesVersions), ...leaves(pkg.bin)]
    .filter(Boolean).map((p) => relative(installed, join(installed, p)));
  const reached = new Set(named);
  const bareImports = new Map(); // specifier -> files importing it
  for (const entry of [...reached].filter((p) => /\.(c?js)$/.test(p))) {
    const result = await build({
      entryPoints: [join(installed, entry)], bundle: true, write: false, metafile: true, packages: 'external',
      platform: 'node', format: entry.endsWith('.cjs') ? 'cjs' : 'esm', outfile: join(scratch, 'out.js'), logLevel: 'silent',
    });
    for (const [input, info] of Object.entries(result.metafile.inputs)) {
      reached.add(relative(installed, resolve(input)));
      for (const i of info.imports) if (i.external) bareImports.set(i.path, [...(bareImports.get(i.path) ?? []), relative(installed, resolve(input))]);
    }
  }
  const declarations = [...reached].filter((p) => /\.d\.c?ts$/.test(p));
  for (let i = 0; i < declarations.length; i++) {
    const text = readFileSync(join(installed, declarations[i]), 'utf8');
    for (const m of text.matchAll(/(?:from|import\()\s*['"](\.\.?\/[^'"]+)['"]/g)) {
      const target = relative(installed, join(installed, dirname(declarations[i]), m[1]).replace(/\.c?js$/, (x) => (x === '.cjs' ? '.d.cts' : '.d.ts')));
      if (!reached.has(target)) { reached.add(target); declarations.push(target); }
    }
  }
  const unloaded = files.filter((f) => !FOR_PEOPLE(f.path) && !reached.has(f.path));
  process.stdout.write(`${reached.size} files reached from package.json; ${unloaded.length} shipped but never loaded\n`);
  for (const f of unloaded) failures.push(`${f.path} (${kB(f.size)}) is shipped but nothing loads it`);
  const runtimeDeps = Object.keys(pkg.dependencies ?? {});
  const packageOf = (spec) => (spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]);
  const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
  for (const [spec, by] of bareImports) {
    const ok = builtins.has(spec) ? by.every((f) => f === 'dist/cli.js') : runtimeDeps.includes(packageOf(spec));
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} dist imports ${spec} (${[...new Set(by)].join(', ')})\n`);
    if (!ok) failures.push(builtins.has(spec) ? `${spec} is imported by ${by.join(', ')}: only the command line may use Node built-ins` : `dist imports ${spec}, which is not a runtime dependency`);
  }
  for (const dep of runtimeDeps) {
    const used = [...bareImports.keys()].some((spec) => packageOf(spec) === dep);
    process.stdout.write(`${used ? 'ok  ' : 'FAIL'} runtime dependency ${dep} is imported by dist\n`);
    if (!used) failures.push(`${dep} is a runtime dependency that nothing in dist imports (move it to devDependencies)`);
  }

  step('one HousingComplaintsError across subpaths and between require and import');
  const identity = `
    import { createRequire } from 'node:module';
    const require = createRequire(import.meta.url + '/');
    const specs = ${JSON.stringify(codeSubpaths.map(([s]) => specOf(s)))};
    const esm = await Promise.all(specs.map((s) => import(s)));
    const cjs = specs.map((s) => require(s));
    const problems = [];
    for (const [format, mods] of [['ESM', esm], ['CommonJS', cjs]]) {
      mods.forEach((m, i) => {
        if (typeof m.HousingComplaintsError !== 'function') problems.push(format + ' ' + specs[i] + ' does not export HousingComplaintsError');
        else if (m.HousingComplaintsError !== mods[0].HousingComplaintsError) problems.push(format + ' ' + specs[i] + ' exports another copy of HousingComplaintsError than ' + specs[0]);
      });
    }
    if (esm[0].HousingComplaintsError === cjs[0].HousingComplaintsError) problems.push('the ESM and CommonJS classes are one object: this check would prove nothing');
    // Errors really thrown by each build, caught with the class from the other build and from every subpath.
    const thrownBy = (m) => { try { m.createCalendar({ region: 'england-and-wales' }).addWorkingDays('2025-02-30', 5); } catch (e) { return e; } };
    for (const [format, e] of [['ESM', thrownBy(esm[0])], ['CommonJS', thrownBy(cjs[0])]]) {
      if (!e) { problems.push(format + ' createCalendar did not throw on 2025-02-30'); continue; }
      [...esm, ...cjs].forEach((m, i) => {
        if (!(e instanceof m.HousingComplaintsError)) problems.push('an error thrown by the ' + format + ' build is not instanceof HousingComplaintsError from ' + (i < specs.length ? 'import ' : 'require ') + specs[i % specs.length]);
      });
    }
    if (new Error('plain') instanceof esm[0].HousingComplaintsError) problems.push('a plain Error is instanceof HousingComplaintsError');
    if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
    console.log('one class per format on ' + specs.length + ' subpaths; instanceof holds both ways between the formats');`;
  const idFile = join(consumer, 'identity.mjs');
  writeFileSync(idFile, identity);
  const id = run(process.execPath, [idFile], { cwd: consumer });
  process.stdout.write(`${id.ok ? 'ok  ' : 'FAIL'} ${id.out}\n`);
  if (!id.ok) failures.push(`HousingComplaintsError identity:\n${id.out}`);

  step('the docs\' TypeScript code blocks, against the installed package');
  const blocks = run(process.execPath, [join(root, 'test/package/doc-blocks.mjs'), '--package', installed], { cwd: root });
  process.stdout.write(`${blocks.out}\n`);
  if (!blocks.ok) failures.push('code blocks in README.md or docs/*.md fail against the installed package (see above)');

  step('API reference: every export described, with an @example that type-checks against the installed package (and runs, where it prints)');
  const examples = run(process.execPath, [join(root, 'test/package/api-docs.mjs'), '--package', installed], { cwd: root });
  process.stdout.write(`${examples.out.split('\n').filter((l) => !l.startsWith('ok')).join('\n')}\n`);
  if (!examples.ok) failures.push('an exported name lacks a description or an @example, or an example fails against the installed package (see above)');

  step('API reference: typedoc without warnings, each name on its own module\'s page');
  const apiJson = join(scratch, 'api.json');
  const typedoc = run(npx, ['--no-install', 'typedoc', '--out', join(scratch, 'api-html'), '--json', apiJson], { cwd: root });
  process.stdout.write(`${typedoc.out.split('\n').filter((l) => !/\[info\]/.test(l)).join('\n')}\n`);
  if (!typedoc.ok) failures.push('typedoc failed or warned (treatWarningsAsErrors; see above)');
  else {
    const REFERENCE = 4194304; // typedoc's ReflectionKind.Reference: a link to a name documented elsewhere
    const modules = new Map(JSON.parse(readFileSync(apiJson, 'utf8')).children.map((m) => [m.name, m]));
    let onPage = 0;
    for (const item of publicApi()) {
      const page = modules.get(item.module);
      const own = page?.children?.find((c) => c.name === item.name && c.kind !== REFERENCE);
      if (own) onPage++;
      else failures.push(`API reference: ${item.name} is not documented on the ${item.module} page${page ? ' (only a link, or missing)' : ' (no such page)'}`);
    }
    for (const [name, m] of modules) process.stdout.write(`  ${name}: ${(m.children ?? []).filter((c) => c.kind !== REFERENCE).length} names documented, ${(m.children ?? []).filter((c) => c.kind === REFERENCE).length} links to other pages\n`);
    process.stdout.write(`${onPage} exported names, each documented on its own module's page\n`);
  }

  step('browser bundles against the installed package, each within its budget (test/package/bundles.mjs)');
  for (const b of bundles()) {
    // Resolved from the scratch project, so \`housing-complaints/...\` goes through the installed exports map.
    const result = await build({ ...BUNDLE_OPTIONS, stdin: { contents: b.code, resolveDir: consumer, loader: 'ts' } });
    const bytes = result.outputFiles[0].contents;
    const size = gzipKb(bytes);
    const text = new TextDecoder().decode(bytes);
    const present = (b.absent ?? []).filter((s) => text.includes(s));
    const ok = size <= b.budget && present.length === 0;
    process.stdout.write(`${ok ? 'ok  ' : 'FAIL'} ${b.id}: ${size.toFixed(2)} kB gzipped (budget ${b.budget} kB; goal ${b.goal})${present.length ? `; contains ${present.join(', ')}` : ''}\n`);
    if (size > b.budget) failures.push(`bundle ${b.id} (${b.name}) is ${size.toFixed(2)} kB gzipped, over its ${b.budget} kB budget`);
    if (present.length) failures.push(`bundle ${b.id} (${b.name}) contains ${present.join(', ')}: data its entry does not use was not dropped`);
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
