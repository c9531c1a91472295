import { assertCalendarRegion } from '../core/region.js';
import type { ExclusionGroundId } from '../core/catalogue.js';
import { HousingComplaintsError, plainMessage } from '../core/errors.js';
import type { Finding } from '../core/finding.js';
import { type Result, ok, err } from '../core/result.js';
import { array, derivedParse } from '../core/derived-schema.js';
import { issueFindingChecks } from './outcome-checks.generated.js';
import { isIsoDate, type IsoDate } from '../calendar/dates.js';
import type { WorkingDayCalendar } from '../calendar/index.js';
import type { Policy } from '../policy/schema.js';
import { checkResponseContents, responseContentsOptions, wrongTypes } from './contents.js';
import { argumentError, describeValue, expectCalendar, expectObject, isObject, readingAs } from '../core/guard.js';
import type { Source } from '../core/source.js';
import { decideOutcome, outcomeRuleSource } from './decide.js';
import { citeOn } from '../policy/sections.js';
import { codeBinds, measuredByCode, ombudsmanName, schemeBasicsOf } from '../policy/scheme-basics.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { escapeInline, escapeParagraphs, longDate } from './markdown.js';
import { expectSupportedDate, SUPPORTED_DATES, yearOutOfRange } from '../calendar/supported.js';
import { checkExtensionNotice, checkRefusalNotice, type ExtensionNotice, type RefusalNotice } from './notices.js';
import { financialRemedyRoute, formatPence } from './remedies.js';
import { IssueFinding, type Outcome, type Remedy, type ResponseDraft } from './types.js';
import { deepFrozen } from '../core/freeze.js';

/** A response's findings: a list of IssueFinding, checked as the zod schema `z.array(IssueFindingZod)` checks it. */
const FINDINGS = /* @__PURE__ */ array(issueFindingChecks);

/**
 * The letters {@link renderLetter} writes.
 *
 * @example
 * ```ts
 * LETTER_KINDS.includes('refusal'); // true
 * ```
 */
export const LETTER_KINDS = /* @__PURE__ */ deepFrozen(['stage-1-response', 'stage-2-response', 'extension', 'refusal'] as const);
/**
 * One of {@link LETTER_KINDS}.
 *
 * @example
 * ```ts
 * const kind: LetterKind = 'extension';
 * ```
 */
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * The policy fields the letters read. A full `Policy` fits.
 *
 * @example
 * ```ts
 * const p: LetterPolicy = policies.dennetts;
 * ```
 */
export type LetterPolicy = Pick<Policy, 'organisation' | 'ombudsman' | 'responses' | 'stages' | 'escalation' | 'exclusions' | 'financialRemedies' | 'sections' | 'refusalNotice'>;

/**
 * What {@link renderLetter} needs: the policy, and a calendar to turn "within N working days" into a date.
 *
 * @example
 * ```ts
 * const context: LetterContext = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
 * ```
 */
export interface LetterContext {
  readonly policy: LetterPolicy;
  readonly calendar?: WorkingDayCalendar;
}

/**
 * Fields every letter may carry.
 *
 * @example
 * ```ts
 * const h: LetterHeader = { date: '2025-03-03', complainantName: 'Ms Jones', reference: 'C-014', signedBy: 'The Complaints Officer' };
 * ```
 */
export interface LetterHeader {
  /** The date of the letter; with a calendar and a policy that sets an escalation window, also the date the window ends. */
  readonly date?: IsoDate;
  readonly complainantName?: string;
  readonly reference?: string;
  /** Who signs the letter (a role, not a person, if the organisation prefers: policy s.9). Default: the organisation. */
  readonly signedBy?: string;
}

/**
 * The data of a stage 1 or stage 2 response: a {@link ResponseDraft}, optionally the finding on
 * each issue (the decision is derived from them when not given, policy s.8), and the letter
 * header. `escalation` and `ombudsman` default to the policy's words.
 *
 * @example
 * ```ts
 * const data: ResponseLetterData = { complaintDefinition: 'Boiler repair delay', decision: 'upheld', reasons: '...', remedies: [], noRemedyReason: '...', outstandingActions: [] };
 * ```
 */
