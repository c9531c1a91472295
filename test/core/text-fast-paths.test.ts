import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/core/presentation.js';
import { htmlText } from '../../src/core/markdown.js';
import { splitFirstSentence } from '../../src/self-assessment/present.js';

// The escaping and tidying helpers return early when nothing can change. These properties compare
// them with the plain definitions (every replacement run every time) on text made mostly of the
// characters that matter, so the early returns are exercised both ways.
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const plainEscape = (s: string): string => s.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
const plainTidy = (s: string): string => s.replace(/\.\)\./g, ').').replace(/(?<!\.)\.\.(?!\.)/g, '.').replace(/\s+([.,;:])(?=\s|$)/g, '$1');
const text = fc.string({ unit: fc.constantFrom('a', 'B', ' ', '\n', '.', ')', ',', ';', ':', '&', '<', '>', '"', "'", '…', 'é'), maxLength: 40 });

describe('text helpers: the early returns change nothing', () => {
  it('htmlText escapes exactly what the five replacements escape', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => {
      expect(htmlText(s)).toBe(plainEscape(s));
    }), { numRuns: runs(20) });
    expect(htmlText('Tom & "Jerry" <b>it\'s</b>')).toBe('Tom &amp; &quot;Jerry&quot; &lt;b&gt;it&#39;s&lt;/b&gt;');
    expect(htmlText('nothing to escape')).toBe('nothing to escape');
    expect(htmlText(12)).toBe('12');
  });

  it('tidy gives what the three replacements give', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string()), (s) => {
      expect(tidy(s)).toBe(plainTidy(s));
    }), { numRuns: runs(20) });
    expect(tidy('It ends (s.3.). Next ..')).toBe('It ends (s.3). Next.');
  });

  it('splitFirstSentence splits where a walk over every character splits', () => {
    // The plain definition: every character looked at, brackets counted, the first ". " (or "! ",
    // "? ") before a capital or a quotation mark outside brackets ends the sentence.
    const opens = (c: number) => (c >= 65 && c <= 90) || c === 34 || c === 39 || c === 0x201c || c === 0x2018;
    const plainSplit = (m: string): [string, string] => {
      let depth = 0;
      for (let i = 0; i < m.length; i++) {
        const c = m.charCodeAt(i);
        if (c === 40 || c === 91) depth++;
        else if ((c === 41 || c === 93) && depth > 0) depth--;
        else if (depth === 0 && (c === 46 || c === 33 || c === 63) && m.charCodeAt(i + 1) === 32 && opens(m.charCodeAt(i + 2))) return [m.slice(0, i + 1), m.slice(i + 2)];
      }
      return [m, ''];
    };
    const sentence = fc.string({ unit: fc.constantFrom('a', 'B', 'Z', ' ', '.', '!', '?', '(', ')', '[', ']', '"', "'", '\u201c', '\u2018', 's', '3'), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(sentence, fc.string()), (m) => {
      expect(splitFirstSentence(m)).toStrictEqual(plainSplit(m));
    }), { numRuns: 3000 });
    expect(splitFirstSentence('Provision 6.3 (see s.3. Here). It is late. More')).toStrictEqual(['Provision 6.3 (see s.3. Here).', 'It is late. More']);
    expect(splitFirstSentence('No end here')).toStrictEqual(['No end here', '']);
  });
});
