import type { Source } from '../core/source.js';
import { HousingComplaintsError } from '../core/errors.js';
import { describeValue } from '../core/guard.js';
import { isIsoDate } from '../calendar/dates.js';
import { REMEDIES_GUIDANCE_2024, guidanceInForce, type Confirmation } from './guidance.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * The Housing Ombudsman's determinations on a complaint: the four findings from least to most
 * serious, then reasonable redress (a failure the landlord has already put right) and outside
 * jurisdiction (the Ombudsman cannot consider it).
 *
 * @example
 * ```ts
 * DETERMINATION_LEVELS.map((l) => DETERMINATION_DESCRIPTIONS[l]);
 * ```
 */
export const DETERMINATION_LEVELS = /* @__PURE__ */ deepFrozen([
  'no-maladministration',
  'service-failure',
  'maladministration',
  'severe-maladministration',
  'reasonable-redress',
  'outside-jurisdiction',
] as const);
/**
 * One of {@link DETERMINATION_LEVELS}.
 *
 * @example
 * ```ts
 * const level: DeterminationLevel = 'service-failure';
 * ```
 */
export type DeterminationLevel = (typeof DETERMINATION_LEVELS)[number];

/**
 * Where the determination levels and compensation bands come from.
 *
 * @example
 * ```ts
 * COMPENSATION_BANDS[0]?.source === REMEDIES_GUIDANCE_SOURCE; // true
 * ```
 */
export const REMEDIES_GUIDANCE_SOURCE: Source = /* @__PURE__ */ deepFrozen({
  note:
    "Housing Ombudsman Service, 'Guidance on remedies' (revisions listed up to April 2024), section 'Guidance on calculating financial redress'. Indicative only, and unconfirmed: the amounts were not found in a published text the library could check; from 1 April 2026 the Ombudsman's Compensation Guidance applies instead.",
});

/**
 * Plain-English meaning of each determination level.
 *
 * @example
 * ```ts
 * DETERMINATION_DESCRIPTIONS['reasonable-redress'];
 * ```
 */
export const DETERMINATION_DESCRIPTIONS: { readonly [K in DeterminationLevel]: string } = /* @__PURE__ */ deepFrozen({
  'no-maladministration': 'The landlord acted reasonably; no failure was found.',
  'service-failure': 'A failure of service that had a limited or short-lived impact on the resident.',
  maladministration: 'A failure by the landlord that adversely affected the resident.',
  'severe-maladministration': 'A serious failure, or a series of failures, with a seriously detrimental impact on the resident.',
  'reasonable-redress': 'There was a failure, but the landlord has already put things right in a way that resolves the complaint satisfactorily.',
  'outside-jurisdiction': 'The Ombudsman cannot consider the complaint (for example, it was not put through the landlord’s complaints procedure).',
});

/**
 * How much the failure affected the resident, in the words of the guidance's bands.
 *
 * @example
 * ```ts
 * compensationBand('maladministration', IMPACT_LEVELS[2]); // band 3
 * ```
 */
export const IMPACT_LEVELS = /* @__PURE__ */ deepFrozen(['limited', 'adverse', 'significant', 'serious'] as const);
/**
 * One of {@link IMPACT_LEVELS}.
 *
 * @example
 * ```ts
 * const impact: ImpactLevel = 'significant';
 * ```
 */
export type ImpactLevel = (typeof IMPACT_LEVELS)[number];

/**
 * One indicative compensation band. Amounts in pence; `maxPence` absent means "and above".
 *
 * @example
 * ```ts
 * const b = compensationBand('severe-maladministration', 'serious');
 * b?.maxPence; // undefined: £1,000 and above
 * ```
 */
export interface CompensationBand {
  readonly id: 'band-1' | 'band-2' | 'band-3' | 'band-4';
  readonly minPence: number;
  readonly maxPence?: number;
  readonly levels: readonly DeterminationLevel[];
  readonly impact: ImpactLevel;
  readonly description: string;
  /** Always true: the bands guide; they are not an entitlement. */
  readonly indicative: true;
  /** The edition of the guidance the band belongs to, and the dates it applies (see `OMBUDSMAN_GUIDANCE`). */
  readonly guidance: 'remedies-guidance-2024';
  readonly appliesFrom: string;
  readonly appliesTo: string;
  /** Whether the amounts could be confirmed against a published text, and what was found. */
  readonly confirmation: Confirmation;
  readonly source: Source;
}

// Read from the guidance when loaded, so wrapped as pure (with the bands built from it): a bundle that does not use the bands drops them and the guidance.
const BAND_DATES = /* @__PURE__ */ (() =>
  ({
    guidance: 'remedies-guidance-2024',
    appliesFrom: REMEDIES_GUIDANCE_2024.appliesFrom,
    appliesTo: REMEDIES_GUIDANCE_2024.appliesTo as string,
    confirmation: REMEDIES_GUIDANCE_2024.confirmation,
  }) as const)();