export type ResponseLetterData = ResponseDraft & LetterHeader & { readonly findings?: readonly IssueFinding[] };
/**
 * The data of an extension notice. `ombudsman` defaults to the policy's Ombudsman contact details.
 *
 * @example
 * ```ts
 * const data: ExtensionLetterData = { stage: 2, newDate: '2025-05-02', reasons: 'An independent survey is needed.', date: '2025-04-01' };
 * ```
 */
export type ExtensionLetterData = ExtensionNotice & LetterHeader;
/**
 * The data of a refusal notice. `routeElsewhere` and `ombudsman` default to the policy's words.
 *
 * @example
 * ```ts
 * const data: RefusalLetterData = { refused: 'accept', ground: 'legal-proceedings', reasons: 'A claim was filed at court.' };
 * ```
 */
export type RefusalLetterData = RefusalNotice & LetterHeader;

/**
 * The data each kind of letter takes.
 *
 * @example
 * ```ts
 * const data: LetterData['refusal'] = { reasons: 'Already considered in 2024 (ref C-2024/031).', ground: 'already-considered' };
 * ```
 */
export interface LetterData {
  'stage-1-response': ResponseLetterData;
  'stage-2-response': ResponseLetterData;
  extension: ExtensionLetterData;
  refusal: RefusalLetterData;
}

/** Escaped host text as a sentence: a full stop is added unless it already ends with one (or ! or ?). */
const sentence = (text: string): string => {
  const t = text.trim();
  return t === '' || /[.!?]$/.test(t) ? escapeInline(t) : `${escapeInline(t)}.`;
};

const OUTCOME_WORDS: Record<Outcome, string> = {
  upheld: 'We have **upheld** your complaint.',
  'partially-upheld': 'We have **partially upheld** your complaint: we have upheld some of the issues you raised, but not all of them.',
  'not-upheld': 'We have **not upheld** your complaint.',
};

/**
 * The policy's words on the Housing Ombudsman, with its contact details (policy s.10; Code 6.5, 6.16, 6.19(g)).
 *
 * @example
 * ```ts
 * ombudsmanParagraph(policies.wellington);
 * // 'You may refer your complaint to the Housing Ombudsman Service, ... telephone 0300 111 3000, ...'
 * ```
 */
export function ombudsmanParagraph(policy: Pick<Policy, 'ombudsman'>): string {
  return readingAs({ fn: 'ombudsmanParagraph', path: 'policy' }, 'a Policy', policy, () => ombudsmanText(policy));
}

function ombudsmanText(policy: Pick<Policy, 'ombudsman'>): string {
  const c = policy.ombudsman.contact;
  const scheme = schemeBasicsOf(policy);
  const name = ombudsmanName(policy);
  const ways: string[] = [];
  if (c?.phone !== undefined) ways.push(`telephone ${escapeInline(c.phone)}`);
  if (c?.email !== undefined) ways.push(`email ${escapeInline(c.email)}`);
  if (c?.website !== undefined) ways.push(/^https?:\/\/[^\s<>]+$/.test(c.website) ? `website <${c.website}>` : `website ${escapeInline(c.website)}`);
  const contact = ways.length > 0 ? ` You can contact ${escapeInline(name)} by ${ways.join(', ')}.` : '';
  // When the complainant may go to the ombudsman is the scheme's (SCHEMES[...].referral): the
  // Housing Ombudsman at any time; the SPSO once the landlord's procedure is complete.
  return scheme.referral.anyTime
    ? `You may refer your complaint to ${escapeInline(name)}, and you can contact them at any time, not only at the end of our complaints procedure.${contact}`
    : `If you remain dissatisfied when our complaints procedure is complete, you may ask ${escapeInline(name)} to look at your complaint.${contact}`;
}

/** The ombudsman a letter names in a heading (`capital`) or after "go to": the Housing Ombudsman, or the policy's own scheme's. */
function ombudsmanHeading(policy: Pick<Policy, 'ombudsman'>, capital = true): string {
  return escapeInline(ombudsmanName(policy, { code: codeBinds(policy), capital }));
}

/** How a letter names the event a period counts from. */
const ANCHOR_WORDS = {
  receipt: 'the date we received your complaint',
  acknowledgement: 'our acknowledgement',
  'escalation-request': 'your request',
  'stage-response': 'the date of this reply',
  awareness: 'the day you found out you had a reason to complain',
} as const;

