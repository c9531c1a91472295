import * as z from 'zod/mini';
import { expectArray, expectObject } from '../core/guard.js';
import { EXCLUSION_GROUNDS, type ExclusionGroundId } from '../core/catalogue.js';
import type { Finding } from '../core/finding.js';
import type { Source } from '../core/source.js';
import * as CODE_2024 from '../policy/code2024-rules.js';
import { codeStageRules } from '../policy/code2024-requirements.js';
import type { Policy } from '../policy/schema.js';
import { codeBinds, measuredByCode, ombudsmanName } from '../policy/scheme-basics.js';
import { IsoDateString, IsoDateStringZod } from './types.js';
import { derivedParse } from '../core/derived-schema.js';
import { extensionNoticeChecks, refusalNoticeChecks } from './outcome-checks.generated.js';
import type { Schema } from '../core/schema-type.js';

/** @internal The schema as built, for the type test. */
export const extensionNoticeSchema = /* @__PURE__ */ (() =>
  z.object({
    stage: z.union([z.literal(1), z.literal(2)]),
    newDate: z.optional(IsoDateStringZod),
    reasons: z.optional(z.string()),
    extensionWorkingDays: z.optional(z.int().check(z.minimum(1))),
    goodReason: z.optional(z.string()),
    complainantAgreed: z.optional(z.boolean()),
    ombudsman: z.optional(z.string()),
  }))();
/**
 * A notice telling the complainant that a response will take longer (Code 6.4, 6.5 at stage 1;
 * 6.15, 6.16 at stage 2; co-op policies s.5). Fields are optional so {@link checkExtensionNotice}
 * can say what is missing.
 *
 * @example
 * ```ts
 * const n: ExtensionNotice = { stage: 1, newDate: '2025-04-04', reasons: 'We are waiting for a surveyor’s report.', extensionWorkingDays: 10 };
 * ```
 */
export const ExtensionNotice: Schema<ExtensionNotice, ExtensionNotice> = extensionNoticeSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const ExtensionNoticeZod: z.ZodMiniType<ExtensionNotice, ExtensionNotice> = extensionNoticeSchema;
/** See {@link ExtensionNotice}. */
export interface ExtensionNotice {
  stage: 1 | 2;
  /** The new date by which the response will be sent (6.4 "inform the resident of the expected timescale"). */
  newDate?: string | undefined;
  /** Why more time is needed (6.4, 6.15 "the reason(s) must be clearly explained"). */
  reasons?: string | undefined;
  /** How many working days the extension adds. */
  extensionWorkingDays?: number | undefined;
  /** The good reason for an extension longer than the policy allows without one. */
  goodReason?: string | undefined;
  /** Whether the complainant agreed to the extension (co-op policies s.5: needed beyond 20 working days). */
  complainantAgreed?: boolean | undefined;
  /** The Housing Ombudsman's contact details as given in the notice (6.5, 6.16). */
  ombudsman?: string | undefined;
}

/** @internal The schema as built, for the type test. */
export const refusalNoticeSchema = /* @__PURE__ */ (() =>
  z.object({
    refused: z.optional(z.enum(['accept', 'escalate'])),
    ground: z.optional(z.enum(EXCLUSION_GROUNDS)),
    reasons: z.optional(z.string()),
    routeElsewhere: z.optional(z.string()),
    ombudsman: z.optional(z.string()),
  }))();
/**
 * A notice that a matter will not be accepted (or escalated) as a complaint (Code 2.4; policy s.3).
 *
 * @example
 * ```ts
 * const n: RefusalNotice = { refused: 'accept', ground: 'legal-proceedings', reasons: 'A disrepair claim was filed at court on 3 March.' };
 * ```
 */
export const RefusalNotice: Schema<RefusalNotice, RefusalNotice> = refusalNoticeSchema;
/** @internal The schema with its named type and zod's, for composing other schemas. */
export const RefusalNoticeZod: z.ZodMiniType<RefusalNotice, RefusalNotice> = refusalNoticeSchema;
/** See {@link RefusalNotice}. */
export interface RefusalNotice {
  /** Whether the complaint was not accepted, or its escalation to stage 2 was not accepted. */
  refused?: 'accept' | 'escalate' | undefined;
  ground?: ExclusionGroundId | undefined;
  /** Why the matter is not suitable for the complaints process (2.4). */
  reasons?: string | undefined;
  /** Where the matter will be dealt with instead. */
  routeElsewhere?: string | undefined;
  /** The right to take the decision to the Housing Ombudsman, as given in the notice (2.4). */
  ombudsman?: string | undefined;
}

