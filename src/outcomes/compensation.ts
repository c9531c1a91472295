/**
 * The specific compensation orders of the Housing Ombudsman's 2026 Compensation Guidance, worked
 * out from facts: days without heating, hot water, power or lighting, and missed appointments.
 */
import { type Result, ok, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { describe, isIsoDate } from '../calendar/dates.js';
import {
  COMPENSATION_GUIDANCE_2026,
  SPECIFIC_COMPENSATION_ORDERS,
  guidanceInForce,
  type GuidanceEdition,
  type SpecificOrder,
  type SpecificOrderId,
} from './guidance.js';

/**
 * The facts the specific orders are worked out from. Each count is a whole number, zero or more;
 * the counts are exclusive: a day without both heating and hot water is counted once, in
 * `daysWithoutHeatingAndHotWater`, not again in the one-service counts.
 *
 * @example
 * ```ts
 * const facts: CompensationFacts = { assessedOn: '2026-05-11', daysWithoutHeatingAndHotWater: 4, missedAppointments: 2 };
 * ```
 */
export interface CompensationFacts {
  /** The date the compensation is assessed (ordered, offered or checked), `YYYY-MM-DD`. */
  readonly assessedOn: string;
  readonly daysWithoutHeatingAndHotWater?: number;
  readonly daysWithoutHeatingOnly?: number;
  readonly daysWithoutHotWaterOnly?: number;
  readonly daysWithoutPower?: number;
  readonly daysWithoutLightingOnly?: number;
  readonly missedAppointments?: number;
}

/** The count fields of {@link CompensationFacts}, in the order the lines are listed. */
const COUNT_FIELDS = [
  'daysWithoutHeatingAndHotWater',
  'daysWithoutHeatingOnly',
  'daysWithoutHotWaterOnly',
  'daysWithoutPower',
  'daysWithoutLightingOnly',
  'missedAppointments',
] as const;
type CountField = (typeof COUNT_FIELDS)[number];

const ORDER_OF: { readonly [K in CountField]: SpecificOrderId } = {
  daysWithoutHeatingAndHotWater: 'heating-and-hot-water-complete-loss',
  daysWithoutHeatingOnly: 'heating-or-hot-water',
  daysWithoutHotWaterOnly: 'heating-or-hot-water',
  daysWithoutPower: 'power-complete-loss',
  daysWithoutLightingOnly: 'lighting-only',
  missedAppointments: 'missed-appointment',
};

/**
 * The largest count accepted for one fact: 36,600 (a century of days). Larger counts are refused
 * as `count-too-large`, never multiplied.
 *
 * @example
 * ```ts
 * MAX_COMPENSATION_COUNT; // 36600
 * ```
 */
export const MAX_COMPENSATION_COUNT = 36_600;

/**
 * One line of a calculation: the order applied, the fact it came from, the quantity charged and
 * the amount, with the guidance's words.
 *
 * @example
 * ```ts
 * const r = specificCompensation({ assessedOn: '2026-05-11', daysWithoutHeatingAndHotWater: 4 });
 * if (r.ok) for (const line of r.value.lines as readonly CompensationLine[]) console.log(line.order, line.amountPence);
 * ```
 */
export interface CompensationLine {
  readonly order: SpecificOrderId;
  readonly fact: CountField;
  /** The fact as given (days or appointments). */
  readonly count: number;
  /** What is charged: days, weeks or appointments. */
  readonly quantity: number;
  readonly per: SpecificOrder['per'];
  readonly ratePence: number;
  readonly amountPence: number;
  readonly text: string;
  readonly source: Source;
}

/**
 * A worked calculation: the guidance applied, each line, the total, and the readings the library
 * made. The total is what the specific orders come to; the Ombudsman may order more for other
 * failures (time and trouble, distress) under the rest of the guidance, which is not a tariff.
 *
 * @example
 * ```ts
 * const r = specificCompensation({ assessedOn: '2026-05-11', missedAppointments: 2 });
 * if (r.ok) r.value.totalPence; // 3000
 * ```
 */
export interface CompensationCalculation {
  readonly guidance: GuidanceEdition;
  readonly lines: readonly CompensationLine[];
  readonly totalPence: number;
  readonly readings: readonly string[];
  readonly source: Source;
}

/**
 * Why a calculation was refused: a stable `code`, the field at fault (`path`), a plain message, the
 * rule, and the limit or date in numbers where one applies.
 *
 * @example
 * ```ts
 * const r = specificCompensation({ assessedOn: '2026-03-31', missedAppointments: 1 });
 * if (!r.ok) r.error.code; // 'guidance-not-in-force'
 * ```
 */
export interface CompensationError {
  readonly code: 'invalid-facts' | 'unknown-field' | 'invalid-date' | 'guidance-not-in-force' | 'invalid-count' | 'count-too-large';
  readonly message: string;
  readonly path: string;
  readonly source: Source;
  /** For `count-too-large`: the largest count accepted. */
  readonly maximum?: number;
  /** For `guidance-not-in-force`: the first day the guidance applies, and the edition in force on the date given (if any). */
  readonly appliesFrom?: string;
  readonly inForce?: GuidanceEdition['id'];
}

const LIGHTING_READING =
  "The lighting-only order is '£10 per week'; the library charges each week begun (days ÷ 7, rounded up), since the guidance as published does not say how part of a week counts.";

/**
 * Works out the specific compensation orders of the Housing Ombudsman's Compensation Guidance
 * (applies from 1 April 2026) from facts. Refuses a date before the guidance applies
 * (`guidance-not-in-force`: the earlier guidance set no specific orders), and any fact that is
 * not a whole number from 0 to {@link MAX_COMPENSATION_COUNT}, naming the field. Pure.
 *
 * @example
 * ```ts
 * const r = specificCompensation({ assessedOn: '2026-05-11', daysWithoutHeatingAndHotWater: 4, missedAppointments: 1 });
 * if (r.ok) {
 *   r.value.totalPence; // 7500: 4 × £15 + 1 × £15
 *   r.value.lines.map((l) => l.text);
 * }
 * ```
 */
export function specificCompensation(facts: unknown): Result<CompensationCalculation, CompensationError> {
  const source = COMPENSATION_GUIDANCE_2026.source;
  if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
    return err({ code: 'invalid-facts', message: `facts must be an object, got ${describe(facts)}`, path: 'facts', source });
  }
  const f = facts as Record<string, unknown>;
  for (const key of Object.keys(f)) {
    if (key !== 'assessedOn' && !(COUNT_FIELDS as readonly string[]).includes(key)) {
      return err({ code: 'unknown-field', message: `facts.${key} is not a fact the specific orders use (known: assessedOn, ${COUNT_FIELDS.join(', ')})`, path: `facts.${key}`, source });
    }
  }
  const on = Object.hasOwn(f, 'assessedOn') ? f.assessedOn : undefined;
  if (!isIsoDate(on)) {
    return err({ code: 'invalid-date', message: `facts.assessedOn must be a real date written YYYY-MM-DD, got ${describe(on)}`, path: 'facts.assessedOn', source });
  }
  if (on < COMPENSATION_GUIDANCE_2026.appliesFrom) {
    const inForce = guidanceInForce(on);
    return err({
      code: 'guidance-not-in-force',
      message: `the Compensation Guidance applies from ${COMPENSATION_GUIDANCE_2026.appliesFrom}; on ${on} ${inForce === null ? 'no edition the library holds applied' : `the guidance in force was '${inForce.title}', which sets no specific compensation orders`}`,
      path: 'facts.assessedOn',
      source,
      appliesFrom: COMPENSATION_GUIDANCE_2026.appliesFrom,
      ...(inForce === null ? {} : { inForce: inForce.id }),
    });
  }
  const lines: CompensationLine[] = [];
  const readings = [...COMPENSATION_GUIDANCE_2026.readings];
  let total = 0;
  for (const field of COUNT_FIELDS) {
    const value = Object.hasOwn(f, field) ? f[field] : undefined;
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      return err({ code: 'invalid-count', message: `facts.${field} must be a whole number, 0 or more, got ${describe(value)}`, path: `facts.${field}`, source });
    }
    if (value > MAX_COMPENSATION_COUNT) {
      return err({ code: 'count-too-large', message: `facts.${field} is ${value}; the largest count accepted is ${MAX_COMPENSATION_COUNT}`, path: `facts.${field}`, source, maximum: MAX_COMPENSATION_COUNT });
    }
    if (value === 0) continue;
    const order = SPECIFIC_COMPENSATION_ORDERS.find((o) => o.id === ORDER_OF[field]) as SpecificOrder;
    const quantity = order.per === 'week' ? Math.ceil(value / 7) : value;
    if (order.per === 'week' && !readings.includes(LIGHTING_READING)) readings.push(LIGHTING_READING);
    const amountPence = quantity * order.ratePence;
    total += amountPence;
    lines.push({ order: order.id, fact: field, count: value, quantity, per: order.per, ratePence: order.ratePence, amountPence, text: order.text, source: { ...source, note: `${source.note ?? ''}: '${order.text}'` } });
  }
  return ok({ guidance: COMPENSATION_GUIDANCE_2026, lines, totalPence: total, readings, source });
}