/**
 * A date of the letter in words (`Monday 3 March 2025`), refused with a typed error naming the field,
 * the rule and the limit year when it is outside the supported range (`SUPPORTED_DATES`).
 */
function letterDate(date: IsoDate, path: string): string {
  return longDate(expectSupportedDate('renderLetter', path, date) as IsoDate, path);
}

/** The last day of the escalation window, `n` working days after the letter's date (itself checked first). */
function windowEnd(calendar: WorkingDayCalendar, date: IsoDate, n: number): IsoDate {
  expectSupportedDate('renderLetter', 'data.date', date);
  try {
    return calendar.addWorkingDays(date, n);
  } catch (e) {
    if (!(e instanceof HousingComplaintsError) || e.code !== 'year-out-of-range') throw e;
    throw yearOutOfRange(`renderLetter: the escalation window, ${n} working days after data.date (${date}), ends after ${SUPPORTED_DATES.last}, the last date the library supports (SUPPORTED_DATES)`, 'data.date', 'after');
  }
}

function escalationParagraph(context: LetterContext, date: IsoDate | undefined): string {
  const { policy, calendar } = context;
  const window = policy.escalation.window;
  const parts: string[] = [];
  if (window === null) {
    // The policy sets no window (the Code, 6.10: an unresolved complaint "must be progressed to stage 2"): no date is stated.
    parts.push('If you are unhappy with the outcome of this stage 1 response, you can ask us to escalate your complaint to stage 2.');
  } else if ('laterOf' in window) {
    // A window that is the later of several periods: each period in words, and "whichever is later".
    const words = window.laterOf.map((p) => `${p.months !== undefined ? `${p.months} months` : `${p.workingDays} working days`} of ${ANCHOR_WORDS[p.anchor]}`);
    parts.push(`If you are unhappy with the outcome of this stage 1 response, you can ask us to consider your complaint at stage 2 within ${words.join(', or within ')}, whichever is later.`);
  } else {
    const n = window.workingDays;
    const by = calendar !== undefined && date !== undefined ? ` (that is, by ${letterDate(windowEnd(calendar, date, n), 'data.date')})` : '';
    parts.push(`If you are unhappy with the outcome of this stage 1 response, you can escalate your complaint to stage 2 within ${n} working days of the date of this reply${by}.`);
  }
  if (!policy.escalation.reasonsRequired) parts.push('You do not have to explain why, though it helps us to know why you remain unhappy.');
  if (!policy.escalation.newIssuesAllowed) parts.push('A request for stage 2 cannot include new issues that were not part of this complaint; we will log those as a new complaint.');
  return parts.join(' ');
}

const header = (title: string, data: LetterHeader, organisation: string): string[] => {
  const lines = [`# ${title}`, ''];
  const meta: string[] = [];
  if (data.date !== undefined) meta.push(`Date: ${letterDate(data.date, 'data.date')}`);
  if (data.reference !== undefined && data.reference.trim() !== '') meta.push(`Reference: ${escapeInline(data.reference)}`);
  meta.push(`From: ${escapeInline(organisation)}`);
  lines.push(meta.join('  \n'), '');
  lines.push(data.complainantName !== undefined && data.complainantName.trim() !== '' ? `Dear ${escapeInline(data.complainantName)},` : 'Dear complainant,', '');
  return lines;
};

const signOff = (data: LetterHeader, organisation: string): string[] => ['Yours sincerely,', '', escapeInline(data.signedBy ?? organisation), ''];

function remedyLine(r: Remedy, policy: LetterPolicy): string {
  let line = `- ${sentence(r.description)} By ${letterDate(r.dueBy, `remedies.${r.id}.dueBy`)}.`;
  if (r.financial !== undefined) {
    const amount = formatPence(r.financial.amountPence, `remedies.${r.id}.financial.amountPence`);
    const route = financialRemedyRoute(r.financial, policy).route === 'rent-account-credit' ? 'credited to your rent account' : 'paid to you directly';
    line += r.financial.type === 'compensation' ? ` Compensation of ${amount} for your loss, ${route}.` : ` A payment of ${amount} to acknowledge the failure in service, ${route}.`;
  }
  return line;
}

function headerFindings(data: LetterHeader, policy: Pick<Policy, 'sections'>): Finding[] {
  return data.date !== undefined && !isIsoDate(data.date)
    ? [{ severity: 'breach', code: 'letter-invalid-date', message: `The letter date must be a real calendar date written YYYY-MM-DD; got ${describeValue(data.date)}.`, source: citeOn(policy, 'responses', undefined, 'a letter is dated'), path: 'date' }]
    : [];
}