/**
 * The policy fields the notice checks read. A full `Policy` fits.
 *
 * @example
 * ```ts
 * declare const notice: ExtensionNotice;
 * checkExtensionNotice(notice, policies.wellington); // a Policy is a NoticePolicy
 * ```
 */
export type NoticePolicy = Pick<Policy, 'ombudsman' | 'stages'>;

const blank = (s: unknown): boolean => typeof s !== 'string' || s.trim() === '';

/** The parts of a policy the notice checks read, when a policy is given. */
function expectNoticePolicy(fn: string, policy: unknown, stages: boolean): void {
  if (policy === undefined) return;
  const p = expectObject({ fn, path: 'policy' }, policy, 'a Policy');
  expectObject({ fn, path: 'policy.ombudsman' }, p.ombudsman);
  if (stages) {
    const list = expectArray({ fn, path: 'policy.stages' }, p.stages);
    for (let i = 0; i < 2; i++) {
      const stage = expectObject({ fn, path: `policy.stages.${i}` }, list[i]);
      const ext = expectObject({ fn, path: `policy.stages.${i}.extension` }, stage.extension);
      expectObject({ fn, path: `policy.stages.${i}.extension.source` }, ext.source);
    }
  }
}
const finding = (code: string, message: string, source: Source, path: string): Finding => ({ severity: 'breach', code, message, source, path });

/**
 * What an extension notice is missing (Code 6.4, 6.5 at stage 1; 6.15, 6.16 at stage 2; co-op
 * policies s.5): the new date, the reasons, and the Ombudsman's contact details (when the policy
 * requires them; always without a policy). With a policy, the length of the extension is checked
 * too: beyond `extension.withoutGoodReason` working days a good reason must be given, and beyond
 * `extension.complainantAgreementBeyond` the complainant must agree.
 *
 * @example
 * ```ts
 * checkExtensionNotice({ stage: 1, newDate: '2025-04-04' }).map((f) => f.code);
 * // ['extension-missing-reasons', 'extension-missing-ombudsman']
 * ```
 */
export function checkExtensionNotice(notice: ExtensionNotice, policy?: NoticePolicy): Finding[] {
  expectObject({ fn: 'checkExtensionNotice', path: 'notice' }, notice, 'an ExtensionNotice object');
  expectNoticePolicy('checkExtensionNotice', policy, true);
  const stage = notice.stage;
  const code = codeStageRules(stage === 2 ? 2 : 1).extension;
  const [timescale, details] = [code.provision, code.ombudsmanDetails.provision];
  const rules = policy?.stages[stage === 2 ? 1 : 0].extension;
  const section = rules?.source.policy;
  // Under a scheme that does not measure the policy against the Code (the SPSO's), the rules are the policy's own.
  const byCode = policy === undefined || measuredByCode(policy);
  const src = (provision: string): Source => (!byCode ? (section === undefined ? { note: 'policy extension' } : { policy: section }) : section === undefined ? { provision } : { provision, policy: section });
  const per = (provision: string): string => (byCode ? `Code ${provision}` : section === undefined ? 'the policy' : `policy ${section}`);
  const out: Finding[] = [];
  // The schema's checks, derived from it (the same answer and issues as zod's safeParse).
  const parsed = derivedParse(extensionNoticeChecks, notice);
  if (!parsed.success) {
    for (const i of parsed.error.issues) {
      const path = i.path.map(String).join('.');
      out.push(finding('extension-invalid', `${path}: ${i.message}`, src(timescale), path));
    }
    return out;
  }
  if (notice.newDate === undefined) {
    out.push(finding('extension-missing-new-date', `The notice must tell the complainant the expected timescale for the response: the new date (${per(timescale)}).`, src(timescale), 'newDate'));
  }
  if (blank(notice.reasons)) {
    out.push(finding('extension-missing-reasons', `The reasons for the extension must be clearly explained to the complainant (${per(timescale)}).`, src(timescale), 'reasons'));
  }
  const ombudsmanRequired = rules === undefined ? true : rules.ombudsmanDetailsRequired && (policy?.ombudsman.schemeMember ?? true);
  if (ombudsmanRequired && blank(notice.ombudsman)) {
    out.push(finding('extension-missing-ombudsman', `When told of an extension, the complainant must be given the contact details of ${ombudsmanName(policy, { code: byCode })} (${per(details)}).`, src(details), 'ombudsman'));
  }
  // A policy that states no maximum (noUpperLimit, as CHS s.5) asks for the reasons only.
  if (rules !== undefined && rules.noUpperLimit !== true && notice.extensionWorkingDays !== undefined) {
    if (notice.extensionWorkingDays > rules.withoutGoodReason && blank(notice.goodReason)) {
      out.push(finding('extension-needs-good-reason', `An extension of ${notice.extensionWorkingDays} working days is more than the ${rules.withoutGoodReason} allowed without good reason: give the good reason (${per(timescale)}).`, src(timescale), 'goodReason'));
    }
    if (rules.complainantAgreementBeyond !== null && notice.extensionWorkingDays > rules.complainantAgreementBeyond && notice.complainantAgreed !== true) {
      out.push(finding('extension-needs-agreement', `An extension beyond ${rules.complainantAgreementBeyond} working days should be agreed by the complainant; where it cannot be agreed, give the Housing Ombudsman's contact details so the complainant can challenge it.`, section === undefined ? { provision: timescale } : { policy: section }, 'complainantAgreed'));
    }
  }
  return out;
}

