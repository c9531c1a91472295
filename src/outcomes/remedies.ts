import { derivedParse } from '../core/derived-schema.js';
import { remedyChecks } from './outcome-checks.generated.js';
import { expectArray, expectInteger, expectObject, expectOneOf, expectString } from '../core/guard.js';
import { REMEDY_KINDS, type RemedyKind } from '../core/catalogue.js';
import { HousingComplaintsError } from '../core/errors.js';
import { type Result, ok, err } from '../core/result.js';
import type { Source } from '../core/source.js';
import { toDayNumber } from '../calendar/dates.js';
import type { IsoDate } from '../calendar/dates.js';
import { Remedy, type FinancialRemedy } from './types.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { REMEDIES_QUOTE } from '../policy/code2024-requirements.js';
import { deepFrozen } from '../core/freeze.js';

/**
 * What the Code and the policies say about one kind of remedy.
 *
 * @example
 * ```ts
 * const info: RemedyKindInfo = REMEDY_CATALOGUE.signposting;
 * ```
 */
export interface RemedyKindInfo {
  readonly kind: RemedyKind;
  /** Short plain-English label. */
  readonly label: string;
  /** The Code's words (7.1), when the Code lists this kind. */
  readonly code?: string;
  /** The co-op policies' words (s.8), when the policies list this kind. */
  readonly policy?: string;
  readonly source: Source;
}

/**
 * Every kind of remedy, with the words of the Code (7.1) and of the co-op policies (s.8) that name
 * it. Signposting appears only in the policies; "taking action if there has been delay" only in the
 * Code.
 *
 * @example
 * ```ts
 * REMEDY_CATALOGUE['amended-record'].code; // 'Amending a record or adding a correction or addendum'
 * ```
 */
export const REMEDY_CATALOGUE: { readonly [K in RemedyKind]: RemedyKindInfo & { readonly kind: K } } = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ ((): { readonly [K in RemedyKind]: RemedyKindInfo & { readonly kind: K } } => {
  // Built by a pure function (it reads the Code table), so a bundle that does not use it drops it.
  const provision = CODE_2024.remedies.provision;
  return {
    apology: {
      kind: 'apology',
      label: 'Apology',
      code: 'Apologising',
      policy: 'apologising when a mistake has been made or people have been let down',
      source: { provision },
    },
    acknowledgement: {
      kind: 'acknowledgement',
      label: 'Acknowledging what went wrong',
      code: 'Acknowledging where things have gone wrong',
      policy: 'acknowledging where things have gone wrong',
      source: { provision },
    },
    explanation: {
      kind: 'explanation',
      label: 'Explanation, assistance or reasons',
      code: 'Providing an explanation, assistance or reasons',
      policy: 'providing an explanation, assistance, or reasons',
      source: { provision },
    },
    action: {
      kind: 'action',
      label: 'Action to put things right',
      code: 'set out the actions it has already taken, or intends to take, to put things right',
      policy: 'taking action or setting out the action CHS intends to take to put things right',
      source: { provision },
    },
    'reconsidered-decision': {
      kind: 'reconsidered-decision',
      label: 'Reconsidering or changing a decision',
      code: 'Reconsidering or changing a decision',
      policy: 'reconsidering or changing a decision',
      source: { provision },
    },
    'amended-record': {
      kind: 'amended-record',
      label: 'Amending a record',
      code: 'Amending a record or adding a correction or addendum',
      policy: 'amending a record',
      source: { provision },
    },
    financial: {
      kind: 'financial',
      label: 'Financial remedy',
      code: 'Providing a financial remedy',
      policy: 'providing a financial remedy',
      source: { provision },
    },
    'policy-change': {
      kind: 'policy-change',
      label: 'Changing policies, procedures or practices',
      code: 'Changing policies, procedures or practices',
      policy: 'changing policies, procedures, or practices',
      source: { provision },
    },
    signposting: {
      kind: 'signposting',
      label: 'Signposting to support agencies',
      policy: 'signposting to support agencies',
      source: { note: `Listed by the co-op policies among the ways of putting things right; not in the Code ${provision} list.` },
    },
    'action-on-delay': {
      kind: 'action-on-delay',
      label: 'Taking action where there has been delay',
      code: 'Taking action if there has been delay',
      source: { provision, note: 'Listed by the Code; the co-op policies cover it under "taking action".' },
    },
  };
})());

