// The API reference as a reader meets it: every name the package exports (from the root and every
// subpath of package.json `exports`) has a description and an @example, and every example's code
// type-checks against the package; against the installed package, every example that prints is
// also run (runExamples below).
//
//   node test/package/api-docs.mjs --package <dir>   examples against an installed package (check:package)
//   node test/package/api-docs.mjs                   against the sources in src/ (as the test suite does)
//
// The names and their comments are read from src/ with the TypeScript compiler API (the declarations
// in dist/ carry the same comments). An example is the code of its ```ts fence, checked as its own
// module, as a reader would paste it into a file that already has:
//   - an import of every name the example uses that the package exports and the example neither
//     imports nor declares (`import { replay } from 'housing-complaints'`);
//   - `import * as z from 'zod/mini'` when it uses `z`, and node:fs functions when it uses them;
//   - a declaration of the sample values in SAMPLES below (`complaint`, `context`, `report`, ...)
//     that it uses without declaring them: the values an example about one function is given.
// Any other name an example uses must be declared in the example itself (`declare const db: ...`).
// An example that prints (calls console.log) and declares nothing itself is run as well, with the
// samples it uses given real values made by the package (samplesModule below).
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * Sample values an example may use without declaring them, each with its type (written with the
 * package's public names, which are imported for it).
 */
export const SAMPLES = {
  complaint: 'Complaint',
  complaints: 'Complaint[]',
  context: 'LifecycleContext',
  policy: 'Policy',
  calendar: 'WorkingDayCalendar',
  events: 'LifecycleEvent[]',
  stored: 'unknown',
  report: 'PerformanceReport',
  assessment: 'Assessment',
  text: 'string',
  feed: 'BankHolidayFeed',
  file: 'string',
  thisYear: 'Assessment',
  lastYear: 'Assessment',
};

/** Where a sample means something else on one subpath: `report` is a self-assessment's report there. */
export const SAMPLES_ON = {
  'housing-complaints/self-assessment': { report: 'AssessmentReport' },
};

/**
 * The samples' values when an example is run (check:package runs every example that prints, against
 * the installed package): a module written into the examples' folder, built with the package's own
 * functions, so that a sample is a value the package itself makes and checks (`replay` gives the
 * complaint, `parseAssessment` the assessment from the package's own example data). `dir` is the
 * installed package's folder. Each name of SAMPLES (and SAMPLES_ON) has its export here.
 */
export function samplesModule(dir) {
  const csv = join(dir, 'examples/data/wellington-self-assessment-2024-11.csv');
  return `import { readFileSync } from 'node:fs';
import { REGIONS, assessSelfAssessment, createCalendar, parseAssessment, parseBankHolidayFeed, performanceReport, policies, replay } from 'housing-complaints';
const ok = (r, what) => { if (!r.ok) throw new Error(what + ': ' + JSON.stringify(r.error)); return r.value; };
export const calendar = createCalendar({ region: 'england-and-wales' });
export const policy = policies.wellington;
export const context = { policy, calendar };
export const events = [
  { type: 'received', at: '2024-12-20T10:00:00Z', complaintId: 'C-1', channel: 'email' },
  { type: 'acknowledged', at: '2024-12-23', procedure: 'A', handler: 'co-1', definition: { issues: [{ id: 'repair', summary: 'Boiler repair late' }], outcomesSought: ['Repair'] } },
];
export const stored = events;
export const complaint = ok(replay(events, context), 'the sample complaint');
export const complaints = [complaint];
export const report = performanceReport(complaints, context, { from: '2024-04-01', to: '2025-03-31', homes: 600 });
// GOV.UK's feed format, listing the calendar's own bank holidays of 2024 and 2025 in each division.
const division = (region) => {
  const cal = createCalendar({ region });
  const dates = [];
  for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2025, 11, 31); t += 86400000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (cal.isBankHoliday(date)) dates.push({ title: 'Bank holiday', date, notes: '', bunting: true });
  }
  return { division: region, events: dates };
};
export const feed = ok(parseBankHolidayFeed(Object.fromEntries(REGIONS.map((r) => [r, division(r)]))), 'the sample feed');
export const file = ${JSON.stringify(csv)};
export const text = readFileSync(file, 'utf8');
export const assessment = ok(parseAssessment(text, 'csv'), 'the sample assessment');
export const thisYear = assessment;
export const lastYear = assessment;
export const assessmentReport = assessSelfAssessment(assessment, { policy });
`;
}

/** The export of samplesModule() that a sample is, where it is not the sample's own name. */
const SAMPLE_VALUE_ON = {
  'housing-complaints/self-assessment': { report: 'assessmentReport' },
};

const NODE_FS = ['readFileSync', 'writeFileSync', 'statSync'];

/** The code subpaths of package.json `exports`, each with its source entry: `[{ spec, file }]`, the root first. */
export function entryPoints() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return Object.entries(pkg.exports)
    .filter(([, t]) => typeof t === 'object' && t !== null)
    .map(([s]) => ({ spec: s === '.' ? pkg.name : `${pkg.name}/${s.slice(2)}`, file: join(root, s === '.' ? 'src/index.ts' : `src/${s.slice(2)}/index.ts`) }));
}

