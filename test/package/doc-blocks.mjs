// Every TypeScript code block of README.md and docs/*.md, checked as a user would paste it:
// each block is its own module (its own imports), type-checked with strict settings, and a block that
// prints (calls console.log) is also run, and must finish without an error.
//
//   node test/package/doc-blocks.mjs --package <dir>   against an installed package (check:package)
//   node test/package/doc-blocks.mjs                   against the sources in src/ (as the test suite does)
//
// A block may use names that stand for the host's own code (its database, its HTTP helpers) by
// declaring them in the block (`declare const db: ...`); such a block is type-checked but not run.
// A block whose fence reads ```ts continued is appended to the block before it in the same file
// (for a guide that builds one example over several blocks).
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { build, transform } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The Markdown files whose TypeScript blocks are checked. */
export function docFiles() {
  const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`);
  return ['README.md', ...docs];
}

/**
 * The TypeScript blocks of one Markdown file: `{ file, line, index, code, runs }`, where `line` is the
 * 1-based line of the opening fence and `index` counts the file's TypeScript blocks from 1.
 */
export function extractBlocks(file, text = readFileSync(join(root, file), 'utf8')) {
  const lines = text.split('\n');
  const blocks = [];
  // A closing fence: only fence characters of the opening kind, at least as many (CommonMark).
  const closes = (line, fence) => new RegExp(`^\\s*${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`).test(line);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,}|~{3,})\s*(ts|typescript|tsx|mts)\b(.*)$/.exec(lines[i]);
    if (!open) {
      const other = /^(\s*)(`{3,}|~{3,})/.exec(lines[i]);
      if (other) { // skip any other fenced block whole, so its contents are never read as fences
        for (i++; i < lines.length && !closes(lines[i], other[2]); i++);
      }
      continue;
    }
    const [, indent, fence, , info] = open;
    const body = [];
    let j = i + 1;
    for (; j < lines.length && !closes(lines[j], fence); j++) {
      body.push(lines[j].slice(indent.length));
    }
    const continued = /\bcontinued\b/.test(info);
    const previous = blocks.at(-1);
    const prefix = continued && previous ? previous.code : '';
    const prefixLines = continued && previous ? previous.lines : [];
    const code = `${prefix}${body.join('\n')}\n`;
    blocks.push({
      file, line: i + 1, index: blocks.length + 1, code,
      // For every line of `code`, the Markdown line it came from.
      lines: [...prefixLines, ...body.map((_, k) => i + 2 + k)],
      continued,
    });
    i = j;
  }
  for (const b of blocks) b.runs = /\bconsole\.log\(/.test(b.code) && !/^\s*declare\s/m.test(b.code);
  return blocks;
}

const name = (b) => `${b.file.replace(/[^a-z0-9]+/gi, '-')}-${b.line}.ts`;
export const label = (b) => `${b.file}:${b.line} (TypeScript block ${b.index} of ${b.file})`;

/**
 * Type-checks every block (one program) and runs the ones that print.
 * `target`: `{ packageDir }` for an installed package, or `{ src: true }` for the repository's sources.
 * Returns one result per block: `{ block, errors: string[] }`, each error naming the Markdown line.
 */