/**
 * How a financial remedy reaches the complainant.
 *
 * @example
 * ```ts
 * const route: PaymentRoute | null = financialRemedyRoute({ type: 'discretionary', amountPence: 2500 }, policies.wellington).route; // 'paid-to-complainant'
 * ```
 */
export type PaymentRoute = 'rent-account-credit' | 'paid-to-complainant';

/**
 * The policy fields {@link financialRemedyRoute} reads.
 *
 * @example
 * ```ts
 * declare const money: FinancialRemedy;
 * financialRemedyRoute(money, policies.chsCommercialClient); // a Policy is a FinancialRemediesPolicy
 * ```
 */
export interface FinancialRemediesPolicy {
  readonly financialRemedies: {
    readonly compensation: PaymentRoute;
    readonly discretionary: PaymentRoute;
    readonly source: Source;
  };
}

/**
 * The co-op policies' rule on financial remedies, as it was written into the engine.
 *
 * @deprecated The engine no longer uses it: {@link financialRemedyRoute} reads the route from the
 * policy given (`policy.financialRemedies`, with the policy's own sentence), and with no policy it
 * assumes no route (`route: null`). Kept exported so that existing imports still compile; read
 * `policies.wellington.financialRemedies` for the co-ops' rule.
 *
 * @example
 * ```ts
 * DEFAULT_FINANCIAL_ROUTES.compensation; // 'rent-account-credit'
 * ```
 */
export const DEFAULT_FINANCIAL_ROUTES: FinancialRemediesPolicy['financialRemedies'] = /* @__PURE__ */ deepFrozen({
  compensation: 'rent-account-credit',
  discretionary: 'paid-to-complainant',
  source: {
    note: 'The co-op policies\' rule on putting things right: compensation for quantifiable loss will normally be paid as credit to the rent account; any discretionary payment will be reimbursed directly to the complainant.',
  },
});

/**
 * Where a financial remedy goes, and the rule that says so; `route` is `null` when no rule was given.
 *
 * @example
 * ```ts
 * const r: FinancialRemedyRoute = financialRemedyRoute({ type: 'compensation', amountPence: 5000 }, policies.wellington);
 * r.route; // 'rent-account-credit'
 * ```
 */
export interface FinancialRemedyRoute {
  readonly route: PaymentRoute | null;
  readonly source: Source;
}

/** What is cited when no policy is given: the Code's remedies provision, which lists a financial remedy but says nothing of how it is paid. */
// Read from the Code table, so wrapped as pure: a bundle that does not use it drops it.
const NO_RULE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({
  provision: CODE_2024.remedies.provision,
  quote: REMEDIES_QUOTE,
  note: 'No policy was given, and the Code lists a financial remedy among the ways to put things right without saying how it is paid: no route is assumed.',
}))());

/**
 * Where a financial remedy goes, by the rule of the policy given (`policy.financialRemedies`, cited
 * to the policy's own sentence): Wellington s.8 credits compensation for a quantifiable loss to the
 * rent account and pays a discretionary payment to the complainant; CHS commercial pays its client.
 * With no policy there is no rule to follow: `route` is `null` and `source` says so (the Code, 7.1,
 * does not say how a financial remedy is paid).
 *
 * @example
 * ```ts
 * financialRemedyRoute({ type: 'compensation', amountPence: 5000 }, policies.wellington).route; // 'rent-account-credit'
 * financialRemedyRoute({ type: 'compensation', amountPence: 5000 }).route; // null
 * ```
 */
export function financialRemedyRoute(remedy: FinancialRemedy, policy?: FinancialRemediesPolicy): FinancialRemedyRoute {
  const fn = 'financialRemedyRoute';
  expectObject({ fn, path: 'remedy' }, remedy, 'a FinancialRemedy object');
  expectOneOf({ fn, path: 'remedy.type' }, remedy.type, ['compensation', 'discretionary'] as const);
  if (policy === undefined) return { route: null, source: NO_RULE };
  expectObject({ fn, path: 'policy' }, policy, 'a Policy');
  const routes = policy.financialRemedies;
  expectObject({ fn, path: 'policy.financialRemedies' }, routes);
  return { route: remedy.type === 'compensation' ? routes.compensation : routes.discretionary, source: routes.source };
}

