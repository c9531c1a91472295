/**
 * What the HTML and Markdown reports share in how they present things to people: the page's
 * stylesheet (screen, phone and A4 print), counts with their plural, month names, labels for ids,
 * axis ticks, and punctuation tidied where sentences were joined.
 */

/**
 * The stylesheet of the HTML reports: readable on a desktop, on a phone 375 px wide (tables
 * become one card per row, nothing wider than the screen), and printed on A4 (page margins,
 * headings kept with what follows, rows, figures and list items never cut across pages, table
 * headers repeated on each page, no colour needed to read it).
 */
export const REPORT_CSS = `
:root { --ink: #1a1a1a; --muted: #555; --rule: #bbb; --bad: #b71c1c; --warn: #8a5a00; --good: #1b5e20; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 0 auto; max-width: 72rem; padding: 1.5rem 1rem 3rem; color: var(--ink); line-height: 1.45; overflow-wrap: break-word; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .5rem; }
h2 { font-size: 1.3rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .4rem; }
.cover { border-bottom: 2px solid var(--ink); padding-bottom: 1rem; margin-bottom: 1rem; }
.cover dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
.cover dt { font-weight: 600; }
.cover dd { margin: 0; }
.verdict-box { border: 2px solid var(--ink); padding: .6rem .8rem; margin: 1rem 0; }
.verdict-box.does-not-comply { border-color: var(--bad); }
.verdict-box.incomplete { border-color: var(--warn); }
.sign-off { margin-top: 1.5rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr)); gap: 1.5rem; }
.sign-off div { border-top: 1px solid var(--ink); padding-top: .2rem; color: var(--muted); font-size: .9rem; }
table { border-collapse: collapse; margin: .75rem 0 1.25rem; width: 100%; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #eee; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.legend, figcaption, .note { font-size: .9rem; color: var(--muted); }
figure { margin: 1rem 0; }
svg { display: block; max-width: 100%; height: auto; }
svg text { fill: var(--ink); }
ul.findings { padding-left: 1.2rem; }
ul.findings li { margin: .35rem 0; }
.sev { font-weight: 700; }
.sev.breach { color: var(--bad); }
.sev.warning { color: var(--warn); }
.sev.note { color: #37474f; }
.check { color: var(--muted); font-size: .9rem; }
.verdict.does-not-comply, tr.does-not-comply th { color: var(--bad); font-weight: 700; }
.verdict.incomplete { color: var(--warn); font-weight: 700; }
ol.bars { list-style: none; padding: 0; margin: .5rem 0; }
ol.bars li { display: grid; grid-template-columns: minmax(8rem, 22rem) 1fr; gap: .2rem .75rem; align-items: center; margin: .35rem 0; }
.bar { display: flex; height: 1.3rem; border: 1px solid #555; background: #fff; }
.bar span { display: block; height: 100%; }
.bar .complies { background: #2e7d32; }
.bar .does-not-comply { background: #c62828; background-image: repeating-linear-gradient(45deg, transparent 0 3px, rgba(255,255,255,.45) 3px 5px); }
.bar .other { background: #9e9e9e; background-image: repeating-linear-gradient(-45deg, transparent 0 3px, rgba(255,255,255,.5) 3px 5px); }
.bar-count { grid-column: 2; font-size: .9rem; }
.key { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; font-size: .9rem; padding: 0; list-style: none; }
.key span { display: inline-block; width: .9rem; height: .9rem; vertical-align: -.1rem; margin-right: .3rem; border: 1px solid #555; }
code { font-size: .85em; }
@media (max-width: 40rem) {
  body { padding: 1rem .75rem 2rem; }
  h1 { font-size: 1.35rem; }
  .cover dl { grid-template-columns: 1fr; }
  .cover dd { margin-bottom: .3rem; }
  ol.bars li { grid-template-columns: 1fr; }
  .bar-count { grid-column: 1; }
  table.cards, table.cards tbody, table.cards tr, table.cards th, table.cards td { display: block; width: 100%; }
  table.cards thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  table.cards tr { border: 1px solid var(--rule); margin: 0 0 .75rem; }
  table.cards th, table.cards td { border: 0; border-bottom: 1px solid #eee; text-align: left; }
  table.cards td[data-label]::before { content: attr(data-label) ": "; font-weight: 600; }
  table.cards td.num { text-align: left; }
}
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
  :root { --muted: #333; }
  body { max-width: none; padding: 0; font-size: 10pt; }
  h1 { font-size: 18pt; }
  h2 { font-size: 13pt; break-before: auto; }
  h2, h3, caption { break-after: avoid; page-break-after: avoid; }
  tr, li, svg, figcaption, .verdict-box, .sign-off, ol.bars li { break-inside: avoid; page-break-inside: avoid; }
  thead { display: table-header-group; }
  section.provisions { break-before: page; page-break-before: always; }
  a { color: inherit; text-decoration: none; }
  .bar .complies, .bar .does-not-comply, .bar .other, .key span, svg rect { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`.trim();

