/**
 * Rules as data, checked on the source: the engine types no policy section number and no Code
 * timescale. Reads every `.ts` file under src with the TypeScript parser (comments are not code, so
 * they may explain where a rule comes from) and fails, naming file and line, on:
 *
 * 1. a string or template text holding a policy-section literal (`s.` and a digit) outside the
 *    built-in policy files (src/policy/builtin/): citations come from `policy.sections` and the
 *    sources of the policy's values; and a template that builds one (`s.${n}`), other than in the
 *    self-assessment's reading of the form's own words ("Section 3" read as `s.3`,
 *    src/self-assessment/citations.ts), which the check of cited sections then matches against the
 *    policy's own numbers;
 * 2. a Code timescale outside the Code table (src/policy/code2024-requirements.ts, with its rules
 *    one export per requirement in src/policy/code2024-rules.ts), the built-in
 *    policies and the self-assessment's provision tables (src/self-assessment/provisions.ts and
 *    policy-sections.ts, which list every provision by number):
 *    - a string or template text naming a timescale provision (2.3, 6.2, 6.3, 6.4, 6.5, 6.11, 6.14,
 *      6.15, 6.16), alone or in a list such as '6.4, 6.15';
 *    - a condition choosing between Code provisions (`stage === 1 ? '6.7' : '6.18'`): a conditional
 *      expression with a provision number as a literal branch, anywhere outside the Code table;
 *    - a property `workingDays`, `withoutGoodReason` or `months` given a number literal (other than
 *      in the dated data of other ombudsman schemes, src/policy/schemes.ts, and of the Ombudsman's
 *      submission dates, src/self-assessment/submission.ts: facts of other documents, each with its
 *      source, not the Code's timescales).
 * 3. any Code provision number (a provision of the Code 2024 form, `1.2` to `9.8`, alone or with an
 *    item letter such as `9.7(c)`) in a string or template text outside the Code table, the built-in
 *    policies and the provision tables: a citation, a guard's source or a message reads the number
 *    from the Code table (`CODE_2024.<requirement>.provision`), so the number is written once. The
 *    few texts that may still hold one are listed below (`PROVISION_TEXT_ALLOWED`), each with its
 *    reason; files not moved yet are listed with their count, which may only go down.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { code2024 } from '../../src/self-assessment/provisions.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const src = join(root, 'src');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

interface Hit {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** Every literal text of a file (strings, template parts) and every `name: <number>` property, with its line. */
function scan(path: string): { texts: Hit[]; numbers: Hit[]; choices: Hit[]; built: Hit[] } {
  const sf = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const file = relative(root, path).replaceAll('\\', '/');
  const texts: Hit[] = [];
  const numbers: Hit[] = [];
  const choices: Hit[] = [];
  const built: Hit[] = [];
  const provisionLiteral = (e: ts.Expression): boolean => (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) && /^\d\.\d{1,2}$/.test(e.text);
  const line = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const visit = (n: ts.Node): void => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n) || ts.isTemplateHead(n) || ts.isTemplateMiddle(n) || ts.isTemplateTail(n)) {
      texts.push({ file, line: line(n), text: n.text });
    }
    if ((ts.isTemplateHead(n) || ts.isTemplateMiddle(n)) && /(?:^|[^A-Za-z])s\.$/.test(n.text)) built.push({ file, line: line(n), text: n.text });
    if (ts.isPropertyAssignment(n) && ts.isIdentifier(n.name) && ['workingDays', 'withoutGoodReason', 'months'].includes(n.name.text) && ts.isNumericLiteral(n.initializer)) {
      numbers.push({ file, line: line(n), text: `${n.name.text}: ${n.initializer.text}` });
    }
    if (ts.isConditionalExpression(n) && (provisionLiteral(n.whenTrue) || provisionLiteral(n.whenFalse))) {
      choices.push({ file, line: line(n), text: n.getText(sf) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { texts, numbers, choices, built };
}

const all = files(src).map((p) => ({ path: relative(root, p).replaceAll('\\', '/'), ...scan(p) }));
const BUILTIN = /^src\/policy\/builtin\//;
const CODE_TABLES = /^src\/policy\/code2024-(requirements|rules)\.ts$|^src\/self-assessment\/(provisions|policy-sections)\.ts$/;
const OTHER_DATA = /^src\/policy\/schemes\.ts$|^src\/policy\/scheme-basics\.ts$|^src\/self-assessment\/submission\.ts$/;
const SECTION_LITERAL = /(?:^|[^A-Za-z])s\.\d/;
const TIMESCALE_PROVISION = /(?:^|[^\d.])(?:2\.3|6\.(?:2|3|4|5|11|14|15|16))(?![\d])/;
const show = (hits: readonly Hit[]) => hits.map((h) => `${h.file}:${h.line}: ${h.text.slice(0, 100)}`);

describe('rules as data: the engine types no policy section and no Code timescale', () => {
  it('the scan reads the engine (and would see a literal: the built-in policies have them)', () => {
    expect(all.length).toBeGreaterThan(50);
    expect(all.filter((f) => BUILTIN.test(f.path)).some((f) => f.texts.some((t) => SECTION_LITERAL.test(t.text)))).toBe(true);
    expect(all.filter((f) => CODE_TABLES.test(f.path)).some((f) => f.texts.some((t) => TIMESCALE_PROVISION.test(t.text)))).toBe(true);
  });

  it('no policy-section literal (s. and a digit) outside the built-in policy files', () => {
    expect(show(all.filter((f) => !BUILTIN.test(f.path)).flatMap((f) => f.texts.filter((t) => SECTION_LITERAL.test(t.text))))).toEqual([]);
  });

  it('no policy-section number built in a template (`s.${n}`) outside the built-in policy files and the reading of the form', () => {
    const FORM_READING = /^src\/self-assessment\/citations\.ts$/;
    expect(show(all.filter((f) => !BUILTIN.test(f.path) && !FORM_READING.test(f.path)).flatMap((f) => f.built))).toEqual([]);
    // The exception is one place, and the scan sees it.
    expect(all.filter((f) => FORM_READING.test(f.path)).flatMap((f) => f.built)).toHaveLength(1);
  });

  it('no Code timescale provision in a string outside the Code table, the built-in policies and the provision tables', () => {
    expect(show(all.filter((f) => !BUILTIN.test(f.path) && !CODE_TABLES.test(f.path)).flatMap((f) => f.texts.filter((t) => TIMESCALE_PROVISION.test(t.text))))).toEqual([]);
  });

  it('no condition choosing between Code provision numbers (stage 1 or stage 2 reads the Code table)', () => {
    expect(show(all.filter((f) => !CODE_TABLES.test(f.path)).flatMap((f) => f.choices))).toEqual([]);
  });

  it('no number of working days or months typed into the engine', () => {
    expect(show(all.filter((f) => !BUILTIN.test(f.path) && !CODE_TABLES.test(f.path) && !OTHER_DATA.test(f.path)).flatMap((f) => f.numbers))).toEqual([]);
    // The allowance is for those files' own facts: they hold numbers, and are the only ones that may.
    expect(all.filter((f) => OTHER_DATA.test(f.path)).every((f) => f.numbers.length > 0)).toBe(true);
  });
});

/** A provision number of the Code 2024 form, whole (not `1.25`, `1.2rem` or `11.2`), alone or with an item letter (`9.7(c)`). */
const CODE_PROVISION = new RegExp(`(?<![\\d.A-Za-z])(?:${code2024.map((p) => p.number.replace('.', '\\.')).join('|')})(?:\\([a-z]\\))?(?!\\d|\\.\\d|[A-Za-z])`);

/**
 * Texts that may hold a Code provision number outside the Code table, each with its reason. A
 * text is matched exactly, in its file; an entry nothing matches fails the test, so the list stays
 * minimal.
 */
const PROVISION_TEXT_ALLOWED: readonly { file: string; text: string; reason: string }[] = [
  {
    file: 'src/policy/json-schema.ts',
    text: "Where the value comes from: a Code 2024 provision (such as '5.3'), a section of the policy (as the policy numbers it), the sentence it is read from (quote), and/or a note on an ambiguous text.",
    reason: 'the JSON Schema describes the form of a source: an example of a provision number, citing nothing',
  },
  {
    file: 'src/self-assessment/parse.ts',
    text: '.provision: write the provision number as a string such as "6.10", not ',
    reason: 'tells a host how to write a provision number: an example of the form, citing nothing',
  },
  {
    file: 'src/self-assessment/parse.ts',
    text: ' (a number cannot tell 6.1 from 6.10)',
    reason: 'the same message: why a number will not do, citing nothing',
  },
];

/**
 * Files whose citations are still typed, with how many texts hold a provision number. Each count
 * may only go down: moving a citation to the Code table lowers it, and a file at 0 leaves the list.
 */
const PROVISIONS_STILL_TYPED: Readonly<Record<string, number>> = {
  // The lint's messages and the scheme lint's citation of 3.7 (still typed; to move as the others did).
  'src/policy/lint.ts': 20,
  'src/policy/scheme-lint.ts': 1,
  // The policy validation errors' stage count (5.3, 5.2, 6.10): reading the Code table here would
  // add the whole table (its quotes, about 2.1 kB) to the bundle of a built-in with definePolicy,
  // measured 13.04 -> 15.15 kB. It moves once the table's parameters are apart from its texts.
  'src/policy/errors.ts': 3,
};

describe('rules as data: a Code provision number is written only in the Code table', () => {
  const outside = all.filter((f) => !BUILTIN.test(f.path) && !CODE_TABLES.test(f.path));
  const allowed = (h: Hit) => PROVISION_TEXT_ALLOWED.some((a) => a.file === h.file && a.text === h.text);
  const typed = outside.flatMap((f) => f.texts.filter((t) => CODE_PROVISION.test(t.text) && !allowed(t)));

  it('the pattern sees a provision number whole, and only a provision number', () => {
    for (const t of ['6.12', 'Code 6.12 says', '(2.2, 2.4)', '9.7(c)', 'also 5.2: two', 'stage (Code 5.3).']) expect(CODE_PROVISION.test(t), t).toBe(true);
    for (const t of ['1.25rem', 'line-height: 1.45', '1.0', '11.2', '6.40', 'v1.2.3', '0.5']) expect(CODE_PROVISION.test(t), t).toBe(false);
    // The Code table holds them, so the scan would see one typed there.
    expect(all.filter((f) => CODE_TABLES.test(f.path)).some((f) => f.texts.some((t) => CODE_PROVISION.test(t.text)))).toBe(true);
  });

  it('outside the Code table, the built-in policies and the provision tables, no text holds one (but the listed)', () => {
    expect(show(typed.filter((h) => PROVISIONS_STILL_TYPED[h.file] === undefined))).toEqual([]);
  });

  it('each file still typing citations holds no more than its count, and exactly it (lower the count as they move)', () => {
    const counts: Record<string, number> = {};
    for (const h of typed) if (PROVISIONS_STILL_TYPED[h.file] !== undefined) counts[h.file] = (counts[h.file] ?? 0) + 1;
    expect(counts).toEqual(PROVISIONS_STILL_TYPED);
  });

  it('every allowed text is still there (an entry that matches nothing is removed)', () => {
    for (const a of PROVISION_TEXT_ALLOWED) expect(all.some((f) => f.path === a.file && f.texts.some((t) => t.text === a.text)), `${a.file}: ${a.text}`).toBe(true);
  });
});