function effectiveResponse(stage: 1 | 2, data: ResponseLetterData, context: LetterContext): Result<ResponseDraft, Finding[]> {
  let decision = data.decision;
  const rule = outcomeRuleSource(context.policy);
  if (data.findings !== undefined && data.findings.length > 0) {
    // The IssueFinding schema's checks, derived from it, over the list (zod's z.array(IssueFindingZod): the same issues).
    const parsed = derivedParse(FINDINGS, data.findings);
    if (!parsed.success) {
      return err(parsed.error.issues.map((i) => ({
        severity: 'breach' as const,
        code: 'response-invalid-finding',
        message: `findings.${i.path.map(String).join('.')}: ${i.message} (each issue is upheld or not upheld, with reasons${rule.policy === undefined ? '' : `: policy ${rule.policy}`}).`,
        source: rule,
        path: ['findings', ...i.path.map(String)].join('.'),
      })));
    }
    const derived = decideOutcome(parsed.data);
    if (decision !== undefined && decision !== derived) {
      return err([{
        severity: 'breach',
        code: 'decision-contradicts-findings',
        message: `The decision '${decision}' contradicts the findings on each issue, which give '${derived}' (${rule.note}${rule.policy === undefined ? '' : ` Policy ${rule.policy}.`}).`,
        source: rule,
        path: 'decision',
      }]);
    }
    decision = derived;
  }
  const member = context.policy.ombudsman.schemeMember;
  return ok({
    ...data,
    stage: data.stage ?? stage,
    ...(decision === undefined ? {} : { decision }),
    ...(stage === 1 && data.escalation === undefined ? { escalation: escalationParagraph(context, data.date) } : {}),
    ...(member && data.ombudsman === undefined ? { ombudsman: ombudsmanText(context.policy) } : {}),
  });
}

function responseLetter(stage: 1 | 2, data: ResponseLetterData, context: LetterContext): Result<string, Finding[]> {
  const bad = headerFindings(data, context.policy);
  if (bad.length > 0) return err(bad);
  const effective = effectiveResponse(stage, data, context);
  if (!effective.ok) return effective;
  const draft = effective.value;
  const findings = checkResponseContents(stage, draft, responseContentsOptions(context.policy));
  if (findings.length > 0) return err(findings);
  const org = context.policy.organisation;
  const lines = header(`Your complaint: our stage ${stage} response`, data, org);
  lines.push(`This is our stage ${stage} response to your complaint${stage === 2 ? ', and our final response' : ''}.`, '');
  lines.push('## What your complaint is about', '', escapeParagraphs(draft.complaintDefinition ?? ''), '');
  lines.push('## Our decision', '', OUTCOME_WORDS[draft.decision as Outcome], '');
  if (data.findings !== undefined && data.findings.length > 0) {
    for (const f of data.findings) {
      lines.push(`- ${escapeInline(f.issue)}: ${f.finding === 'upheld' ? 'upheld' : 'not upheld'}. ${sentence(f.reasons)}`);
    }
    lines.push('');
  }
  lines.push('## The reasons for our decision', '', escapeParagraphs(draft.reasons ?? ''), '');
  lines.push('## What we will do to put things right', '');
  const remedies = draft.remedies ?? [];
  if (remedies.length > 0) {
    lines.push(...remedies.map((r) => remedyLine(r, context.policy)), '');
  }
  if (draft.noRemedyReason !== undefined && draft.noRemedyReason.trim() !== '') {
    lines.push(remedies.length > 0 ? escapeParagraphs(draft.noRemedyReason) : `We are not offering a remedy. ${escapeParagraphs(draft.noRemedyReason)}`, '');
  } else if (remedies.length === 0) {
    // Only a complaint not upheld gets here (the contents check asks an upheld one for a reason): Code 6.9(e) "any remedy offered".
    lines.push('We have not upheld your complaint, so we are not offering a remedy.', '');
  }
  lines.push('## Actions still outstanding', '');
  const actions = draft.outstandingActions ?? [];
  if (actions.length === 0) lines.push('There are no outstanding actions.', '');
  else {
    lines.push(...actions.map((a) => `- ${sentence(a.description)}${a.dueBy === undefined ? '' : ` By ${letterDate(a.dueBy, `outstandingActions.${a.id}.dueBy`)}.`}`), '');
    lines.push('We will track these actions and keep you updated on their progress.', '');
  }
  if (stage === 1) {
    lines.push('## If you are not satisfied', '', data.escalation === undefined ? (draft.escalation as string) : escapeParagraphs(data.escalation), '');
  } else {
    lines.push('## If you are not satisfied', '', `This concludes ${escapeInline(org)}'s complaints procedure.`, '');
  }
  // A scheme member's letters always give the Ombudsman section (the Code's stage 2 item 6.19(g) and,
  // where the policy says so, stage 1 too: responses.ombudsmanAtStage1; the check above enforces it).
  if (context.policy.ombudsman.schemeMember) {
    lines.push(`## ${ombudsmanHeading(context.policy)}`, '', data.ombudsman === undefined ? (draft.ombudsman as string) : escapeParagraphs(data.ombudsman), '');
  }
  lines.push(...signOff(data, org));
  return ok(lines.join('\n'));
}

