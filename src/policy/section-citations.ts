/**
 * The sections each source of a policy cites, against the sections the policy lists: where a
 * source cites a section the policy does not list (a variant that renumbers its sections but keeps
 * a base policy's sources). The lint turns each gap into a note (`source-cites-unknown-section`).
 *
 * A policy parsePolicy, assertPolicy or definePolicy checked cannot change (it is deep-frozen), so
 * its sources are read once, when it is checked (recordSectionGaps), as its values are checked
 * once; the lint then reads what was found. Any other policy is read on every call.
 */
import type { Source } from '../core/source.js';
import type { Policy } from './schema.js';
import { isChecked } from './validated.js';

/** A source that cites sections the policy does not list: the source, those sections, and where it is (a dot path, '' for the policy's own). */
export interface SectionGap {
  readonly src: Source;
  readonly unknown: readonly string[];
  readonly where: string;
}

const NO_GAPS: readonly SectionGap[] = Object.freeze([]);

/** What recordSectionGaps found for each checked policy. */
const RECORDED = new WeakMap<object, readonly SectionGap[]>();

/**
 * The sources of `policy` that cite sections it does not list, in the order of its values (none
 * when it lists no sections): as recorded when the policy was checked, or read now.
 *
 * @internal
 * @example
 * ```ts
 * sectionGaps(policies.wellington); // []: every source cites a section Wellington lists
 * ```
 */
export function sectionGaps(policy: Pick<Policy, 'sections'>): readonly SectionGap[] {
  return RECORDED.get(policy) ?? scanSections(policy);
}

/**
 * Reads the sources of a policy the library has just checked (and frozen), once, for the lint.
 *
 * @internal
 * @example
 * ```ts
 * return ok(recordSectionGaps(markChecked(r.data)));
 * ```
 */
export function recordSectionGaps<T extends Pick<Policy, 'sections'>>(policy: T): T {
  if (isChecked(policy)) RECORDED.set(policy, scanSections(policy));
  return policy;
}

/** Every source of the policy, walked in full, in the order of its values: the gaps among them. */
function scanSections(policy: Pick<Policy, 'sections'>): readonly SectionGap[] {
  const sections = policy.sections;
  if (sections === null || sections === undefined) return NO_GAPS;
  // One map for the scan: each section the policy lists (bit 1) and each text found to cite only
  // listed sections (bit 2).
  const seen = new Map<string, number>();
  for (let i = 0; i < sections.length; i++) seen.set(sections[i]!.number, LISTED);
  const scan: SectionScan = { gaps: [], seen, last: undefined };
  walkSources(scan, policy);
  return scan.gaps.length === 0 ? NO_GAPS : scan.gaps;
}

/** {@link SectionScan.seen}'s bits: a section the policy lists; a text found to cite only listed sections. */
const LISTED = 1;
const FINE = 2;

/** One scan's state: the gaps found, the sections the policy lists, and the texts found to cite only those. */
interface SectionScan {
  readonly gaps: SectionGap[];
  /** The sections the policy lists and the texts read so far, with their bits (LISTED, FINE). */
  readonly seen: Map<string, number>;
  /** The text last found to cite only listed sections. */
  last: string | undefined;
}

/** Whether a character may be one `String.prototype.trim` removes (so a part is trimmed by it). */
const maybeSpace = (c: number): boolean => c <= 32 || c === 160 || c >= 5760;

/** Whether the policy lists section `one`. */
const listed = (scan: SectionScan, one: string): boolean => ((scan.seen.get(one) ?? 0) & LISTED) !== 0;

/**
 * The sections a source's `policy` text names (separated by commas, trimmed) that the policy does
 * not list, or undefined when there are none (or the source names no section). Most sources of a
 * policy repeat a few texts: each is read once per call. A text naming one section is read
 * without splitting; one naming several is cut at its commas, each part trimmed of spaces and
 * then, only when it may hold other white space, by `trim` (the same parts as splitting and trimming).
 */
function unknownOf(scan: SectionScan, src: Source | undefined): string[] | undefined {
  if (src === undefined) return undefined;
  const text: unknown = src.policy;
  // A draft's text that is no string names no section (the value check reports it).
  if (typeof text !== 'string' || text === '') return undefined;
  // Neighbouring values are mostly read from the same sections: the text just found fine is
  // compared first, then those found before.
  if (text === scan.last) return undefined;
  const seen = scan.seen;
  const bits = seen.get(text);
  if (bits !== undefined && (bits & FINE) !== 0) {
    scan.last = text;
    return undefined;
  }
  let unknown: string[] | undefined;
  let comma = text.indexOf(',');
  if (comma < 0) {
    const one = text.trim();
    if (one !== '' && !listed(scan, one)) return [one];
  } else {
    let from = 0;
    for (;;) {
      const end = comma < 0 ? text.length : comma;
      let a = from;
      let b = end;
      while (a < b && text.charCodeAt(a) === 32) a++;
      while (b > a && text.charCodeAt(b - 1) === 32) b--;
      if (a < b) {
        let one = text.slice(a, b);
        if (maybeSpace(one.charCodeAt(0)) || maybeSpace(one.charCodeAt(one.length - 1))) one = one.trim();
        if (one !== '' && !listed(scan, one)) (unknown ??= []).push(one);
      }
      if (comma < 0) break;
      from = comma + 1;
      comma = text.indexOf(',', from);
    }
  }
  if (unknown === undefined) {
    seen.set(text, (bits ?? 0) | FINE);
    scan.last = text;
  }
  return unknown;
}

/** The gap of a source at `where` (the dot path of the value it belongs to) citing `unknown`. */
function unknownNote(scan: SectionScan, src: Source, unknown: readonly string[], where: string): void {
  scan.gaps.push({ src, unknown, where });
}

/** The sources of any value, walked in full: every `source` key's object, outside `sections`. */
function walkSources(scan: SectionScan, policy: object): void {
  // The path is kept as a stack (array indexes as numbers, which join as their digits) and joined
  // only for a finding: most nodes cite nothing unknown.
  const path: (string | number)[] = [];
  const walk = (value: object): void => {
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const v: unknown = value[i];
        if (v === null || typeof v !== 'object') continue;
        path.push(i);
        walk(v);
        path.pop();
      }
      return;
    }
    for (const key of Object.keys(value)) {
      const v = (value as Record<string, unknown>)[key];
      if (v === null || typeof v !== 'object') continue;
      if (key === 'source') {
        const src = v as Source;
        const unknown = unknownOf(scan, src);
        if (unknown !== undefined) unknownNote(scan, src, unknown, path.join('.'));
      } else if (key !== 'sections') {
        path.push(key);
        walk(v);
        path.pop();
      }
    }
  };
  walk(policy);
}

