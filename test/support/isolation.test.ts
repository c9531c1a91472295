// Test files share their worker's loaded modules (vitest.config.ts: isolate: false). That is sound
// only while no test file resets the module registry or mocks a module, whose effects would then
// reach the files that run after it in the same worker. This check reads every test file for them.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const FORBIDDEN = /\bvi\s*\.\s*(resetModules|mock|doMock|stubGlobal|stubEnv)\s*\(/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? testFiles(join(dir, e.name)) : /\.(test|spec)\.[cm]?[jt]s$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('test files that share loaded modules', () => {
  it('reset no module registry and mock no module or global', () => {
    const files = testFiles(root);
    expect(files.length).toBeGreaterThan(100);
    const offending = files.filter((f) => f !== import.meta.filename && FORBIDDEN.test(readFileSync(f, 'utf8')));
    expect(offending.map((f) => relative(root, f))).toEqual([]);
  });
  it('the pattern finds what it is meant to find', () => {
    for (const s of ['vi.resetModules();', 'vi.mock("../x")', 'vi . stubGlobal("a", 1)', 'vi.doMock(x)', 'vi.stubEnv("TZ", "x")']) expect(FORBIDDEN.test(s), s).toBe(true);
    expect(FORBIDDEN.test("vi.spyOn(console, 'log')")).toBe(false);
  });
});
