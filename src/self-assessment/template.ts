/**
 * The blank self-assessment form: the 72 provisions of the Code 2024 with their requirement text
 * and empty columns to fill in, in the columns {@link parseAssessment} reads.
 */
import { code2024 } from './provisions.js';
import { formatCsv } from './csv.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The columns of the blank form, in order: the Ombudsman's five, then Action and Target date for
 * a "No".
 *
 * @example
 * ```ts
 * TEMPLATE_COLUMNS[2]; // 'Comply: Yes / No'
 * ```
 */
export const TEMPLATE_COLUMNS = /* @__PURE__ */ deepFrozen([
  'Code provision',
  'Code requirement',
  'Comply: Yes / No',
  'Evidence',
  'Commentary / explanation',
  'Action',
  'Target date',
] as const);

/**
 * The blank form as CSV (RFC 4180, UTF-8 with a byte-order mark so that Excel opens it as UTF-8):
 * a header row of {@link TEMPLATE_COLUMNS} and one row per provision, provision and requirement
 * filled in, the rest empty. Filled in and saved as CSV, it is read by {@link parseAssessment}.
 *
 * @example
 * ```ts
 * writeFileSync('our-assessment.csv', renderTemplateCsv());
 * ```
 */
export function renderTemplateCsv(): string {
  return `\uFEFF${formatCsv([[...TEMPLATE_COLUMNS], ...code2024.map((p) => [p.number, p.text, '', '', '', '', ''])])}`;
}