function extensionLetter(data: ExtensionLetterData, context: LetterContext): Result<string, Finding[]> {
  const { policy } = context;
  const rules = policy.stages[data.stage === 2 ? 1 : 0].extension;
  const giveOmbudsman = policy.ombudsman.schemeMember && rules.ombudsmanDetailsRequired;
  const notice: ExtensionNotice = { ...data, ...(giveOmbudsman && data.ombudsman === undefined ? { ombudsman: ombudsmanParagraph(policy) } : {}) };
  const findings = [...headerFindings(data, policy), ...checkExtensionNotice(notice, policy)];
  if (findings.length > 0) return err(findings);
  const org = policy.organisation;
  const lines = header(`Your complaint: we need more time for our stage ${data.stage} response`, data, org);
  lines.push(`We are sorry, but we need more time to respond to your complaint at stage ${data.stage}.`, '');
  lines.push('## When you will hear from us', '', `We will send you our response by ${letterDate(notice.newDate as IsoDate, 'data.newDate')}.`, '');
  lines.push('## Why we need more time', '', escapeParagraphs(notice.reasons ?? ''), '');
  if (notice.goodReason !== undefined && notice.goodReason.trim() !== '') lines.push(escapeParagraphs(notice.goodReason), '');
  if (notice.ombudsman !== undefined && notice.ombudsman.trim() !== '') {
    lines.push(`## ${ombudsmanHeading(policy)}`, '', data.ombudsman === undefined ? notice.ombudsman : escapeParagraphs(notice.ombudsman), '');
  }
  lines.push(...signOff(data, org));
  return ok(lines.join('\n'));
}

function groundWords(policy: LetterPolicy, ground: ExclusionGroundId | undefined): { description?: string; route?: string } {
  const entry = ground === undefined ? undefined : policy.exclusions.find((e) => e.ground === ground);
  return { ...(entry === undefined ? {} : { description: entry.description }), ...(entry?.routeElsewhere === undefined ? {} : { route: entry.routeElsewhere }) };
}

