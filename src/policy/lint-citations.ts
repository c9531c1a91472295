import type { Finding } from '../core/finding.js';
import * as CODE_2024 from './code2024-rules.js';
import type { Policy, StageRules } from './schema.js';

/** The finding this module gives. */
export type ProvisionCitationFinding = Finding & { readonly code: 'source-cites-other-provision' };

/**
 * One slot of the policy data, made once from the Code table: what it is (for the message), where
 * it is, which field of the stage holds it (`undefined` for the response contents, which sit in
 * `responses.stages`), the Code's provision for it, and the fixed parts of its message.
 */
interface Slot {
  readonly key: 'acknowledge' | 'respond' | 'extension' | undefined;
  readonly provision: string;
  readonly path: string;
  /** The message up to the data's provision, and from it to the end. */
  readonly head: string;
  readonly tail: string;
}

/** The four slots of each stage, in the order the findings come. */
const SLOTS: readonly (readonly Slot[])[] = /* @__PURE__ */ (() =>
  [0, 1].map((i) => {
    const code = CODE_2024.stages[i]!;
    const slot = (what: string, path: string, key: Slot['key'], provision: string): Slot => ({
      key,
      provision,
      path: `${path}.source.provision`,
      head: `The source of the ${what} names Code `,
      tail: `, but the Code's provision for it is ${provision}; the library cites ${provision}, read from the Code's table. Correct the source.`,
    });
    return [
      slot(`stage ${i + 1} acknowledgement`, `stages.${i}.acknowledge`, 'acknowledge', code.acknowledge.provision),
      slot(`stage ${i + 1} response timescale`, `stages.${i}.respond`, 'respond', code.respond.provision),
      slot(`stage ${i + 1} extension rule`, `stages.${i}.extension`, 'extension', code.extension.provision),
      slot(`stage ${i + 1} response contents`, `responses.stages.${i}`, undefined, code.response.provision),
    ];
  }))();

/**
 * Whether a source's provision text (one provision, or several separated by commas) names `wanted`.
 * The usual text is exactly one provision, answered without splitting.
 */
function names(text: string, wanted: string): boolean {
  if (text === wanted) return true;
  if (!text.includes(',')) return text.trim() === wanted;
  const parts = text.split(',');
  for (let i = 0; i < parts.length; i++) if (parts[i]!.trim() === wanted) return true;
  return false;
}

/**
 * Notes where the policy data names a Code provision for a stage's timescale, extension rule or
 * response contents other than the one the Code table gives it (`CODE_2024.stages[i]`). The
 * library never cites the data's provision for these: deadlines, extension errors and report
 * definitions take it from the Code table. So a data error changes no answer, and this note is what
 * says the data disagrees, so that it can be corrected. A source that names no provision, or names
 * the table's among others (`'6.4, 6.5'`), is not noted.
 *
 * Pushed onto `out` (the lint's list), so nothing is spread into it.
 *
 * @example
 * ```ts
 * const out: Finding[] = [];
 * pushProvisionFindings(out, policies.wellington); // out stays []: every provision its data names is the Code table's
 * ```
 */
export function pushProvisionFindings(out: { push(f: ProvisionCitationFinding): unknown }, policy: { readonly stages: readonly StageRules[]; readonly responses: Policy['responses'] }): void {
  const stages: readonly unknown[] = Array.isArray(policy.stages) ? policy.stages : [];
  const responses: readonly unknown[] = Array.isArray(policy.responses?.stages) ? policy.responses.stages : [];
  for (let i = 0; i < 2; i++) {
    const slots = SLOTS[i]!;
    const rules = stages[i] as Partial<Record<'acknowledge' | 'respond' | 'extension', { source?: unknown } | null>> | undefined;
    for (let k = 0; k < slots.length; k++) {
      const slot = slots[k]!;
      // Each field read by its name (a name in a variable is a slower, generic read).
      const key = slot.key;
      const value = key === undefined ? (responses[i] as { source?: unknown } | undefined) : key === 'acknowledge' ? rules?.acknowledge : key === 'respond' ? rules?.respond : rules?.extension;
      const source = value?.source;
      if (source === null || typeof source !== 'object') continue;
      const { provision, policy: section } = source as { provision?: unknown; policy?: unknown };
      if (typeof provision !== 'string' || names(provision, slot.provision)) continue;
      out.push({
        severity: 'note',
        code: 'source-cites-other-provision',
        message: `${slot.head}${provision}${slot.tail}`,
        source: typeof section === 'string' && section !== '' ? { provision: slot.provision, policy: section } : { provision: slot.provision },
        path: slot.path,
      });
    }
  }
}
