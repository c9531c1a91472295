// Measuring tools shared by the benchmark files: throughput of a function, and the gzipped size of
// a browser bundle. The figures they return are measured in the run that calls them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';

/** The repository's root folder, where bundles resolve their imports. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '../..');

/** Modification time of the newest file under src/ (so that a stale dist/ is not measured). */
function newestSource(dir = 'src'): number {
  let newest = 0;
  for (const f of readdirSync(join(root, dir), { withFileTypes: true })) {
    newest = Math.max(newest, f.isDirectory() ? newestSource(join(dir, f.name)) : statSync(join(root, dir, f.name)).mtimeMs);
  }
  return newest;
}

/**
 * The built file `import 'housing-complaints<subpath>'` loads, found through the `exports` map of
 * package.json (the `import` condition); the package is built first (`npm run build`) when that
 * file is missing or older than src/. Every speed benchmark measures these files, as users get them.
 */
export function builtFile(subpath = '.'): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { exports: Record<string, string | { import?: { default?: string } }> };
  const target = pkg.exports[subpath];
  const file = typeof target === 'string' ? target : target?.import?.default;
  if (file === undefined) throw new Error(`package.json exports has no import path for '${subpath}'`);
  const path = join(root, file);
  if (!existsSync(path) || newestSource() > statSync(path).mtimeMs) {
    process.stderr.write(`bench: building the package (npm run build) for ${subpath} ...\n`);
    const child = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    if (child.status !== 0 || !existsSync(path)) throw new Error('npm run build failed');
  }
  return path;
}

/** The built module `import 'housing-complaints<subpath>'` gives (see {@link builtFile}), typed as its source. */
export async function builtModule<T>(subpath = '.'): Promise<T> {
  return (await import(pathToFileURL(builtFile(subpath)).href)) as T;
}

/** Calls `fn(i)` in growing batches until `ms` have passed; returns calls per second. */
export function throughput(fn: (i: number) => unknown, ms: number): number {
  let calls = 0;
  let batch = 1;
  let sink = 0;
  const start = performance.now();
  let elapsed = 0;
  while (elapsed < ms) {
    for (let i = 0; i < batch; i++) if (fn(calls + i) !== undefined) sink++;
    calls += batch;
    elapsed = performance.now() - start;
    if (elapsed < ms / 10) batch *= 2;
  }
  if (sink < 0) throw new Error('unreachable');
  return (calls / elapsed) * 1000;
}

/**
 * Resolves `housing-complaints` and its subpaths as a user's bundler does: through the `exports` map of
 * package.json (the `import` condition) to the built files in `dist/`, never to `src/`.
 */
export const builtPackage: Plugin = {
  name: 'housing-complaints-built-package',
  setup(b) {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string; exports: Record<string, string | { import?: { default?: string } }> };
    b.onResolve({ filter: /^housing-complaints(\/.*)?$/ }, (args) => {
      const subpath = args.path === pkg.name ? '.' : `.${args.path.slice(pkg.name.length)}`;
      const target = pkg.exports[subpath];
      const file = typeof target === 'string' ? target : target?.import?.default;
      if (file === undefined) return { errors: [{ text: `${args.path} is not in the exports map of package.json` }] };
      const path = join(root, file);
      if (!existsSync(path)) return { errors: [{ text: `${path} is missing: run npm run build first (npm run bench does)` }] };
      return { path };
    });
  },
};

/**
 * Bundles `contents` for the browser (esbuild, minified, ESM) and returns the code and its gzip -9 size
 * in kB. `housing-complaints/...` imports resolve to the built package through its exports map, as a
 * user's bundler resolves them (and tsconfig paths, which map them to src/ for the tests, are ignored).
 */
export async function bundle(contents: string, plugins: Plugin[] = []): Promise<{ code: string; kB: number }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    tsconfigRaw: '{}',
    plugins: [builtPackage, ...plugins],
  });
  const bytes = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { code: new TextDecoder().decode(bytes), kB: gzipSync(bytes, { level: 9 }).length / 1000 };
}

/** The gzip -9 size in kB of the browser bundle of `contents`. */
export async function bundleSize(contents: string): Promise<number> {
  return (await bundle(contents)).kB;
}