const compilerOptions = {
  strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'],
  module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, resolveJsonModule: true,
  types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
};

function kindOf(symbol) {
  const f = symbol.flags;
  if (f & ts.SymbolFlags.Function) return 'function';
  if (f & ts.SymbolFlags.Class) return 'class';
  if (f & (ts.SymbolFlags.Variable | ts.SymbolFlags.Enum)) return 'value';
  return 'type';
}

/** The ```ts code of an @example's text (the whole text when it has no fence). */
export function exampleCode(text) {
  const fenced = [...text.matchAll(/```(?:ts|typescript)?[^\n]*\n([\s\S]*?)```/g)].map((m) => m[1]);
  return fenced.length > 0 ? fenced : [text];
}

/**
 * Every exported name once: `{ name, kind, module, file, line, description, examples }`. `module` is
 * the subpath a reader finds it on: the first subpath that exports it, or the root. Names marked
 * `@internal` are left out, as the API reference leaves them out.
 */
export function publicApi() {
  const entries = entryPoints();
  const program = ts.createProgram(entries.map((e) => e.file), compilerOptions);
  const checker = program.getTypeChecker();
  const found = new Map();
  // Subpaths first, so a name both a subpath and the root export belongs to the subpath.
  for (const entry of [...entries.slice(1), entries[0]]) {
    const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(entry.file));
    for (const exported of checker.getExportsOfModule(moduleSymbol)) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      if (found.has(symbol)) continue;
      // Marked @internal: exported for the package's own modules, left out of the API reference.
      if (symbol.getJsDocTags(checker).some((t) => t.name === 'internal')) { found.set(symbol, null); continue; }
      const declaration = symbol.declarations?.[0];
      const sf = declaration?.getSourceFile();
      found.set(symbol, {
        name: exported.name,
        kind: kindOf(symbol),
        module: entry.spec,
        file: sf ? relative(root, sf.fileName) : '?',
        line: sf && declaration ? sf.getLineAndCharacterOfPosition(declaration.getStart()).line + 1 : 0,
        description: ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim(),
        examples: symbol.getJsDocTags(checker).filter((t) => t.name === 'example').flatMap((t) => exampleCode(ts.displayPartsToString(t.text ?? []))),
      });
    }
  }
  return [...found.values()].filter((x) => x !== null);
}

/** What a name lacks: a description, an example (`[]` when it lacks nothing). */
export function missing(item) {
  const out = [];
  if (!item.description) out.push('a description');
  if (item.examples.length === 0) out.push('an @example');
  return out;
}

