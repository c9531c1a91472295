import type { Source } from './source.js';

/**
 * How serious a {@link Finding} is: `breach` fails the Code, `warning` risks it, `note` informs.
 *
 * @example
 * ```ts
 * const serious = (s: Severity) => s !== 'note';
 * ```
 */
export type Severity = 'breach' | 'warning' | 'note';

/**
 * One thing a check found, with the rule it enforces.
 *
 * @example
 * ```ts
 * const f: Finding = {
 *   severity: 'breach',
 *   code: 'stage1-response-too-long',
 *   message: 'Stage 1 responses are due 15 working days after acknowledgement; the Code allows 10.',
 *   source: { provision: '6.3' },
 * };
 * ```
 */
export interface Finding {
  readonly severity: Severity;
  /** Stable identifier of the rule, safe to match on. */
  readonly code: string;
  /** Plain-English explanation, fit to show to a person. */
  readonly message: string;
  /** The Code provision and/or policy section the finding enforces. */
  readonly source: Source;
  /** Where in the checked object the finding applies (dot path), when it applies to one field. */
  readonly path?: string;
}
