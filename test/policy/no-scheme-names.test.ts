/**
 * No engine condition names a policy or an ombudsman scheme: what differs between schemes and
 * policies is data (`SCHEME_BASICS`, `SCHEMES`, the built-in policies), read by general code. This
 * reads every source file outside that data, with its comments removed, and looks for a scheme id,
 * a built-in policy's id or key, or a scheme's or policy's name written into the code.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { policies } from '../../src/policy/index.js';
import { SCHEME_BASICS, SCHEME_IDS } from '../../src/policy/scheme-basics.js';

/** The data: the built-in policies and the scheme tables. */
const DATA = [/^src\/policy\/builtin\//, /^src\/policy\/schemes\.ts$/, /^src\/policy\/scheme-basics\.ts$/];

/**
 * What a file outside the data may hold, exactly, and nothing more of its kind: the policy
 * validators generated from the schemas (test/core/derive-schemas.ts) carry the schema's list of
 * scheme ids (`ombudsman.scheme`). The rest of that file is checked like any other.
 */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  'src/policy/policy-checks.generated.ts': [`oneOf(${JSON.stringify(SCHEME_IDS)})`],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/** The code without its comments (a `//` after a colon, as in a URL, is kept). */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\'"`])\/\/.*$/gm, '$1');
}

const engine = files('src')
  .map((p) => p.replace(/\\/g, '/'))
  .filter((p) => !DATA.some((d) => d.test(p)));

/** A file's code as the checks read it: without comments and without what {@link ALLOWED} lets it hold. */
function checked(path: string): string {
  let text = code(readFileSync(path, 'utf8'));
  for (const allowed of ALLOWED[path] ?? []) text = text.split(allowed).join('');
  return text;
}

const quoted = (s: string) => new RegExp(`['"\`]${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}['"\`]`);
const FORBIDDEN: { what: string; re: RegExp }[] = [
  ...SCHEME_IDS.map((id) => ({ what: `the scheme id '${id}'`, re: quoted(id) })),
  ...Object.values(policies).map((p) => ({ what: `the policy id '${p.id}'`, re: quoted(p.id) })),
  ...Object.keys(policies).map((k) => ({ what: `a comparison with policies.${k}`, re: new RegExp(`(===|!==)\\s*policies\\.${k}\\b|policies\\.${k}(\\.\\w+)*\\s*(===|!==)`) })),
  ...Object.values(SCHEME_BASICS).map((s) => ({ what: `a comparison with the name '${s.name}'`, re: new RegExp(`(===|!==)\\s*['"\`][^'"\`]*${s.name}`) })),
  { what: 'a comparison of a policy id with a literal', re: /\.id\s*(===|!==)\s*['"`](?!(string|number|undefined|object)['"`])|['"`]\s*(===|!==)\s*\w+\.id\b/ },
  { what: "a comparison with an organisation's name", re: /(===|!==)\s*['"`][^'"`]*(Wellington|Dennetts|CHS|Housing Ombudsman|SPSO|NIPSO)/ },
];

describe('no engine condition names a policy or a scheme', () => {
  it('reads the engine files (and not the data)', () => {
    expect(engine.length).toBeGreaterThan(50);
    expect(engine).toContain('src/reporting/report.ts');
    expect(engine).toContain('src/reporting/figures.ts');
    expect(engine).toContain('src/policy/scheme-lint.ts');
    // The generated validators are read too (the policy ones with their one allowance, below).
    for (const g of ['src/lifecycle/event-checks.generated.ts', 'src/outcomes/outcome-checks.generated.ts', 'src/policy/policy-checks.generated.ts']) expect(engine).toContain(g);
    expect(engine.some((p) => p.startsWith('src/policy/builtin/'))).toBe(false);
  });
  it('each allowed text is in its file (the generated policy validators, with the scheme ids), and only there', () => {
    for (const [path, texts] of Object.entries(ALLOWED)) {
      expect(engine).toContain(path);
      const text = code(readFileSync(path, 'utf8'));
      for (const t of texts) expect(text).toContain(t);
    }
    // Without its allowance the generated file would fail the scheme-id check: the allowance is needed.
    const raw = code(readFileSync('src/policy/policy-checks.generated.ts', 'utf8'));
    expect(FORBIDDEN.filter((f) => f.re.test(raw)).map((f) => f.what)).toEqual(SCHEME_IDS.map((id) => `the scheme id '${id}'`));
    expect(FORBIDDEN.some((f) => f.re.test(checked('src/policy/policy-checks.generated.ts')))).toBe(false);
  });
  for (const f of FORBIDDEN) {
    it(`no engine file has ${f.what}`, () => {
      const hits = engine.filter((p) => f.re.test(checked(p)));
      expect(hits).toEqual([]);
    });
  }
  it('the check finds what it looks for', () => {
    const text = code("if (policyScheme(p).id === 'spso') x(); // 'nipso' in a comment\nconst u = 'https://x'; if (p.id === 'a') y();");
    expect(FORBIDDEN.filter((f) => f.re.test(text)).map((f) => f.what)).toEqual(["the scheme id 'spso'", 'a comparison of a policy id with a literal']);
    expect(FORBIDDEN.some((f) => f.re.test(code("x = policies.wellington.id === y"))) ).toBe(true);
    expect(FORBIDDEN.some((f) => f.re.test(code("if (name === 'Scottish Public Services Ombudsman')")))).toBe(true);
  });
});
