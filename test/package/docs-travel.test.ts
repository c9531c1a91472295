// The docs work where users read them: on the registry page (README links are absolute, to the
// repository named in package.json) and in the installed package (no message points at a file
// the package does not contain).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { guideUrl, REPOSITORY_URL } from '../../src/core/links.js';

const root = join(import.meta.dirname, '../..');
const read = (p: string) => readFileSync(join(root, p), 'utf8');
const pkg = JSON.parse(read('package.json')) as { repository?: { url?: string }; files: string[] };
const repo = pkg.repository?.url?.replace(/^git\+/, '').replace(/\.git$/, '');
const docs = readdirSync(join(root, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(`${dir}/${d.name}`) : d.name.endsWith('.ts') ? [`${dir}/${d.name}`] : [],
  );
}

/** Every string and template literal of a TypeScript file (not its comments), with its line. */
function literals(file: string): { line: number; text: string }[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const found: { line: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) {
      found.push({ line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: node.text });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Files users do not have: the repository's guides and its development notes. */
const NOT_SHIPPED = /\b(docs\/[\w.-]+|DESIGN\.md|STYLE\.md)\b/;

describe('docs that travel', () => {
  it('package.json names the repository, and the README links there (or to other sites), never to a relative path', () => {
    expect(repo).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/);
    const links = [...read('README.md').matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    const relative = links.filter((l) => !/^(https?:|mailto:|#)/.test(l));
    expect(relative, 'README links that break on the registry page').toEqual([]);
    for (const l of links.filter((l) => l.includes('/blob/') || l.includes('/tree/'))) expect(l.startsWith(`${repo}/`), l).toBe(true);
  });

  it('messages link the guides at the repository package.json names, and each guide they name exists', () => {
    expect(REPOSITORY_URL).toBe(repo);
    for (const f of sourceFiles('src')) {
      for (const m of read(f).matchAll(/guideUrl\('([\w-]+)'\)/g)) {
        expect(() => read(`docs/${m[1]}.md`), `${f}: guideUrl('${m[1]}')`).not.toThrow();
        expect(guideUrl(m[1]!)).toBe(`${repo}/blob/main/docs/${m[1]}.md`);
      }
    }
  });

  it('the guides the README links to exist in the repository', () => {
    const linked = [...read('README.md').matchAll(/\]\(([^)\s#]+)/g)].map((m) => m[1]!).filter((l) => l.startsWith(`${repo}/blob/main/`));
    for (const l of linked) expect(() => read(l.slice(`${repo}/blob/main/`.length)), l).not.toThrow();
  });

  it('no string in src (error messages, rendered text) points at a file the package does not contain', () => {
    const offenders = sourceFiles('src').flatMap((f) => literals(f).filter((l) => NOT_SHIPPED.test(l.text.replace(/https?:\/\/\S+/g, ''))).map((l) => `${f}:${l.line}: ${l.text.slice(0, 120)}`));
    expect(offenders, "write the guide's address instead: guideUrl('<name>') from src/core/links.ts, for a docs/<name>.md that exists").toEqual([]);
  });

  it('no doc comment in src (they ship in the declarations and the API reference) names a file users lack, other than by its address', () => {
    const offenders = sourceFiles('src').flatMap((f) => {
      const text = read(f);
      return [...text.matchAll(/\/\*\*[\s\S]*?\*\//g)].flatMap((m) => {
        const comment = m[0].replace(/https?:\/\/\S+/g, '');
        if (!NOT_SHIPPED.test(comment)) return [];
        const line = text.slice(0, m.index).split('\n').length;
        return [`${f}:${line}: ${NOT_SHIPPED.exec(comment)![0]}`];
      });
    });
    expect(offenders, "name the guide and give its address (guideUrl's form: .../blob/main/docs/<name>.md)").toEqual([]);
  });

  it('the guides cite the sources and the Code, not the repository\'s development notes', () => {
    const offenders = docs.flatMap((f) => read(f).split('\n').flatMap((line, i) => (/\b(DESIGN|STYLE)\.md\b/.test(line) ? [`${f}:${i + 1}: ${line.trim()}`] : [])));
    expect(offenders).toEqual([]);
  });

  it('the CHANGELOG has [Unreleased] first, then dated versions, the one in package.json among them', () => {
    const version = (JSON.parse(read('package.json')) as { version: string }).version;
    const headings = [...read('CHANGELOG.md').matchAll(/^## \[([^\]]+)\](.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]);
    expect(headings[0]).toEqual(['Unreleased', '']);
    for (const [v, rest] of headings.slice(1)) {
      expect(v, 'a version heading').toMatch(/^\d+\.\d+\.\d+$/);
      expect(rest, `the date of ${v}`).toMatch(/^- \d{4}-\d{2}-\d{2}$/);
    }
    expect(headings.map(([v]) => v)).toContain(version);
    expect(read('LICENSE')).toMatch(/^MIT License\n\nCopyright \(c\) \d{4} /);
  });
});
