/**
 * Citing a policy by its own sections: the engine never types a section number; it asks the
 * policy which of its sections deal with a subject.
 */
import type { Source } from '../core/source.js';
import { readingAs } from '../core/guard.js';
import type { Policy, PolicySubject } from './schema.js';

/**
 * The numbers of the policy's sections that deal with `subject`, joined with `', '` (`'s.8'`), or
 * `undefined` when the policy states no sections (`null`, as the Code policy) or none deals with it.
 *
 * @example
 * ```ts
 * sectionsOn(policies.wellington, 'exclusions'); // 's.3'
 * sectionsOn(policies.housingOmbudsmanCode2024, 'exclusions'); // undefined
 * ```
 */
export function sectionsOn(policy: Pick<Policy, 'sections'>, subject: PolicySubject): string | undefined {
  return readingAs({ fn: 'sectionsOn', path: 'policy' }, 'a Policy', policy, () => sectionsOf(policy, subject));
}

function sectionsOf(policy: Pick<Policy, 'sections'>, subject: PolicySubject): string | undefined {
  if (policy.sections === null || policy.sections === undefined) return undefined;
  let out: string | undefined;
  for (const s of policy.sections) {
    if (s.subjects.includes(subject)) out = out === undefined ? s.number : `${out}, ${s.number}`;
  }
  return out;
}

/**
 * A source citing a Code provision (optional) and the policy's sections on `subject` (when it has
 * any), with an optional note.
 *
 * @example
 * ```ts
 * citeOn(policies.wellington, 'outcomes', undefined, 'Upheld if every issue is upheld.'); // { policy: 's.8', note: '...' }
 * ```
 */
export function citeOn(policy: Pick<Policy, 'sections'> | undefined, subject: PolicySubject, provision?: string, note?: string): Source {
  const section = policy === undefined ? undefined : sectionsOn(policy, subject);
  // Keys assigned in order rather than spread from conditional literals: the same object, built
  // without the spread's slow path (this runs once per call of checkExclusions and of the rules
  // that cite the policy).
  const out: { provision?: string; policy?: string; note?: string } = {};
  if (provision !== undefined) out.provision = provision;
  if (section !== undefined) out.policy = section;
  if (note !== undefined) out.note = note;
  return out;
}