/**
 * Formats whole pence as pounds: `12345` → `'£123.45'`, `5000` → `'£50'` (pence shown only when
 * there are any). Throws {@link HousingComplaintsError} `'invalid-amount'` for anything but a
 * non-negative safe integer.
 *
 * @example
 * ```ts
 * formatPence(1_250_000); // '£12,500'
 * ```
 */
export function formatPence(amountPence: number, path = 'amountPence'): string {
  expectInteger({ fn: 'formatPence', path: typeof path === 'string' ? path : 'amountPence' }, amountPence, { min: 0, expected: 'a whole number of pence (0 or more)', code: 'invalid-amount' });
  const pounds = Math.floor(amountPence / 100);
  const pence = amountPence % 100;
  const grouped = String(pounds).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return pence === 0 ? `£${grouped}` : `£${grouped}.${String(pence).padStart(2, '0')}`;
}

/**
 * A problem with a remedy from a host, naming the field and the rule.
 *
 * @example
 * ```ts
 * const r = parseRemedy({ id: 'r1', kind: 'financial', description: 'Payment', dueBy: '2025-03-01' });
 * if (!r.ok) r.error[0]?.code; // 'financial-details-missing'
 * ```
 */
export interface RemedyError {
  readonly code: 'invalid-remedy' | 'financial-details-missing' | 'financial-details-unexpected';
  readonly message: string;
  readonly path: string;
  readonly source: Source;
}

/**
 * Validates a remedy from a host (Code 7.3: it says what will happen and by when; policy s.8:
 * a financial remedy is compensation or a discretionary payment, in whole pence). A remedy of kind
 * `'financial'` must carry `financial`; no other kind may.
 *
 * @example
 * ```ts
 * const r = parseRemedy({ id: 'r1', kind: 'financial', description: 'Payment for the lost week', dueBy: '2025-03-01',
 *                         financial: { type: 'discretionary', amountPence: 7500 } });
 * if (r.ok) console.log(r.value.financial?.amountPence);
 * ```
 */
export function parseRemedy(input: unknown, path = 'remedy'): Result<Remedy, RemedyError[]> {
  // The Remedy schema's checks, derived from it (the same answer and issues as zod's safeParse).
  const parsed = derivedParse(remedyChecks, input);
  if (!parsed.success) {
    return err(
      parsed.error.issues.map((i) => ({
        code: 'invalid-remedy' as const,
        message: `${[path, ...i.path.map(String)].join('.')}: ${i.message}`,
        path: [path, ...i.path.map(String)].join('.'),
        source: { provision: CODE_2024.remedyTracking.provision },
      })),
    );
  }
  const r = parsed.data;
  if (r.kind === 'financial' && r.financial === undefined) {
    return err([{ code: 'financial-details-missing', message: `${path}.financial: a financial remedy must say whether it is compensation or a discretionary payment and how much, in pence`, path: `${path}.financial`, source: { provision: CODE_2024.remedies.provision } }]);
  }
  if (r.kind !== 'financial' && r.financial !== undefined) {
    return err([{ code: 'financial-details-unexpected', message: `${path}.financial: only a remedy of kind 'financial' carries payment details (this one is '${r.kind}')`, path: `${path}.financial`, source: { provision: CODE_2024.remedies.provision } }]);
  }
  return ok(r);
}

/**
 * Where a remedy or outstanding action stands on a date (Code 7.3 "followed through to
 * completion"; policy s.9 "outstanding actions will be tracked"):
 * - `outstanding`: not completed, due later;
 * - `due`: not completed, due on the date;
 * - `overdue`: not completed, due before the date;
 * - `completed`: completed on or before its due date (or it has no due date);
 * - `completed-late`: completed after its due date;
 * - `no-date`: not completed and no due date was set (outstanding actions only).
 * A completion dated after `asOf` is not yet known on `asOf`, so it does not count.
 *
 * @example
 * ```ts
 * trackRemedy({ id: 'r1', dueBy: '2025-03-14', completedOn: '2025-03-20' }, '2025-04-01').status; // 'completed-late'
 * ```
 */
export type TrackingStatus = 'outstanding' | 'due' | 'overdue' | 'completed' | 'completed-late' | 'no-date';

