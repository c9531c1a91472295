/**
 * Markdown escaping shared by every renderer, so that host text (names, titles, evidence, policy
 * ids) can never start a heading, a list, a table row, a fence or raw HTML.
 */

// Characters with a meaning anywhere in a line of Markdown (CommonMark and GitHub): emphasis, code,
// links and images, HTML, entities, tables, strikethrough, and backslash itself.
const INLINE_SPECIAL = /[\\`*_{}[\]<>#|~&!]/g;
// Constructs that only mean something at the start of a block: list items, block quotes (escaped
// above), setext underlines and thematic breaks, ordered lists.
const BLOCK_START = /^([-+=]|\d+[.)])/;
// Every line break CommonMark knows (LF, CR, CRLF) plus the Unicode line and paragraph separators,
// and all other whitespace: collapsed to one space.
const WHITESPACE = /\s+/g;

/**
 * Escapes host text for one line of Markdown: whitespace (line feeds, carriage returns and CRLF
 * included) collapses to single spaces, every character with an inline meaning is
 * backslash-escaped, and a leading list, heading or rule marker is escaped so the text cannot
 * start a new block. A value that is not a string is written as `String(value)` first.
 *
 * @example
 * ```ts
 * markdownInline('# 1. *not* a heading'); // '\\# 1. \\*not\\* a heading'
 * markdownInline('a\rb'); // 'a b'
 * ```
 */
export function markdownInline(text: unknown): string {
  return markdownMidLine(text).replace(BLOCK_START, (m) => (/^\d/.test(m) ? `${m.slice(0, -1)}\\${m.slice(-1)}` : `\\${m}`));
}

/**
 * Escapes host text placed in the middle of a line (after a heading marker, inside a table cell):
 * as {@link markdownInline}, without escaping a leading list or rule marker, which cannot start a
 * block there.
 *
 * @example
 * ```ts
 * markdownMidLine('6.7 | x'); // '6.7 \\| x'
 * ```
 */
export function markdownMidLine(text: unknown): string {
  return plain(text).replace(WHITESPACE, ' ').trim().replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/**
 * Host text as a Markdown code span: the fence is one backtick longer than the longest run of
 * backticks in the text, so the text cannot close it early; line breaks become spaces (a code span
 * cannot hold them), and the text is padded with spaces when it starts or ends with a backtick.
 *
 * @example
 * ```ts
 * codeSpan('acacia-2025'); // '`acacia-2025`'
 * codeSpan('a`b'); // '``a`b``'
 * ```
 */
export function codeSpan(text: unknown): string {
  const flat = plain(text).replace(WHITESPACE, ' ');
  let longest = 0;
  for (const run of flat.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || (flat.startsWith(' ') && flat.endsWith(' ') && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

function plain(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return '';
}

/**
 * Escapes any value for HTML text or a quoted attribute: strings, numbers and everything else
 * (a value that is neither a string nor a number is written as an empty string), so a report read
 * back from edited JSON cannot carry markup in a numeric field.
 *
 * @example
 * ```ts
 * htmlText('<b>'); // '&lt;b&gt;'
 * htmlText(12); // '12'
 * ```
 */
export function htmlText(value: unknown): string {
  // A number, bigint or boolean is written by String(), which gives none of the five characters.
  if (typeof value !== 'string') return plain(value);
  let text = value;
  // Each character is looked for on its own (a search for one character is much quicker than one
  // for any of five), and replaced only where it is found, '&' first. Most values have none.
  const amp = text.includes('&');
  const lt = text.includes('<');
  const gt = text.includes('>');
  const quot = text.includes('"');
  const apos = text.includes("'");
  if (!(amp || lt || gt || quot || apos)) return text;
  if (amp) text = text.replace(/&/g, '&amp;');
  if (lt) text = text.replace(/</g, '&lt;');
  if (gt) text = text.replace(/>/g, '&gt;');
  if (quot) text = text.replace(/"/g, '&quot;');
  if (apos) text = text.replace(/'/g, '&#39;');
  return text;
}
