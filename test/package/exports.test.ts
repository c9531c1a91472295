// The build entries, the exports map and the API docs' entry points cannot drift apart (issue 2).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entriesFromExports } from '../../tsup.config.js';

const root = join(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, unknown>;
  bin?: Record<string, string>;
  typesVersions?: Record<string, Record<string, string[]>>;
};
const codeSubpaths = Object.entries(pkg.exports).filter(([, target]) => typeof target === 'object' && target !== null).map(([subpath]) => subpath);

describe('package.json exports, tsup entries and typedoc entry points', () => {
  it('tsup builds exactly one entry per code subpath of exports (plus bin programs), and every entry file exists', () => {
    const entries = entriesFromExports(pkg.exports, pkg.bin);
    const fromExports = codeSubpaths.map((s) => (s === '.' ? 'index' : s.slice(2)));
    const fromBin = Object.values(pkg.bin ?? {}).map((f) => /^\.\/dist\/(.+)\.js$/.exec(f)?.[1]);
    expect(Object.keys(entries).sort()).toEqual([...fromExports, ...fromBin].sort());
    for (const file of Object.values(entries)) expect(existsSync(join(root, file)), `${file} exists`).toBe(true);
  });
  it('every code subpath has import and require conditions, each with types, pointing at what tsup writes', () => {
    for (const subpath of codeSubpaths) {
      const name = subpath === '.' ? 'index' : subpath.slice(2);
      expect(pkg.exports[subpath], subpath).toEqual({
        import: { types: `./dist/${name}.d.ts`, default: `./dist/${name}.js` },
        require: { types: `./dist/${name}.d.cts`, default: `./dist/${name}.cjs` },
      });
    }
  });
  it('typesVersions maps every subpath but the root to what its require condition names, for node10 resolution', () => {
    const expected = Object.fromEntries(
      Object.entries(pkg.exports)
        .filter(([s]) => s !== '.' && s !== './package.json')
        .map(([s, t]) => [s.slice(2), [typeof t === 'string' ? t : (t as { require: { types: string } }).require.types]]),
    );
    expect(pkg.typesVersions).toEqual({ '*': expected });
  });
  it('typedoc documents the same entry points as exports, each subpath before the root (so each name is documented on its subpath page)', () => {
    const typedoc = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')) as { entryPoints: string[] };
    const exported = codeSubpaths.map((s) => entriesFromExports({ [s]: pkg.exports[s] })).flatMap((e) => Object.values(e));
    const subpaths = exported.filter((e) => e !== 'src/index.ts');
    expect(typedoc.entryPoints).toEqual([...subpaths, 'src/index.ts']);
    const moduleFolders = readdirSync(join(root, 'src'), { withFileTypes: true })
      .filter((d) => d.isDirectory() && d.name !== 'core' && existsSync(join(root, 'src', d.name, 'index.ts')))
      .map((d) => `src/${d.name}/index.ts`);
    expect(['src/index.ts', ...moduleFolders].sort()).toEqual([...exported].sort());
  });
});
