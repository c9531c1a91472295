import fc from 'fast-check';
import { runs } from '../support/properties.js';
import { describe, expect, it } from 'vitest';
import { tidy } from '../../src/core/presentation.js';
import { htmlText } from '../../src/core/markdown.js';

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
});