function refusalLetter(data: RefusalLetterData, context: LetterContext): Result<string, Finding[]> {
  const { policy } = context;
  // The right to take a refusal to the Ombudsman is the Code's (2.4): only where the Code binds.
  const member = codeBinds(policy);
  const notice: RefusalNotice = {
    ...data,
    ...(member && data.ombudsman === undefined
      ? { ombudsman: `You have the right to take our decision not to ${data.refused === 'escalate' ? 'escalate' : 'accept'} your complaint to the Housing Ombudsman. If the Ombudsman does not agree that we applied this exclusion fairly, they may tell us to take on your complaint. ${ombudsmanParagraph(policy)}` }
      : {}),
  };
  const findings = [...headerFindings(data, policy), ...checkRefusalNotice(notice, policy)];
  if (data.ground !== undefined && !policy.exclusions.some((e) => e.ground === data.ground)) {
    findings.push({
      severity: 'breach',
      code: 'refusal-ground-not-in-policy',
      message: `The policy does not list '${data.ground}' as a ground for not accepting a complaint; a matter may only be excluded in the circumstances the policy sets out${measuredByCode(policy) ? ` (Code ${CODE_2024.exclusions.provision})` : ''}.`,
      source: measuredByCode(policy) ? { provision: CODE_2024.exclusions.provision } : citeOn(policy, 'exclusions', undefined, 'policy exclusions'),
      path: 'ground',
    });
  }
  if (findings.length > 0) return err(findings);
  const org = policy.organisation;
  const what = data.refused === 'escalate' ? 'escalate your complaint to stage 2' : 'accept your complaint';
  const words = groundWords(policy, data.ground);
  const lines = header(`Your complaint: we are not able to ${what}`, data, org);
  lines.push(`We have carefully considered your request, and we have decided not to ${what} under our complaints policy.`, '');
  lines.push('## Why', '');
  if (words.description !== undefined) lines.push(`Our complaints policy says that the following would not usually be ${data.refused === 'escalate' ? 'escalated' : 'accepted'}: ${escapeInline(words.description)}`, '');
  lines.push(escapeParagraphs(notice.reasons ?? ''), '');
  const route = data.routeElsewhere ?? words.route;
  if (route !== undefined && route.trim() !== '') lines.push('## What happens instead', '', escapeParagraphs(route), '');
  if (notice.ombudsman !== undefined && notice.ombudsman.trim() !== '') {
    lines.push(`## Your right to go to ${ombudsmanHeading(policy, false)}`, '', data.ombudsman === undefined ? notice.ombudsman : escapeParagraphs(notice.ombudsman), '');
  }
  lines.push(...signOff(data, org));
  return ok(lines.join('\n'));
}

/**
 * Writes a letter as plain-language Markdown, or says what it is missing. Each kind is checked
 * first with its contents check (stage responses: {@link checkResponseContents}, Code 6.9 / 6.19,
 * policy s.9; extensions: {@link checkExtensionNotice}, Code 6.4, 6.5, 6.15, 6.16; refusals:
 * {@link checkRefusalNotice}, Code 2.4), after filling what the policy supplies: how to escalate
 * (the policy's escalation window), the Housing Ombudsman's contact details, and a ground's
 * description and route. Host text is escaped, so it cannot add headings, lists or links.
 * Bad host data (a letter date that is not a date, a decision that contradicts the findings on
 * each issue) is reported as findings too; it throws only for a `kind` that is not a letter kind.
 *
 * @example
 * ```ts
 * const r = tryRenderLetter('extension', { stage: 1, newDate: '2025-04-04', reasons: 'We need a surveyor’s report.' }, { policy: policies.wellington });
 * if (!r.ok) console.log(r.error.map((f) => f.message));
 * ```
 */
export function tryRenderLetter<K extends LetterKind>(kind: K, data: LetterData[K], context: LetterContext): Result<string, Finding[]> {
  const fn = 'tryRenderLetter';
  if (!(LETTER_KINDS as readonly unknown[]).includes(kind)) {
    throw new HousingComplaintsError('invalid-letter-kind', `kind must be one of ${LETTER_KINDS.join(', ')}; got ${describeValue(kind)}`, { path: 'kind', rule: 'one-of' });
  }
  const ctx = expectObject({ fn, path: 'context' }, context, 'an object { policy, calendar? }');
  const policy = expectObject({ fn, path: 'context.policy' }, ctx.policy, 'a Policy');
  for (const key of ['ombudsman', 'escalation'] as const) expectObject({ fn, path: `context.policy.${key}` }, policy[key]);
  if (!Array.isArray(policy.stages)) throw argumentError({ fn, path: 'context.policy.stages' }, 'type', 'an array of two stages', policy.stages);
  if (typeof policy.organisation !== 'string') throw argumentError({ fn, path: 'context.policy.organisation' }, 'type', 'a string', policy.organisation);
  if (!Array.isArray(policy.exclusions)) throw argumentError({ fn, path: 'context.policy.exclusions' }, 'type', 'an array', policy.exclusions);
  if (ctx.calendar !== undefined) expectCalendar({ fn, path: 'context.calendar' }, ctx.calendar);
  assertCalendarRegion(context, 'renderLetter');
  if (!isObject(data)) {
    return err([{ severity: 'breach', code: 'letter-invalid-data', message: `The letter data must be an object of the letter's fields; got ${describeValue(data)}.`, source: LETTER_DATA_RULE, path: '' }]);
  }
  const mistyped = wrongTypes(data, LETTER_FIELDS[kind], 'letter-invalid-field', LETTER_DATA_RULE);
  if (mistyped.length > 0) return err(mistyped);
  try {
    return renderKind(kind, data as LetterData[K], context);
  } catch (e) {
    // A date the calendar cannot count from (beyond its years), or one that is not a date: a finding, not a throw.
    if (e instanceof HousingComplaintsError) {
      return err([{ severity: 'breach', code: `letter-${e.code}`, message: `${plainMessage(e)}.`, source: LETTER_DATA_RULE, ...(e.path === undefined ? {} : { path: e.path.replace(/^data\./, '') }) }]);
    }
    throw e;
  }
}