/** The names an example's code uses, and the names it declares or imports itself. */
function namesIn(code) {
  const sf = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const declared = new Set();
  const used = new Set();
  const bind = (name) => {
    if (ts.isIdentifier(name)) declared.add(name.text);
    else if (ts.isObjectBindingPattern(name) || ts.isArrayBindingPattern(name)) for (const el of name.elements) if (!ts.isOmittedExpression(el)) bind(el.name);
  };
  const visit = (n) => {
    if ((ts.isVariableDeclaration(n) || ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isParameter(n) || ts.isTypeAliasDeclaration(n)
      || ts.isInterfaceDeclaration(n) || ts.isImportSpecifier(n) || ts.isNamespaceImport(n) || ts.isImportClause(n) || ts.isTypeParameterDeclaration(n)) && n.name) bind(n.name);
    if (ts.isIdentifier(n)) {
      const p = n.parent;
      const member = (ts.isPropertyAccessExpression(p) && p.name === n) || (ts.isPropertyAssignment(p) && p.name === n) || (ts.isQualifiedName(p) && p.right === n)
        || ((ts.isPropertySignature(p) || ts.isMethodDeclaration(p) || ts.isPropertyDeclaration(p) || ts.isMethodSignature(p)) && p.name === n)
        || (ts.isBindingElement(p) && p.propertyName === n) || ts.isImportSpecifier(p) || (ts.isLabeledStatement(p) && p.label === n);
      if (!member) used.add(n.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { used, declared };
}

/** An example's code with the lines a reader's file already has (see the top of this file) before it. */
export function withPrelude(code, exportedNames, module = '', { run = false } = {}) {
  const SAMPLES_HERE = { ...SAMPLES, ...(SAMPLES_ON[module] ?? {}) };
  const { used, declared } = namesIn(code);
  const free = [...used].filter((n) => !declared.has(n));
  const samples = free.filter((n) => n in SAMPLES_HERE && !exportedNames.has(n));
  const imports = new Set(free.filter((n) => exportedNames.has(n)));
  for (const s of samples) for (const m of SAMPLES_HERE[s].matchAll(/\b[A-Z]\w*/g)) if (exportedNames.has(m[0]) && !declared.has(m[0])) imports.add(m[0]);
  const lines = [];
  if (imports.size) lines.push(`import { ${[...imports].sort().join(', ')} } from 'housing-complaints';`);
  if (free.includes('z') && !exportedNames.has('z')) lines.push("import * as z from 'zod/mini';");
  const fs = NODE_FS.filter((n) => free.includes(n));
  if (fs.length) lines.push(`import { ${fs.join(', ')} } from 'node:fs';`);
  for (const s of samples) {
    const value = SAMPLE_VALUE_ON[module]?.[s] ?? s;
    lines.push(run ? `import { ${value === s ? s : `${value} as ${s}`} } from './samples.mjs';` : `declare const ${s}: ${SAMPLES_HERE[s]};`);
  }
  lines.push('export {};');
  return { code: `${lines.join(' ')}\n${code}`, preludeLines: 1 };
}

/**
 * Type-checks every example (one program). `target`: `{ packageDir }` for an installed package, or
 * `{ src: true }` for the sources; `exportedNames`: the names the package exports (by default the
 * items' names). Returns `[{ item, index, errors }]`, one per example.
 */
export function checkExamples(items, target, exportedNames = new Set(items.map((i) => i.name))) {
  const work = target.packageDir ? join(dirname(dirname(target.packageDir)), 'api-examples') : mkdtempSync(join(tmpdir(), 'housing-complaints-api-examples-'));
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'api-examples', private: true, type: 'module' }));
  const cases = items.flatMap((item) => item.examples.map((code, index) => ({ item, index, ...withPrelude(code, exportedNames, item.module) })));
  const results = new Map(cases.map((c) => [c, []]));
  try {
    const files = cases.map((c, i) => {
      const path = join(work, `${c.item.name}-${c.index + 1}-${i}.ts`);
      writeFileSync(path, c.code);
      return path;
    });
    const options = {
      ...compilerOptions,
      ...(target.src ? { baseUrl: root, paths: { 'housing-complaints': [join(root, 'src/index.ts')], 'housing-complaints/*': [join(root, 'src/*/index.ts')], 'zod/mini': [join(root, 'node_modules/zod/v4/mini/index.d.cts')] } } : {}),
    };
    const program = ts.createProgram(files, options);
    // Only the examples' own diagnostics: the package's files are checked by its own build and tests.
    const exampleFiles = files.map((f) => program.getSourceFile(f)).filter((f) => f !== undefined);
    const diagnostics = [...program.getGlobalDiagnostics(), ...program.getOptionsDiagnostics(), ...exampleFiles.flatMap((f) => [...program.getSyntacticDiagnostics(f), ...program.getSemanticDiagnostics(f)])];
    for (const d of diagnostics) {
      const at = d.file ? files.indexOf(d.file.fileName) : -1;
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (at === -1) {
        for (const c of cases) results.get(c).push(`TS${d.code}: ${message}`);
        continue;
      }
      const c = cases[at];
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      results.get(c).push(`example line ${line + 1 - c.preludeLines}: TS${d.code}: ${message}`);
    }
  } finally {
    if (!target.packageDir) rmSync(work, { recursive: true, force: true });
  }
  return cases.map((c) => ({ item: c.item, index: c.index, errors: results.get(c) }));
}

