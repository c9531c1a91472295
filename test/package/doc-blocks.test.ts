// Every TypeScript code block of README.md and docs/*.md type-checks as pasted, and runs where it
// prints, here against the sources (`housing-complaints/*` mapped to src/). `npm run check:package`
// runs the same check against the package installed from its tarball.
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without declarations
import { checkBlocks, docFiles, extractBlocks, label } from './doc-blocks.mjs';

type Block = { file: string; line: number; index: number; code: string; runs: boolean; continued: boolean };
const blocks: Block[] = (docFiles() as string[]).flatMap((f) => extractBlocks(f) as Block[]);
let results: Map<Block, string[]>;

beforeAll(async () => {
  const checked = (await checkBlocks(blocks, { src: true })) as { block: Block; errors: string[] }[];
  results = new Map(checked.map((r) => [r.block, r.errors]));
}, 180_000);

describe('code blocks in README.md and docs/*.md', () => {
  it('finds the blocks: the README example and at least one in every guide with TypeScript', () => {
    expect(blocks.some((b) => b.file === 'README.md' && b.runs)).toBe(true);
    expect(new Set(blocks.map((b) => b.file)).size).toBeGreaterThan(5);
  });
  for (const block of blocks) {
    it(`${label(block)}${block.runs ? ' type-checks and runs' : ' type-checks'}`, () => {
      expect(results.get(block), `fix the block at ${block.file}:${block.line}`).toEqual([]);
    });
  }
});

describe('extractBlocks', () => {
  it('reads ts fences with their line, skips other fences, and appends a `continued` block to the one before', () => {
    const md = ['# T', '```sh', '```ts', '```', '', '```ts', "const a = 1;", '```', '```ts continued', 'console.log(a);', '```', '~~~typescript', 'declare const x: number;', 'console.log(x);', '~~~'].join('\n');
    const got = extractBlocks('x.md', md) as (Block & { lines: number[] })[];
    expect(got.map((b) => [b.line, b.code, b.runs])).toEqual([
      [6, 'const a = 1;\n', false],
      [9, 'const a = 1;\nconsole.log(a);\n', true],
      [12, 'declare const x: number;\nconsole.log(x);\n', false],
    ]);
    expect(got[1]!.lines).toEqual([7, 10]);
  });
});