/** What the letter data's field types follow: the library's documented letter data, not a rule of the Code. */
const LETTER_DATA_RULE: Source = /* @__PURE__ */ deepFrozen({ note: 'the letter data types documented with tryRenderLetter' });

const HEADER_FIELDS = { date: 'text', reference: 'text', complainantName: 'text', signedBy: 'text' } as const;
const LETTER_FIELDS: Readonly<Record<LetterKind, Readonly<Record<string, 'text' | 'list' | 'number'>>>> = {
  'stage-1-response': { ...HEADER_FIELDS, complaintDefinition: 'text', reasons: 'text', noRemedyReason: 'text', escalation: 'text', ombudsman: 'text', remedies: 'list', outstandingActions: 'list', findings: 'list' },
  'stage-2-response': { ...HEADER_FIELDS, complaintDefinition: 'text', reasons: 'text', noRemedyReason: 'text', escalation: 'text', ombudsman: 'text', remedies: 'list', outstandingActions: 'list', findings: 'list' },
  extension: { ...HEADER_FIELDS, newDate: 'text', reasons: 'text', goodReason: 'text', ombudsman: 'text', extensionWorkingDays: 'number' },
  refusal: { ...HEADER_FIELDS, reasons: 'text', ombudsman: 'text', routeElsewhere: 'text', ground: 'text' },
};

function renderKind<K extends LetterKind>(kind: K, data: LetterData[K], context: LetterContext): Result<string, Finding[]> {
  switch (kind) {
    case 'stage-1-response':
      return responseLetter(1, data as ResponseLetterData, context);
    case 'stage-2-response':
      return responseLetter(2, data as ResponseLetterData, context);
    case 'extension':
      return extensionLetter(data as ExtensionLetterData, context);
    case 'refusal':
      return refusalLetter(data as RefusalLetterData, context);
    default:
      throw new HousingComplaintsError('invalid-letter-kind', `kind must be one of ${LETTER_KINDS.join(', ')}; got ${describeValue(kind)}`, { path: 'kind', rule: 'one-of' });
  }
}

/**
 * Writes a letter as plain-language Markdown in the policy's words: a stage 1 or stage 2 response,
 * an extension notice, or a refusal. The letter always passes its own check: when the data leaves
 * something out that the Code or the policy requires, or is not valid, it throws
 * {@link HousingComplaintsError} `'letter-incomplete'` naming the first field at fault (use {@link tryRenderLetter} for a
 * `Result` with every finding). A host can restyle the Markdown as it likes.
 *
 * @example
 * ```ts
 * const md = renderLetter('stage-1-response', {
 *   complaintDefinition: 'The boiler was not repaired for three weeks.',
 *   findings: [{ issue: 'Boiler repair delay', finding: 'upheld', reasons: 'The repair target is 3 days.' }],
 *   reasons: 'Our contractor missed two appointments.',
 *   remedies: [{ id: 'r1', kind: 'apology', description: 'We apologise for the delay.', dueBy: '2025-03-14' }],
 *   outstandingActions: [],
 * }, { policy: policies.wellington });
 * ```
 */
export function renderLetter<K extends LetterKind>(kind: K, data: LetterData[K], context: LetterContext): string {
  const r = tryRenderLetter(kind, data, context);
  if (r.ok) return r.value;
  const first = r.error[0];
  throw new HousingComplaintsError('letter-incomplete', `the ${kind} letter is missing what the rules require: ${r.error.map((f) => f.message).join(' ')}`, {
    ...(first?.path === undefined ? {} : { path: `data.${first.path}` }),
    ...(first === undefined ? {} : { source: first.source }),
  });
}
