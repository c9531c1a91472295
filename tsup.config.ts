import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Options } from 'tsup';

/**
 * The build entries are derived from the `exports` map of package.json, so the two cannot drift:
 * `.` builds `src/index.ts`, and every `./name` subpath with a `types` condition builds
 * `src/name/index.ts` into `dist/name.*`; every `bin` file `./dist/x.js` builds `src/x.ts`.
 */
export function entriesFromExports(
  exportsMap: Record<string, unknown>,
  bin: Record<string, string> = {},
): Record<string, string> {
  return { ...binEntries(bin), ...libraryEntries(exportsMap) };
}

/** The library's entries: one per code subpath of `exports`. */
export function libraryEntries(exportsMap: Record<string, unknown>): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (typeof target !== 'object' || target === null) continue; // plain files: package.json, schema
    if (subpath === '.') entries.index = 'src/index.ts';
    else entries[subpath.slice(2)] = `src/${subpath.slice(2)}/index.ts`;
  }
  return entries;
}

/** Command-line programs: `./dist/cli.js` builds `src/cli.ts`. */
export function binEntries(bin: Record<string, string> = {}): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const file of Object.values(bin)) {
    const name = /^\.\/dist\/(.+)\.js$/.exec(file)?.[1];
    if (name) entries[name] = `src/${name}.ts`;
  }
  return entries;
}

/**
 * One set of declarations, the CommonJS build's (`dist/*.d.cts` and their shared chunks). Each ES
 * module entry's declaration file (`dist/x.d.ts`, what the exports map's `import` condition names)
 * re-exports its CommonJS twin: TypeScript reads the named exports of a CommonJS declaration file
 * from an ES module as Node reads them from the code, so both conditions see the same types, each in
 * the format of the file it resolves to, as every @arethetypeswrong/cli profile requires. Two copies
 * would double the declarations' weight in the package and make each class and unique symbol two
 * types. `export *` carries no default export; the package has none (check:package checks).
 * Returns each `.d.ts` file's path and text.
 */
export function esmDeclarations(exportsMap: Record<string, unknown>): Record<string, string> {
  const files: Record<string, string> = {};
  for (const target of Object.values(exportsMap)) {
    if (typeof target !== 'object' || target === null) continue; // plain files: package.json, schema
    const { import: esm, require: cjs } = target as { import: { types: string }; require: { types: string } };
    files[esm.types.replace(/^\.\//, '')] = `export * from '${cjs.types.replace(/^\.\/dist\//, './').replace(/\.d\.cts$/, '.cjs')}';\n`;
  }
  return files;
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
};

/**
 * Two builds into one `dist/`, each code-split so that shared modules (the error class, the
 * calendar, the policy schema) exist once per format and every subpath loads the same copy:
 *
 * - ESM (`.js`): the library subpaths and the command line (an ES module, `bin`).
 * - CommonJS (`.cjs`, `.d.cts`): the library subpaths only; nothing runs the command line as CommonJS.
 *
 * One set of declarations: the CommonJS build's; each entry's `.d.ts` (the `import` condition's
 * types) is a re-export of its `.d.cts` twin, written when the ES module build succeeds (esmDeclarations).
 *
 * No source maps are shipped: the output is not minified, keeps the source's names, layout and
 * comments-free structure, so a stack trace into `dist` is readable as it is; a map would either
 * point at `src/` files the package does not contain or, with `sourcesContent`, double its size.
 * `dist/` is emptied by `npm run build` before the two builds start (they run in parallel).
 */
const common = {
  sourcemap: false,
  clean: false,
  treeshake: true,
  splitting: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
} satisfies Options;

export default defineConfig([
  {
    ...common,
    entry: entriesFromExports(pkg.exports, pkg.bin),
    format: ['esm'],
    // Ship the JSON Schema for policy files (`housing-complaints/policy.schema.json`), generated from
    // the built policy module so the schema and the validator cannot disagree.
    async onSuccess() {
      const policy = (await import(pathToFileURL('dist/policy.js').href)) as { policyJsonSchema(): unknown };
      writeFileSync('dist/policy.schema.json', `${JSON.stringify(policy.policyJsonSchema(), null, 2)}\n`);
      // And the JSON Schema of lifecycle events (`housing-complaints/event.schema.json`).
      const lifecycle = (await import(pathToFileURL('dist/lifecycle.js').href)) as { eventJsonSchema(): unknown };
      writeFileSync('dist/event.schema.json', `${JSON.stringify(lifecycle.eventJsonSchema(), null, 2)}\n`);
      // The ES module entries' declarations: re-exports of the CommonJS build's (esmDeclarations).
      for (const [file, text] of Object.entries(esmDeclarations(pkg.exports))) writeFileSync(file, text);
    },
  },
  {
    ...common,
    entry: libraryEntries(pkg.exports),
    format: ['cjs'],
    dts: true,
  },
]);
