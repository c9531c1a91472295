import type { Finding } from '../core/finding.js';
import { CODE_2024 } from './code2024-requirements.js';
import type { Policy, StageRules } from './schema.js';

/** The finding this module gives. */
export type ProvisionCitationFinding = Finding & { readonly code: 'source-cites-other-provision' };

/** What a slot of the policy data is, for the message: a stage's acknowledgement, response, extension rule or response contents. */
type Slot = { readonly what: string; readonly path: string; readonly source: unknown; readonly provision: string };

const provisionsIn = (text: string): string[] => text.split(',').map((x) => x.trim()).filter((x) => x !== '');

/**
 * Notes where the policy data names a Code provision for a stage's timescale, extension rule or
 * response contents other than the one the Code table gives it (`CODE_2024.stages[i]`). The
 * library never cites the data's provision for these: deadlines, extension errors and report
 * definitions take it from the Code table. So a data error changes no answer, and this note is what
 * says the data disagrees, so that it can be corrected. A source that names no provision, or names
 * the table's among others (`'6.4, 6.5'`), is not noted.
 *
 * @example
 * ```ts
 * provisionFindings(policies.wellington); // []: every provision its data names is the Code table's
 * ```
 */
export function provisionFindings(policy: { readonly stages: readonly StageRules[]; readonly responses: Policy['responses'] }): ProvisionCitationFinding[] {
  const out: ProvisionCitationFinding[] = [];
  const stages: readonly unknown[] = Array.isArray(policy.stages) ? policy.stages : [];
  const responses: readonly unknown[] = Array.isArray(policy.responses?.stages) ? policy.responses.stages : [];
  for (let i = 0; i < 2; i++) {
    const code = CODE_2024.stages[i]!;
    const rules = stages[i] as Record<string, { source?: unknown } | null | undefined> | undefined;
    const slots: Slot[] = [
      { what: `stage ${i + 1} acknowledgement`, path: `stages.${i}.acknowledge`, source: rules?.['acknowledge']?.source, provision: code.acknowledge.provision },
      { what: `stage ${i + 1} response timescale`, path: `stages.${i}.respond`, source: rules?.['respond']?.source, provision: code.respond.provision },
      { what: `stage ${i + 1} extension rule`, path: `stages.${i}.extension`, source: rules?.['extension']?.source, provision: code.extension.provision },
      { what: `stage ${i + 1} response contents`, path: `responses.stages.${i}`, source: (responses[i] as { source?: unknown } | undefined)?.source, provision: code.response.provision },
    ];
    for (const slot of slots) {
      if (slot.source === null || typeof slot.source !== 'object') continue;
      const { provision, policy: section } = slot.source as { provision?: unknown; policy?: unknown };
      if (typeof provision !== 'string' || provisionsIn(provision).includes(slot.provision)) continue;
      out.push({
        severity: 'note',
        code: 'source-cites-other-provision',
        message: `The source of the ${slot.what} names Code ${provision}, but the Code's provision for it is ${slot.provision}; the library cites ${slot.provision}, read from the Code's table. Correct the source.`,
        source: typeof section === 'string' && section !== '' ? { provision: slot.provision, policy: section } : { provision: slot.provision },
        path: `${slot.path}.source.provision`,
      });
    }
  }
  return out;
}
