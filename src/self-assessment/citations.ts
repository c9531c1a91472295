/**
 * Reading the policy sections an evidence cell cites: "Covered in Complaints Policy Section 3 –
 * What is a complaint" cites `s.3`; "Sections 6 and 7 – Complaints procedure" cites `s.6` and `s.7`.
 */
import { expectString } from '../core/guard.js';

// "Section 3", "Sections 6 and 7", "Sections 6, 7 & 8", "Sections 6-8", "section 12", "s.3", "s. 6 and s.7".
// A dash followed by a number is a range; a dash followed by a word is the section title.
const SECTION_WORD = /(?:\b(?:sections?|s\.)|§)\s*(\d{1,3}(?:\s*(?:,|&|\/|\band\b|\bto\b|-|–|—)\s*(?:s\.\s*)?\d{1,3}(?![.\d]))*)/gi;

/**
 * The policy sections an evidence text cites, as `'s.N'`, in the order first cited, without
 * duplicates. Recognises "Section 3", "Sections 6 and 7", "Sections 6, 7 and 8", "Sections 6–8"
 * (a range), "s.3" and "§3". A dash followed by words ("Section 3 – What is a complaint") is a
 * title, not a range.
 *
 * @example
 * ```ts
 * citedSections('Covered in Complaints Policy Section 3 – What is a complaint'); // ['s.3']
 * citedSections('Covered in Complaints Policy Sections 6 and 7 – Complaints procedure'); // ['s.6', 's.7']
 * citedSections('N/a in past year'); // []
 * ```
 */
export function citedSections(evidence: string): string[] {
  expectString({ fn: 'citedSections', path: 'evidence' }, evidence);
  const found: string[] = [];
  const add = (n: number): void => {
    const id = `s.${n}`;
    if (n > 0 && !found.includes(id)) found.push(id);
  };
  for (const match of evidence.matchAll(SECTION_WORD)) {
    const list = match[1] ?? '';
    // Split into numbers and the joiners between them, so "6-8" reads as a range.
    const tokens = list.split(/(\d{1,3})/).map((t) => t.trim());
    let previous: number | undefined;
    let pendingRange = false;
    for (const token of tokens) {
      if (/^\d{1,3}$/.test(token)) {
        const n = Number(token);
        if (pendingRange && previous !== undefined && n > previous && n - previous <= 50) {
          for (let k = previous + 1; k <= n; k++) add(k);
        } else {
          add(n);
        }
        previous = n;
        pendingRange = false;
      } else if (/^(?:-|–|—|to)$/i.test(token.replace(/s\.\s*$/i, '').trim())) {
        pendingRange = true;
      } else {
        pendingRange = false;
      }
    }
  }
  return found;
}
