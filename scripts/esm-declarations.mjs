// Run by `npm run build` after tsup. The package has one set of declarations, the CommonJS build's
// (`dist/*.d.cts` and their shared chunks). Each ES module entry's declaration file (`dist/x.d.ts`,
// what the exports map's `import` condition names) re-exports its CommonJS twin: TypeScript reads
// the named exports of a CommonJS declaration file from an ES module as Node reads them from the
// code, so both conditions see the same types, in the format (ESM or CommonJS) of the file they
// resolve to, as every @arethetypeswrong/cli profile requires. Two copies of the same declarations
// would double their weight in the package and make each class and unique symbol two types.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = 'dist';
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

/** The entries of the exports map that have types: `{ esm: 'dist/x.d.ts', cjs: 'dist/x.d.cts' }`. */
const entries = Object.values(pkg.exports)
  .filter((t) => typeof t === 'object' && t !== null)
  .map((t) => ({ esm: t.import.types.replace(/^\.\//, ''), cjs: t.require.types.replace(/^\.\//, '') }));

for (const { esm, cjs } of entries) {
  const twin = cjs.replace(/^dist\//, './').replace(/\.d\.cts$/, '.cjs');
  const names = readFileSync(cjs, 'utf8');
  if (/^export\s+(default|=)/m.test(names)) throw new Error(`${cjs} has a default export, which "export *" would not carry to ${esm}`);
  writeFileSync(esm, `export * from '${twin}';\n`);
}
// The ES module build's own declaration chunks: nothing refers to them now.
const kept = new Set(entries.map((e) => e.esm.replace(/^dist\//, '')));
for (const f of readdirSync(dist)) if (f.endsWith('.d.ts') && !kept.has(f)) rmSync(join(dist, f));