/**
 * "1 breach", "2 breaches", "0 warnings": a count with its noun, plural unless it is one.
 *
 * @example
 * ```ts
 * count(2, 'breach', 'breaches'); // '2 breaches'
 * ```
 */
export function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** Joins phrases: "a", "a and b", "a, b and c". */
export function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * A `YYYY-MM` or `YYYY-MM-DD` date as people write it: "November 2024", "31 March 2025".
 * Anything else is returned as it is.
 *
 * @example
 * ```ts
 * writtenDate('2024-11'); // 'November 2024'
 * ```
 */
export function writtenDate(date: string): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(date);
  const month = m === null ? undefined : MONTHS[Number(m[2]) - 1];
  if (m === null || month === undefined) return date;
  return m[3] !== undefined ? `${Number(m[3])} ${month} ${m[1]}` : `${month} ${m[1]}`;
}

/**
 * The short month name of a `YYYY-MM` month ("Apr"), and the year too where asked ("Apr 2025").
 *
 * @example
 * ```ts
 * shortMonth('2025-04', true); // 'Apr 2025'
 * ```
 */
export function shortMonth(month: string, withYear = false): string {
  const m = /^(\d{4})-(\d{2})/.exec(month);
  const name = m === null ? undefined : MONTHS[Number(m[2]) - 1]?.slice(0, 3);
  if (m === null || name === undefined) return month;
  return withYear ? `${name} ${m[1]}` : name;
}

/**
 * An id written for people: "rent-and-service-charges" gives "Rent and service charges". Text
 * that is not an id (it has a space or a capital) is left alone.
 *
 * @example
 * ```ts
 * labelOf('no-maladministration'); // 'No maladministration'
 * ```
 */
export function labelOf(id: string): string {
  if (!/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/.test(id)) return id;
  const words = id.replace(/[-_]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Round tick values for an axis from 0 to at least `max`: steps of 1, 2 or 5 times a power of
 * ten, about `target` of them.
 *
 * @example
 * ```ts
 * axisTicks(7); // [0, 2, 4, 6, 8]
 * axisTicks(0); // [0, 1]
 * ```
 */
export function axisTicks(max: number, target = 5): number[] {
  if (!(max > 0)) return [0, 1];
  const raw = max / target;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = Math.max(1, ([1, 2, 5, 10].map((k) => k * power).find((s) => s >= raw) ?? 10 * power));
  const top = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) ticks.push(Math.round(v));
  return ticks;
}

/** Text in which {@link tidy}'s last replacement can match: a space before ". , ; :". */
const SPACE_BEFORE_STOP = /\s[.,;:]/;
/** Anything {@link tidy} replaces: ".).", ".." or a space before a mark. */
const TIDY_NEEDED = /\.\)\.|\.\.|\s[.,;:]/;

/**
 * Punctuation tidied where sentences were joined: a full stop closing a bracket that a full stop
 * follows goes (".)." gives ")."), ".." gives "." (an ellipsis "..." is kept), and a space before a
 * full stop or comma goes.
 *
 * @example
 * ```ts
 * tidy('The policy excludes it (first-time requests.).'); // 'The policy excludes it (first-time requests).'
 * ```
 */
export function tidy(text: string): string {
  // A value that is not a string fails on the first replacement, as it always has.
  if (typeof text !== 'string') {
    return (text as string)
      .replace(/\.\)\./g, ').')
      .replace(/(?<!\.)\.\.(?!\.)/g, '.')
      .replace(/\s+([.,;:])(?=\s|$)/g, '$1');
  }
  // Each replacement runs only when the text it is given holds what it looks for (".).", "..", a
  // space before a mark); otherwise it would give that text back unchanged.
  // One search for any of the three first: most texts hold none, and are given back as they are.
  if (!TIDY_NEEDED.test(text)) return text;
  let out = text;
  if (out.includes('.).')) out = out.replace(/\.\)\./g, ').');
  if (out.includes('..')) out = out.replace(/(?<!\.)\.\.(?!\.)/g, '.');
  if (SPACE_BEFORE_STOP.test(out)) out = out.replace(/\s+([.,;:])(?=\s|$)/g, '$1');
  return out;
}