/**
 * What {@link trackRemedy} reports.
 *
 * @example
 * ```ts
 * const tracked: TrackedItem[] = trackRemedies([{ id: 'r1', dueBy: '2025-03-21' }], '2025-04-01');
 * tracked.filter((t) => t.status === 'overdue').map((t) => t.id); // ['r1']
 * ```
 */
export interface TrackedItem {
  readonly id: string;
  readonly status: TrackingStatus;
  readonly dueBy?: IsoDate;
  readonly completedOn?: IsoDate;
  /** Days past the due date, overdue by or completed late by, counted in {@link daysLateUnit}. */
  readonly daysLate?: number;
  /**
   * The unit of `daysLate`, present with it: always `'calendar-days'`. A remedy's due date is a
   * date the landlord set and told the resident ("what and by when", Code 7.3), not a timescale of
   * working days, and the resident goes without the remedy on every day past it, weekends and bank
   * holidays included; so lateness is counted in calendar days and needs no calendar. The
   * complaint-handling deadlines (acknowledge, respond, extend, answer the Ombudsman) are working
   * days because the Code and the policy set them so.
   */
  readonly daysLateUnit?: 'calendar-days';
  readonly source: Source;
}

const TRACKING_SOURCE: Source = /* @__PURE__ */ deepFrozen(/* @__PURE__ */ (() => ({ provision: CODE_2024.remedyTracking.provision, note: 'Any remedy proposed must be followed through to completion; outstanding actions will be tracked.' }))());

/**
 * The status of a remedy or outstanding action as of a date. Throws
 * {@link HousingComplaintsError} `'invalid-date'` naming the field when a date is not `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * trackRemedy({ id: 'r1', dueBy: '2025-03-14' }, '2025-03-17');
 * // { id: 'r1', status: 'overdue', dueBy: '2025-03-14', daysLate: 3, daysLateUnit: 'calendar-days', source: { provision: '7.3', ... } }
 * ```
 */
export function trackRemedy(
  item: { readonly id: string; readonly dueBy?: IsoDate; readonly completedOn?: IsoDate },
  asOf: IsoDate,
): TrackedItem {
  const fn = 'trackRemedy';
  expectObject({ fn, path: 'item' }, item, 'an object { id, dueBy?, completedOn? }');
  expectString({ fn, path: 'item.id' }, item.id);
  const today = toDayNumber(asOf, 'asOf');
  const due = item.dueBy === undefined ? undefined : toDayNumber(item.dueBy, `${item.id}.dueBy`);
  const done = item.completedOn === undefined ? undefined : toDayNumber(item.completedOn, `${item.id}.completedOn`);
  const base = {
    id: item.id,
    ...(item.dueBy === undefined ? {} : { dueBy: item.dueBy }),
    source: TRACKING_SOURCE,
  };
  if (done !== undefined && done <= today) {
    if (due !== undefined && done > due) return { ...base, completedOn: item.completedOn as IsoDate, status: 'completed-late', daysLate: done - due, daysLateUnit: 'calendar-days' };
    return { ...base, completedOn: item.completedOn as IsoDate, status: 'completed' };
  }
  if (due === undefined) return { ...base, status: 'no-date' };
  if (today < due) return { ...base, status: 'outstanding' };
  if (today === due) return { ...base, status: 'due' };
  return { ...base, status: 'overdue', daysLate: today - due, daysLateUnit: 'calendar-days' };
}

/**
 * The status of every remedy and outstanding action as of a date, in the order given.
 *
 * @example
 * ```ts
 * trackRemedies([{ id: 'r1', dueBy: '2025-03-21' }, { id: 'a1', dueBy: '2025-03-21', completedOn: '2025-03-20' }], '2025-04-01')
 *   .filter((t) => t.status === 'overdue'); // the remedy r1 only
 * ```
 */
export function trackRemedies(
  items: readonly { readonly id: string; readonly dueBy?: IsoDate; readonly completedOn?: IsoDate }[],
  asOf: IsoDate,
): TrackedItem[] {
  const list = expectArray({ fn: 'trackRemedies', path: 'items' }, items);
  toDayNumber(asOf, 'asOf');
  return Array.from({ length: list.length }, (_, i) => {
    expectObject({ fn: 'trackRemedies', path: `items.${i}` }, list[i], 'an object { id, dueBy?, completedOn? }');
    return trackRemedy(list[i] as (typeof items)[number], asOf);
  });
}