/** Whether an example is run: it prints, and declares nothing it does not give a value (`declare const db: ...`). */
export const runsWhenChecked = (code) => /\bconsole\.log\(/.test(code) && !/^\s*declare\s/m.test(code);

/**
 * Runs every example that prints (see runsWhenChecked), each as its own ES module in its own Node
 * process, against the package installed in `packageDir`: the example's code after the same
 * imports as when it is type-checked, with the samples it uses imported from samplesModule() instead
 * of declared. Returns `[{ item, index, errors }]`, one per example run; an error is a non-zero exit
 * (an exception the example did not catch) with what it wrote to stderr.
 */
export function runExamples(items, packageDir, exportedNames = new Set(items.map((i) => i.name))) {
  const work = join(dirname(dirname(packageDir)), 'api-examples-run');
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'api-examples-run', private: true, type: 'module' }));
  const samples = samplesModule(packageDir);
  const given = new Set([...samples.matchAll(/^export const (\w+)/gm)].map((m) => m[1]));
  const lacking = [...Object.keys(SAMPLES), ...Object.values(SAMPLE_VALUE_ON).flatMap(Object.values)].filter((n) => !given.has(n));
  if (lacking.length > 0) throw new Error(`samplesModule() gives no value for ${lacking.join(', ')}`);
  writeFileSync(join(work, 'samples.mjs'), samples);
  const cases = items.flatMap((item) => item.examples.map((code, index) => ({ item, index, code })).filter((c) => runsWhenChecked(c.code)));
  return cases.map((c, i) => {
    const source = withPrelude(c.code, exportedNames, c.item.module, { run: true }).code;
    const js = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    const file = join(work, `${c.item.name}-${c.index + 1}-${i}.mjs`);
    writeFileSync(file, js);
    const r = spawnSync(process.execPath, [file], { cwd: work, encoding: 'utf8', timeout: 60_000 });
    const errors = r.status === 0 ? [] : [`exit ${r.status ?? r.signal}: ${(r.stderr || r.stdout || '').trim().split('\n').slice(0, 8).join('\n')}`];
    return { item: c.item, index: c.index, errors, stdout: r.stdout ?? '' };
  });
}

export const where = (item) => `${item.name} (${item.module}, ${item.file}:${item.line})`;

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const at = process.argv.indexOf('--package');
  const target = at > -1 ? { packageDir: resolve(process.argv[at + 1]) } : { src: true };
  const items = publicApi();
  let failed = 0;
  for (const item of items) {
    const lacks = missing(item);
    if (lacks.length) { failed++; process.stdout.write(`FAIL ${where(item)} lacks ${lacks.join(' and ')}\n`); }
  }
  const results = checkExamples(items, target);
  for (const { item, index, errors } of results) {
    if (errors.length === 0) continue;
    failed++;
    process.stdout.write(`FAIL ${where(item)}, example ${index + 1}:\n${errors.map((e) => `       ${e.replace(/\n/g, '\n       ')}\n`).join('')}`);
  }
  // The examples that print are run too, against the installed package only (check:package).
  const runs = target.packageDir ? runExamples(items, target.packageDir) : [];
  for (const { item, index, errors } of runs) {
    if (errors.length === 0) continue;
    failed++;
    process.stdout.write(`FAIL ${where(item)}, example ${index + 1}, run:\n${errors.map((e) => `       ${e.replace(/\n/g, '\n       ')}\n`).join('')}`);
  }
  const ran = target.packageDir ? `, the ${runs.length} that print run` : '';
  process.stdout.write(`${items.length} exported names, ${results.length} examples type-checked against ${target.src ? 'src/' : relative(root, target.packageDir) || target.packageDir}${ran}; ${failed} problems\n`);
  process.exitCode = failed ? 1 : 0;
}