/**
 * What a refusal notice is missing: the reasons why the matter is not suitable for the complaints
 * process and, for members of the Housing Ombudsman Scheme, the right to take that decision to the
 * Ombudsman (Code 2.4); for an organisation outside the scheme, what its own policy's refusal
 * notice gives (`policy.refusalNotice`). Findings cite the policy's section for refusals where it
 * has one. Without a policy, the Code's requirements apply.
 *
 * @example
 * ```ts
 * checkRefusalNotice({ reasons: 'A claim was filed at court.' }).map((f) => f.code); // ['refusal-missing-ombudsman']
 * ```
 */
export function checkRefusalNotice(notice: RefusalNotice, policy?: Pick<Policy, 'ombudsman'> & Partial<Pick<Policy, 'refusalNotice'>>): Finding[] {
  const code = CODE_2024.refusalNotice;
  expectObject({ fn: 'checkRefusalNotice', path: 'notice' }, notice, 'a RefusalNotice object');
  expectNoticePolicy('checkRefusalNotice', policy, false);
  const out: Finding[] = [];
  // The schema's checks, derived from it (the same answer and issues as zod's safeParse).
  const parsed = derivedParse(refusalNoticeChecks, notice);
  if (!parsed.success) {
    return parsed.error.issues.map((i) => {
      const path = i.path.map(String).join('.');
      return finding('refusal-invalid', `${path}: ${i.message}`, { provision: code.provision }, path);
    });
  }
  // Code 2.4 binds a member of a scheme measured against the Code; any other organisation (outside
  // the scheme, or in the SPSO's) is held to its own policy's refusal notice.
  const member = policy === undefined ? true : codeBinds(policy);
  const own = policy?.refusalNotice ?? null;
  const section = own?.source.policy;
  const cite = (withCode: boolean): Source => ({
    ...(withCode ? { provision: code.provision } : {}),
    ...(section === undefined ? {} : { policy: section }),
    ...(!withCode && own?.source.quote !== undefined ? { quote: own.source.quote } : {}),
    ...(!withCode && section === undefined ? { note: 'the policy\'s refusal notice' } : {}),
  });
  const where = (withCode: boolean): string => [withCode ? `Code ${code.provision}` : '', section === undefined ? '' : `policy ${section}`].filter((w) => w !== '').join('; ') || 'the policy';
  if (blank(notice.reasons)) {
    out.push(finding('refusal-missing-reasons', `The notice must set out the reasons why the matter is not suitable for the complaints process (${where(member)}).`, cite(member), 'reasons'));
  }
  const ombudsman = member ? code.ombudsmanRight : own?.ombudsmanRight === true;
  if (ombudsman && blank(notice.ombudsman)) {
    out.push(finding('refusal-missing-ombudsman', `The notice must tell the complainant of their right to take the decision to ${ombudsmanName(policy, { code: member })} (${where(member)}).`, member ? { provision: code.provision } : cite(false), 'ombudsman'));
  }
  return out;
}
