import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { defineConfig } from 'tsup';

/**
 * The build entries are derived from the `exports` map of package.json, so the two cannot drift:
 * `.` builds `src/index.ts`, and every `./name` subpath with a `types` condition builds
 * `src/name/index.ts` into `dist/name.*`; every `bin` file `./dist/x.js` builds `src/x.ts`.
 */
export function entriesFromExports(
  exportsMap: Record<string, unknown>,
  bin: Record<string, string> = {},
): Record<string, string> {
  const entries: Record<string, string> = {};
  // Command-line programs: `./dist/cli.js` builds `src/cli.ts`.
  for (const file of Object.values(bin)) {
    const name = /^\.\/dist\/(.+)\.js$/.exec(file)?.[1];
    if (name) entries[name] = `src/${name}.ts`;
  }
  for (const [subpath, target] of Object.entries(exportsMap)) {
    if (typeof target !== 'object' || target === null) continue; // plain files: package.json, schema
    if (subpath === '.') entries.index = 'src/index.ts';
    else entries[subpath.slice(2)] = `src/${subpath.slice(2)}/index.ts`;
  }
  return entries;
}

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
};

export default defineConfig({
  entry: entriesFromExports(pkg.exports, pkg.bin),
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
  // Ship the JSON Schema for policy files (`housing-complaints/policy.schema.json`), generated from
  // the built policy module so the schema and the validator cannot disagree.
  async onSuccess() {
    const policy = (await import(pathToFileURL('dist/policy.js').href)) as { policyJsonSchema(): unknown };
    writeFileSync('dist/policy.schema.json', `${JSON.stringify(policy.policyJsonSchema(), null, 2)}\n`);
    // And the JSON Schema of lifecycle events (`housing-complaints/event.schema.json`).
    const lifecycle = (await import(pathToFileURL('dist/lifecycle.js').href)) as { eventJsonSchema(): unknown };
    writeFileSync('dist/event.schema.json', `${JSON.stringify(lifecycle.eventJsonSchema(), null, 2)}\n`);
  },
});
