/**
 * The Scottish Public Services Ombudsman's Model Complaints Handling Procedure (MCHP) as a Scottish
 * social landlord adopts it: a frontline response (stage 1) within 5 working days of receipt, with
 * no separate acknowledgement; an investigation (stage 2) acknowledged within 3 working days and
 * answered within 20; a complaint that clearly needs investigation may go straight to stage 2.
 * Working days of Scotland; complaints go on to the SPSO. The SPSO's own text of the model was not
 * in the sources the library could check: each value quotes a published procedure that adopts the
 * model, and the figures that could not be confirmed are recorded as such (see `ambiguities` and
 * `SPSO_MCHP.confirmation`).
 */
import type { Policy, PolicyInput } from '../schema.js';
import { builtin } from './builtin.js';

/**
 * The SPSO model procedure for Scottish social landlords, before validation.
 * `policies.spsoModelScotland` is this, validated.
 *
 * @example
 * ```ts
 * import { spsoModelInput } from './builtin/spso-mchp.js';
 * spsoModelInput.stages[0].acknowledge; // null: the frontline response has no separate acknowledgement
 * ```
 */
export const spsoModelInput = /* @__PURE__ */ (() => {
  /** Where a value was read: the published procedures built on the SPSO model (checked 2 December 2026). */
  const MODEL = 'SPSO Model Complaints Handling Procedure, as published by landlords and public bodies that adopt it';
  const STAGE1 = { policy: 'Stage 1: Frontline response', note: `${MODEL}: 'We will give you our decision at stage 1 in five working days or less, unless there are exceptional circumstances.' (North Lanarkshire Council; Scottish Commission on Social Security)` };
  const STAGE2_ACK = { policy: 'Stage 2: Investigation', note: `${MODEL}: 'we will acknowledge receipt of your complaint within three working days' (Scottish Commission on Social Security, Stage 2: Investigation)` };
  const STAGE2_RESPOND = { policy: 'Stage 2: Investigation', note: `${MODEL}: 'where we cannot resolve your complaint, we will give you a full response as soon as possible, normally within 20 working days.' (Scottish Commission on Social Security)` };
  const STAGE2_EXTENSION = { policy: 'Stage 2: Investigation', note: `${MODEL}: 'If our investigation will take longer than 20 working days, we will tell you. We will tell you our revised time limits and keep you updated on progress.'` };
  const TIME_LIMIT = { policy: 'How long do I have to make a complaint?', note: `${MODEL}: 'Normally, you must make your complaint within six months of: the event you want to complain about; or finding out that you have a reason to complain. In exceptional circumstances, we may be able to accept a complaint after the time limit.'` };
  const WINDOW = { policy: 'Stage 1: Frontline response', note: `${MODEL}: 'You must normally ask us to consider your complaint at stage 2 either: within six months of the event you want to complain about or finding out that you have a reason to complain; or within two months of receiving your stage 1 response (if this is later).'` };
  const DIRECT = { policy: 'Stage 2: Investigation', note: `${MODEL}: 'Stage 2 deals with two types of complaint: where the customer remains dissatisfied after stage 1 and those that clearly require investigation, and so are handled directly at this stage. If you do not wish your complaint to be handled at stage 1, you can ask us to handle it at stage 2 instead.'` };
  const EXCLUDED = { policy: "What can't I complain about?", note: `${MODEL}, What can't I complain about? (Almond HA, Cadder HA, Castle Rock Edinvar)` };
  return {
    id: 'spso-mchp-scottish-social-landlord',
    organisation: 'A Scottish social landlord (SPSO model procedure)',
    title: 'Model Complaints Handling Procedure (SPSO), as adopted by a Scottish social landlord',
    adopted: '2021-04-01',
    inForce: { from: '2021-04-01' },
    region: 'scotland',
    receiptOnNonWorkingDay: 'counts-from-receipt',
    ombudsman: {
      scheme: 'spso',
      schemeMember: true,
      contact: { name: 'Scottish Public Services Ombudsman', phone: 'Freephone 0800 377 7330', website: 'https://www.spso.org.uk/complain/form/start/' },
      source: { policy: "What if I'm still dissatisfied?", note: "SPSO: 'We can usually only look at complaints that: have completed the organisation's own complaints procedure ... the person complaining knew about less than 12 months ago'; Freephone 0800 377 7330 (West Lothian Council, contacting the SPSO)." },
    },
    roles: {
      landlord: { title: 'The landlord', source: { policy: 'Introduction', note: MODEL } },
      'frontline-staff': { title: 'Frontline staff (stage 1: frontline response)', source: STAGE1 },
      investigator: { title: 'Investigating officer (stage 2: investigation), not the stage 1 handler', source: STAGE2_RESPOND },
    },
    procedures: [
      {
        id: 'single',
        title: 'Complaints handling procedure',
        appliesTo: "Complaints about the landlord's services.",
        notifyOnReceipt: [],
        stages: [
          { acknowledges: 'frontline-staff', investigates: 'frontline-staff', decides: 'frontline-staff', communicates: 'frontline-staff', notifies: [], source: STAGE1 },
          { acknowledges: 'investigator', investigates: 'investigator', decides: 'investigator', communicates: 'investigator', notifies: [], source: STAGE2_RESPOND },
        ],
        source: { policy: 'What happens when I have complained?', note: MODEL },
      },
    ],
    stages: [
      {
        acknowledge: null,
        respond: { workingDays: 5, anchor: 'receipt', source: STAGE1 },
        extension: {
          withoutGoodReason: 5,
          complainantAgreementBeyond: null,
          ombudsmanDetailsRequired: false,
          source: { policy: 'Stage 1: Frontline response', note: "Longer only 'in exceptional circumstances'; reported as no more than 10 working days in total (5 more). Not confirmed for Scotland: the 10-day total was found only in a Northern Ireland council's procedure on the NIPSO model." },
        },
      },
      {
        acknowledge: { workingDays: 3, anchor: 'escalation-request', source: STAGE2_ACK },
        respond: { workingDays: 20, anchor: 'escalation-request', source: STAGE2_RESPOND },
        extension: { withoutGoodReason: 0, complainantAgreementBeyond: null, ombudsmanDetailsRequired: false, noUpperLimit: true, source: STAGE2_EXTENSION },
      },
    ],
    sections: [
      { number: 'Introduction', title: 'Introduction', subjects: ['aims', 'scope'] },
      { number: 'Who can complain?', title: 'Who can complain?', subjects: ['scope', 'representatives'] },
      { number: "What can't I complain about?", title: "What can't I complain about?", subjects: ['exclusions', 'service-requests'] },
      { number: 'How do I complain?', title: 'How do I complain?', subjects: ['channels'] },
      { number: 'How long do I have to make a complaint?', title: 'How long do I have to make a complaint?', subjects: ['exclusions'] },
      { number: 'What happens when I have complained?', title: 'What happens when I have complained?', subjects: ['procedure'] },
      { number: 'Stage 1: Frontline response', title: 'Stage 1: Frontline response', subjects: ['procedure', 'timescales', 'responses'] },
      { number: 'Stage 2: Investigation', title: 'Stage 2: Investigation', subjects: ['procedure', 'timescales', 'responses', 'complaints-officers'] },
      { number: "What if I'm still dissatisfied?", title: "What if I'm still dissatisfied?", subjects: ['ombudsman'] },
    ],
    responses: {
      stages: [
        { items: null, source: { policy: 'Stage 1: Frontline response', note: "Not listed: the model's customer text says only 'We will give you our decision at stage 1 in five working days or less' and 'If you are not satisfied with the response we give at this stage, we will tell you what you can do next' (Scottish Commission on Social Security, paragraphs 15 and 16, checked 3 December 2026). The model's staff guidance on what a response contains was not found." } },
        {
          items: null,
          source: {
            policy: 'Stage 2: Investigation',
            note: "Not listed: the model's customer text says only 'where we cannot resolve your complaint, we will give you a full response as soon as possible, normally within 20 working days' (Scottish Commission on Social Security, Stage 2: Investigation, paragraph 19, checked 3 December 2026); procedures built on it add that the decision is in writing and signposts the SPSO ('Communicate the decision in writing. Advise the complainant about the SPSO and time limits', a summary of the model's stages). No published text of the model lists a full response's contents, and the policy sources held with the library include no text of the model, so no item is required; the letters still describe the SPSO's referral from the scheme's data.",
          },
        },
      ],
    },
    refusalNotice: null,
    adjustments: null,
    updates: null,
    escalation: {
      window: {
        laterOf: [
          { months: 6, anchor: 'awareness', source: { policy: 'Stage 1: Frontline response', note: "'within six months of the event you want to complain about or finding out that you have a reason to complain': counted from the day the customer found out (received becameAwareOn), or from receipt when that day is not recorded (see ambiguities)" } },
          { months: 2, anchor: 'stage-response', source: { policy: 'Stage 1: Frontline response', note: "'within two months of receiving your stage 1 response'" } },
        ],
        source: WINDOW,
      },
      direct: { allowed: true, source: DIRECT },
      reasonsRequired: false,
      newIssuesAllowed: false,
      source: WINDOW,
    },
    timeLimit: { months: 6, from: 'later-of-issue-and-awareness', recurringException: false, discretion: true, source: TIME_LIMIT },
    exclusions: [
      { ground: 'service-request', description: 'A routine first-time request for a service, for example reporting a repair.', routeElsewhere: 'Dealt with as a service request.', source: EXCLUDED },
      { ground: 'legal-proceedings', description: 'Matters that are in court or have already been heard by a court or a tribunal.', routeElsewhere: 'The court or tribunal.', source: EXCLUDED },
      { ground: 'time-limit', description: 'A complaint made more than six months after the event complained about, or after finding out there was a reason to complain; accepted after the time limit in exceptional circumstances.', source: TIME_LIMIT },
      { ground: 'already-considered', description: 'An attempt to reopen a previously concluded complaint, or to have a complaint reconsidered where the final decision at stage 2 has been given.', routeElsewhere: 'The Scottish Public Services Ombudsman.', source: EXCLUDED },
    ],
    remedies: [],
    financialRemedies: { compensation: 'paid-to-complainant', discretionary: 'paid-to-complainant', source: { policy: "What can't I complain about?", note: 'The procedures checked treat requests for compensation as outside the complaints procedure; how any payment is made is not said.' } },
    detrimentFactors: { factors: null, source: { policy: 'Stage 2: Investigation', note: 'Not listed: the policy sources held with the library include no text of the model, and none of the procedures built on it quoted here lists the factors weighed in putting things right.' } },
    ombudsmanEvidence: null,
    channels: [
      { kind: 'in-person', source: { policy: 'How do I complain?', note: "'You can do so in person at our office, by phone, in writing by letter or email.' (Almond HA)" } },
      { kind: 'telephone', source: { policy: 'How do I complain?', note: "'by phone' (Almond HA)" } },
      { kind: 'letter', source: { policy: 'How do I complain?', note: "'in writing by letter' (Almond HA)" } },
      { kind: 'email', source: { policy: 'How do I complain?', note: "'or email' (Almond HA)" } },
    ],
    representatives: { allowed: true, writtenAuthorityRequired: false, source: { policy: 'Who can complain?', note: "'Anyone can make a complaint to us, including the representative of someone who is dissatisfied with our service.' (Almond HA)" } },
    ambiguities: [
      { path: 'adopted', text: "The SPSO's own statement of when the current model took effect for social landlords was not found. A housing association reports that 'the revised procedure is due to be implemented by all RSLs by 1st April 2021' (Tollcross Housing Association, Launch of Model Complaints Handling Procedure); another adopted it 'from March 2021' (Partick Housing Association).", reading: 'Dated 1 April 2021, from those landlords\' accounts (secondary, not the SPSO\'s own text); a landlord sets its own adoption date with definePolicy.' },
      { path: 'stages.0.acknowledge', text: "The frontline response: 'We will give you our decision at stage 1 in five working days or less'; no acknowledgement is described.", reading: 'No separate acknowledgement (null); the acknowledged event still records the complaint as logged and defined, owed to no one by a date.' },
      { path: 'stages.0.extension', text: "'unless there are exceptional circumstances'; reported elsewhere as no more than 10 working days in total.", reading: '5 more working days (10 in total), marked unconfirmed: the total was found only in a Northern Ireland procedure.' },
      { path: 'stages.1.respond.anchor', text: "'a full response as soon as possible, normally within 20 working days' (of receiving the stage 2 complaint).", reading: 'Counted from the escalation request, the day stage 2 receives the complaint.' },
      { path: 'escalation.window', text: "'within six months of the event ... or finding out that you have a reason to complain; or within two months of receiving your stage 1 response (if this is later)'.", reading: "The later of 6 months from the day the customer found out they had a reason to complain and 2 months from the stage 1 response. 'The event ... or finding out' is read as the later of the two, which is the finding out (it is never before the event), recorded on the received event as becameAwareOn; when it is not recorded, the 6 months count from receipt, which is never earlier, so the window is never shorter than the model allows. Receipt of the stage 1 response is read as its date." },
      { path: 'escalation.direct', text: "'those that clearly require investigation, and so are handled directly at this stage. If you do not wish your complaint to be handled at stage 1, you can ask us to handle it at stage 2 instead.'", reading: "Allowed, in one event or two: a received event with direct (the complaint logged, defined and handled at stage 2 from receipt), or an escalation-requested event after the acknowledged event. No stage 1 response and no window are owed; whether a complaint clearly requires investigation, or the customer asks, is the landlord's decision." },
      { path: 'escalation.newIssuesAllowed', text: 'The procedures checked do not say whether a stage 2 request may add new issues.', reading: 'Not allowed: new issues are a new complaint.' },
      { path: 'timeLimit.recurringException', text: 'No exception for recurring issues is stated.', reading: 'None.' },
      { path: 'responses.stages', text: "The model's customer text describes a 'decision' at stage 1 and a 'full response' at stage 2 without listing what either contains.", reading: 'No items are required at either stage (null), rather than a partial list that would read as the whole; the letters describe the SPSO\'s referral from the scheme\'s data.' },
      { path: 'ombudsman.contact', text: "SPSO: online form, Freephone 0800 377 7330, 'Freepost SPSO'.", reading: 'The online form and the freephone number; no email address is given.' },
    ],
  } satisfies PolicyInput;
})();

/**
 * The SPSO Model Complaints Handling Procedure for a Scottish social landlord (region Scotland, the
 * SPSO's scheme), validated and frozen. The same object as `policies.spsoModelScotland`; import it
 * by name and a bundler leaves the other built-in policies out.
 *
 * @example
 * ```ts
 * import { spsoModelScotland } from 'housing-complaints/policy';
 * spsoModelScotland.region; // 'scotland'
 * ```
 */
export const spsoModelScotland: Policy = /* @__PURE__ */ builtin(spsoModelInput);