/**
 * The indicative compensation bands of the Housing Ombudsman's remedies guidance, as data. They
 * help a landlord set a proportionate offer (Code 7.4: take account of the Ombudsman's guidance);
 * they are not an entitlement and not a tariff. They are dated (to 31 March 2026; from 1 April
 * 2026 the Compensation Guidance applies, see `specificCompensation`) and marked unconfirmed: the
 * amounts were not found in a published text the library could check.
 *
 * @example
 * ```ts
 * COMPENSATION_BANDS.find((b) => b.id === 'band-2')?.maxPence; // 60000
 * ```
 */
export const COMPENSATION_BANDS: readonly CompensationBand[] = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => [
  {
    id: 'band-1', minPence: 5_000, maxPence: 10_000, levels: ['service-failure'], impact: 'limited',
    description: 'Service failure with some impact on the resident, of short duration, that may not have significantly affected the overall outcome.',
    indicative: true, ...BAND_DATES, source: REMEDIES_GUIDANCE_SOURCE,
  },
  {
    id: 'band-2', minPence: 10_000, maxPence: 60_000, levels: ['maladministration'], impact: 'adverse',
    description: 'Maladministration: a failure which adversely affected the resident, where the landlord made some attempt to put things right that did not address the detriment or was not proportionate.',
    indicative: true, ...BAND_DATES, source: REMEDIES_GUIDANCE_SOURCE,
  },
  {
    id: 'band-3', minPence: 60_000, maxPence: 100_000, levels: ['maladministration', 'severe-maladministration'], impact: 'significant',
    description: 'Maladministration or severe maladministration: a failure which had a significant impact on the resident.',
    indicative: true, ...BAND_DATES, source: REMEDIES_GUIDANCE_SOURCE,
  },
  {
    id: 'band-4', minPence: 100_000, levels: ['severe-maladministration'], impact: 'serious',
    description: 'Severe maladministration: a single significant failure or a series of significant failures with a seriously detrimental impact on the resident.',
    indicative: true, ...BAND_DATES, source: REMEDIES_GUIDANCE_SOURCE,
  },
])());

// Built when loaded, so wrapped as pure: a bundle that does not use the bands drops them.
const BY_ID = /* @__PURE__ */ (() => new Map(COMPENSATION_BANDS.map((b) => [b.id, b])))();
const band = (id: CompensationBand['id']): CompensationBand => BY_ID.get(id) as CompensationBand;

/**
 * The indicative compensation band a finding falls in, from the determination level and the
 * impact on the resident. `null` when the level carries no compensation of its own (no
 * maladministration, reasonable redress, outside jurisdiction). The level bounds the band: service
 * failure is always band 1; maladministration is band 2, or band 3 for a significant or serious
 * impact; severe maladministration is band 3, or band 4 for a serious impact.
 *
 * @example
 * ```ts
 * compensationBand('maladministration', 'significant')?.id; // 'band-3'
 * compensationBand('reasonable-redress', 'adverse'); // null
 * compensationBand('maladministration', 'adverse', '2026-04-01'); // throws guidance-not-in-force
 * ```
 *
 * With `on` (`YYYY-MM-DD`, the date the compensation is assessed), a date outside the bands'
 * guidance (from 1 April 2026 the Compensation Guidance applies) is an error
 * `guidance-not-in-force`.
 */
export function compensationBand(level: DeterminationLevel, impact: ImpactLevel, on?: string): CompensationBand | null {
  if (on !== undefined) {
    if (!isIsoDate(on)) {
      throw new HousingComplaintsError('invalid-date', `on must be a real date written YYYY-MM-DD; got ${describeValue(on)}`, { path: 'on', source: REMEDIES_GUIDANCE_SOURCE });
    }
    const inForce = guidanceInForce(on);
    if (inForce?.id !== REMEDIES_GUIDANCE_2024.id) {
      throw new HousingComplaintsError(
        'guidance-not-in-force',
        `the indicative bands belong to '${REMEDIES_GUIDANCE_2024.title}', which applies ${REMEDIES_GUIDANCE_2024.appliesFrom} to ${REMEDIES_GUIDANCE_2024.appliesTo}; on ${on} ${inForce === null ? 'no edition the library holds applied' : `'${inForce.title}' applies (see specificCompensation)`}`,
        { path: 'on', source: REMEDIES_GUIDANCE_SOURCE },
      );
    }
  }
  if (!(DETERMINATION_LEVELS as readonly string[]).includes(level)) {
    throw new HousingComplaintsError('invalid-level', `level must be one of ${DETERMINATION_LEVELS.join(', ')}; got ${describeValue(level)}`, { path: 'level', source: REMEDIES_GUIDANCE_SOURCE });
  }
  if (!(IMPACT_LEVELS as readonly string[]).includes(impact)) {
    throw new HousingComplaintsError('invalid-impact', `impact must be one of ${IMPACT_LEVELS.join(', ')}; got ${describeValue(impact)}`, { path: 'impact', source: REMEDIES_GUIDANCE_SOURCE });
  }
  const high = impact === 'significant' || impact === 'serious';
  switch (level) {
    case 'service-failure':
      return band('band-1');
    case 'maladministration':
      return high ? band('band-3') : band('band-2');
    case 'severe-maladministration':
      return impact === 'serious' ? band('band-4') : band('band-3');
    default:
      return null;
  }
}