export async function checkBlocks(blocks, target) {
  const work = target.packageDir ? join(dirname(dirname(target.packageDir)), 'doc-blocks') : mkdtempSync(join(tmpdir(), 'housing-complaints-doc-blocks-'));
  mkdirSync(work, { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'doc-blocks', private: true, type: 'module' }));
  const results = new Map(blocks.map((b) => [b, []]));
  try {
    const files = blocks.map((b) => {
      const path = join(work, name(b));
      writeFileSync(path, b.code);
      return path;
    });
    const options = {
      strict: true, noEmit: true, skipLibCheck: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'],
      module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, resolveJsonModule: true,
      types: ['node'], typeRoots: [join(root, 'node_modules/@types')],
      ...(target.src ? { paths: { 'housing-complaints': [join(root, 'src/index.ts')], 'housing-complaints/*': [join(root, 'src/*/index.ts')] } } : {}),
    };
    const program = ts.createProgram(files, options);
    // The blocks' own diagnostics (the library's sources are type-checked by `npm run typecheck`;
    // checking them again here took most of this check's time), and any problem with the setup.
    const diagnostics = [
      ...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics(),
      ...files.flatMap((f) => { const file = program.getSourceFile(f); return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)]; }),
    ];
    for (const d of diagnostics) {
      const at = d.file ? files.indexOf(d.file.fileName) : -1;
      const message = ts.flattenDiagnosticMessageText(d.messageText, '\n');
      if (at === -1) { // outside the blocks: report against every block (the setup is broken)
        for (const b of blocks) results.get(b).push(`TS${d.code}: ${message}`);
        continue;
      }
      const b = blocks[at];
      const { line } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
      results.get(b).push(`${b.file}:${b.lines[line] ?? b.line}: TS${d.code}: ${message}`);
    }
    const running = blocks.filter((b) => b.runs);
    // Against the sources, the blocks that run are bundled with src/ in one esbuild build (one entry
    // each, every output whole in itself), so that src/ is read and parsed once, not once per block.
    const bundled = target.src ? await bundleFromSrc(running.map((b) => join(work, name(b))), work) : undefined;
    for (const b of running) {
      const path = join(work, name(b).replace(/\.ts$/, '.mjs'));
      if (target.src) {
        writeFileSync(path, bundled.get(join(work, name(b))) ?? (await bundleFromSrc([join(work, name(b))], work)).get(join(work, name(b))));
      } else {
        writeFileSync(path, (await transform(b.code, { loader: 'ts', format: 'esm', target: 'es2022' })).code);
      }
      const r = spawnSync(process.execPath, [path], { cwd: work, encoding: 'utf8', timeout: 30_000, env: { ...process.env, TZ: 'UTC' } });
      if (r.status !== 0) results.get(b).push(`${label(b)}: running it failed (exit ${r.status ?? r.signal}):\n${`${r.stderr}`.trim().split('\n').slice(0, 12).join('\n')}`);
      else if (!r.stdout.trim()) results.get(b).push(`${label(b)}: it calls console.log but printed nothing`);
    }
  } finally {
    if (!target.packageDir) rmSync(work, { recursive: true, force: true });
  }
  return blocks.map((b) => ({ block: b, errors: results.get(b) }));
}

/**
 * Bundles each block file in `files` with the library's sources (`housing-complaints/*` resolved to
 * src/), for Node: a map from each file to its bundle's text. One build for them all; where that
 * build fails, each file is built alone, so that the failure is reported against its own block.
 */
async function bundleFromSrc(files, work) {
  const options = {
    bundle: true, write: false, platform: 'node', format: 'esm', logLevel: 'silent', outdir: join(work, 'bundled'), outbase: work,
    plugins: [{ name: 'housing-complaints-src', setup(pb) {
      pb.onResolve({ filter: /^housing-complaints(\/.*)?$/ }, (a) => ({ path: a.path === 'housing-complaints' ? join(root, 'src/index.ts') : join(root, 'src', a.path.slice('housing-complaints/'.length), 'index.ts') }));
    } }],
  };
  const texts = new Map();
  const outputOf = (file) => join(work, 'bundled', relative(work, file).replace(/\.ts$/, '.js'));
  try {
    const out = await build({ ...options, entryPoints: files });
    const byPath = new Map(out.outputFiles.map((o) => [o.path, o.text]));
    for (const f of files) texts.set(f, byPath.get(outputOf(f)));
  } catch (e) {
    if (files.length === 1) throw e;
    for (const f of files) texts.set(f, (await bundleFromSrc([f], work)).get(f));
  }
  return texts;
}

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  const at = process.argv.indexOf('--package');
  const target = at > -1 ? { packageDir: resolve(process.argv[at + 1]) } : { src: true };
  const blocks = docFiles().flatMap((f) => extractBlocks(f));
  const results = await checkBlocks(blocks, target);
  let failed = 0;
  for (const { block, errors } of results) {
    const what = `${label(block)}${block.runs ? ', type-checked and run' : ', type-checked'}`;
    process.stdout.write(`${errors.length ? 'FAIL' : 'ok  '} ${what}\n${errors.map((e) => `       ${e.replace(/\n/g, '\n       ')}\n`).join('')}`);
    if (errors.length) failed++;
  }
  process.stdout.write(`${blocks.length} blocks from ${docFiles().length} files against ${target.src ? 'src/' : relative(root, target.packageDir) || target.packageDir}; ${failed} failed\n`);
  process.exitCode = failed ? 1 : 0;
}
