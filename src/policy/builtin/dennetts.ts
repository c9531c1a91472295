/**
 * Dennetts Housing Co-operative, "Outsourced complaints policy for service complaints", adopted by
 * the Management Committee in January 2025 (source file `dennetts-complaints-policy-2025-01.txt`).
 * The text is the Wellington policy's, word for word once layout and typography are set aside; the
 * differences are the name, the date, the Ombudsman's telephone number written `o3001113000` in
 * s.10, and one typo corrected in s.6 ('compliant' to 'complaint'). Section numbers are the same, so
 * every source citation carries over.
 */
import type { Policy, PolicyInput } from '../schema.js';
import { builtin } from './builtin.js';
import { wellingtonInput } from './wellington.js';

/**
 * The Dennetts policy as written, before validation. `policies.dennetts` is this, validated.
 *
 * @example
 * ```ts
 * import { dennettsInput } from './builtin/dennetts.js';
 * dennettsInput.adopted; // '2025-01-01'
 * ```
 */
export const dennettsInput = /* @__PURE__ */ (() => ({
  ...wellingtonInput,
  id: 'dennetts-2025-01',
  organisation: 'Dennetts Housing Co-operative',
  adopted: '2025-01-01',
  inForce: { from: '2025-01-01' },
  ombudsman: {
    ...wellingtonInput.ombudsman,
    contact: { ...wellingtonInput.ombudsman.contact, phone: '0300 111 3000' },
    source: { policy: 's.6, s.7, s.10', provision: '3.7', note: "s.10 writes the telephone number 'o3001113000'; read as 0300 111 3000." },
  },
  ambiguities: [
    { path: 'adopted', text: "'Adopted / last reviewed by Management Committee: Jan 2025' gives a month, not a day.", reading: 'Adopted and in force from the first day of that month, 2025-01-01.' },
    { path: 'ombudsman.contact.phone', text: "s.10: 'Telephone: o3001113000' (a letter o for the leading zero, no spacing).", reading: '0300 111 3000, the number the Wellington text gives in the same sentence.' },
    ...wellingtonInput.ambiguities.filter((a) => a.path !== 'adopted'),
  ],
} satisfies PolicyInput))();

/**
 * Dennetts Housing Co-operative, the same policy text as Wellington's, January 2025, validated and
 * frozen. The same object as `policies.dennetts`; import it by name and a bundler leaves the other
 * built-in policies out.
 *
 * @example
 * ```ts
 * import { dennetts } from 'housing-complaints/policy';
 * dennetts.organisation; // 'Dennetts Housing Co-operative'
 * ```
 */
export const dennetts: Policy = /* @__PURE__ */ builtin(dennettsInput);
