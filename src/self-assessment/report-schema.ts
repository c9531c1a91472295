/**
 * The JSON Schema of the self-assessment report as `renderAssessmentJson` writes it (and the
 * command line's `--format json`): the documented, stable shape for programs that read the report.
 * Fields are added in minor versions (a reader must ignore fields it does not know); none is
 * removed or changes meaning before a major version.
 */
import { PROVISION_NUMBERS, CODE_SECTIONS } from './provisions.js';
import { ANSWERS } from './schema.js';
import { deepFrozen } from '../core/freeze.js';

const severity = { enum: ['breach', 'warning', 'note'] };
const counts = (keys: readonly string[]) => ({
  type: 'object',
  required: [...keys],
  properties: Object.fromEntries(keys.map((k) => [k, { type: 'integer', minimum: 0 }])),
});
const STATUSES = ['complies', 'does-not-comply', 'not-applicable', 'not-answered'] as const;
const VERDICTS = ['complies', 'complies-with-evidence-gaps', 'incomplete', 'does-not-comply'] as const;
const source = {
  type: 'object',
  description: 'Where the rule comes from: a Code provision and/or a policy section.',
  properties: { provision: { type: 'string' }, policy: { type: 'string' }, note: { type: 'string' }, quote: { type: 'string', description: 'The sentence of the source, word for word.' } },
};
const finding = {
  type: 'object',
  required: ['severity', 'code', 'message', 'source'],
  properties: {
    severity,
    code: { type: 'string', description: 'Stable identifier of the rule, safe to match on.' },
    message: { type: 'string', description: 'Plain-English explanation, fit to show to a person.' },
    source,
    path: { type: 'string' },
  },
};
const summaryCounts = {
  provisions: { type: 'integer', minimum: 0 },
  answers: counts([...ANSWERS, 'missing']),
  status: counts(STATUSES),
  findings: counts(['breach', 'warning', 'note']),
  verdict: { enum: [...VERDICTS] },
};

/**
 * The JSON Schema (draft 2020-12) of the report that `renderAssessmentJson` writes.
 *
 * @example
 * ```ts
 * writeFileSync('self-assessment-report.schema.json', JSON.stringify(assessmentReportJsonSchema, null, 2));
 * ```
 */
export const assessmentReportJsonSchema = /* @__PURE__ */ deepFrozen({
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  $id: 'https://www.npmjs.com/package/housing-complaints#self-assessment-report',
  title: 'Self-assessment report',
  description: 'What the check of a Code 2024 self-assessment found: per provision, its findings; the policy check; a summary by Code section.',
  type: 'object',
  required: ['policy', 'assessment', 'sectionMap', 'provisions', 'findings', 'policyFindings', 'summary'],
  properties: {
    policy: {
      type: 'object',
      required: ['id', 'organisation', 'title'],
      properties: { id: { type: 'string' }, organisation: { type: 'string' }, title: { type: 'string' } },
    },
    assessment: {
      type: 'object',
      properties: { organisation: { type: 'string' }, title: { type: 'string' }, date: { type: 'string', pattern: '^\\d{4}-\\d{2}(-\\d{2})?$' } },
    },
    sectionMap: { enum: ['policy', 'given', 'none'], description: 'Whether cited sections were checked against the policy\'s own sections (policy), sections given in the options (given), or not at all (none).' },
    provisions: {
      type: 'array',
      description: 'One result per provision of the form, in form order (72).',
      items: {
        type: 'object',
        required: ['provision', 'section', 'text', 'citedSections', 'status', 'findings'],
        properties: {
          provision: { enum: [...PROVISION_NUMBERS] },
          section: { enum: CODE_SECTIONS.map((s) => s.id) },
          text: { type: 'string' },
          answer: { enum: [...ANSWERS], description: 'Absent when the provision is not answered.' },
          evidence: { type: 'string' },
          citedSections: { type: 'array', items: { type: 'string', pattern: '^s\\.\\d{1,3}$' } },
          status: { enum: [...STATUSES] },
          policyCheck: { enum: ['compliant', 'falls-short', 'silent', 'not-expressed'], description: 'How the policy data stands against the provision (comparePolicy).' },
          findings: { type: 'array', items: finding },
        },
      },
    },
    findings: { type: 'array', items: finding, description: 'Every finding, in form order of provision, breaches first within a provision.' },
    policyFindings: { type: 'array', items: finding, description: 'The policy check\'s findings on the policy itself, whatever the answers.' },
    comparison: {
      type: 'object',
      description: 'Year on year, when a previous assessment was given.',
      required: ['current', 'previous', 'changes', 'actions', 'findings', 'summary'],
      properties: {
        current: { type: 'object', properties: { date: { type: 'string' }, title: { type: 'string' } } },
        previous: { type: 'object', properties: { date: { type: 'string' }, title: { type: 'string' } } },
        asOf: { type: 'string' },
        changes: {
          type: 'array',
          items: {
            type: 'object',
            required: ['provision'],
            properties: { provision: { enum: [...PROVISION_NUMBERS] }, answer: { type: 'object' }, evidence: { type: 'object' }, commentary: { type: 'object' } },
          },
        },
        actions: {
          type: 'array',
          items: {
            type: 'object',
            required: ['provision', 'status', 'message'],
            properties: {
              provision: { enum: [...PROVISION_NUMBERS] },
              action: { type: 'string' },
              targetDate: { type: 'string' },
              answerNow: { enum: [...ANSWERS] },
              status: { enum: ['done-by-target', 'done', 'overdue', 'open'] },
              message: { type: 'string' },
            },
          },
        },
        findings: { type: 'array', items: finding },
        summary: {
          type: 'object',
          required: ['provisionsChanged', 'answersChanged', 'evidenceChanged', 'actions'],
          properties: {
            provisionsChanged: { type: 'integer', minimum: 0 },
            answersChanged: { type: 'integer', minimum: 0 },
            evidenceChanged: { type: 'integer', minimum: 0 },
            actions: counts(['done-by-target', 'done', 'overdue', 'open']),
          },
        },
      },
    },
    summary: {
      type: 'object',
      required: ['provisions', 'answers', 'status', 'findings', 'bySection', 'verdict'],
      properties: {
        ...summaryCounts,
        bySection: {
          type: 'array',
          items: {
            type: 'object',
            required: ['section', 'number', 'title', ...Object.keys(summaryCounts)],
            properties: {
              section: { enum: CODE_SECTIONS.map((s) => s.id) },
              number: { type: 'integer', minimum: 1, maximum: 9 },
              title: { type: 'string' },
              ...summaryCounts,
            },
          },
        },
      },
    },
  },
} as const);
