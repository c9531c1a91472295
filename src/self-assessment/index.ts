/**
 * The Code self-assessment: the 72 provisions of the Housing Ombudsman's Complaint Handling Code
 * 2024 as data, the assessment record, reading it from JSON or CSV, checking it against the Code
 * and the policy it describes, and the report in Markdown, CSV, JSON and HTML.
 *
 * @example
 * ```ts
 * import { policies } from 'housing-complaints/policy';
 * import { parseAssessment, assessSelfAssessment, renderAssessmentMarkdown } from 'housing-complaints/self-assessment';
 * const parsed = parseAssessment(csvText, 'csv');
 * if (parsed.ok) console.log(renderAssessmentMarkdown(assessSelfAssessment(parsed.value, { policy: policies.wellington })));
 * ```
 * @module housing-complaints/self-assessment
 */
export {
  code2024,
  CODE_SECTIONS,
  PROVISION_NUMBERS,
  type Provision,
  type ProvisionNumber,
  type CodeSection,
  type CodeSectionId,
  isProvisionNumber,
  provision,
  codeSection,
} from './provisions.js';
export {
  ANSWERS,
  Answer,
  ProvisionNumberSchema,
  AssessmentDate,
  SectionRef,
  AssessmentEntry,
  type AssessmentEntryInput,
  Normalisation,
  Assessment,
  type AssessmentInput,
} from './schema.js';
export { citedSections } from './citations.js';
export { readAnswer, readTargetDate } from './answers.js';
export { decodeText, type DecodedText, type TextEncoding } from './decode.js';
export { parseCsv, formatCsv, csvField, type CsvRecord, type CsvSyntaxError, type ParseCsvOptions } from './csv.js';
export {
  parseAssessment,
  formatAssessmentCsv,
  formatAssessmentJson,
  ANSWER_LABELS,
  type AssessmentError,
  type AssessmentErrorCode,
  type AssessmentFormat,
  type ParseAssessmentOptions,
} from './parse.js';
export { SUBJECT_LABELS, PROVISION_SUBJECTS } from './policy-sections.js';
export {
  assessSelfAssessment,
  type AssessOptions,
  type AssessmentReport,
  type AssessmentSummary,
  type SectionSummary,
  type SectionVerdict,
  type ProvisionResult,
  type ProvisionStatus,
} from './assess.js';
export { renderAssessmentMarkdown, renderAssessmentCsv, renderAssessmentJson, renderAssessmentHtml, renderAssessmentSummary, VERDICT_LABELS, STATUS_LABELS } from './render.js';
export { MAX_ASSESSMENT_ENTRIES, MAX_ASSESSMENT_FILE_BYTES } from './limits.js';
export { renderTemplateCsv, TEMPLATE_COLUMNS } from './template.js';
export { assessmentReportJsonSchema } from './report-schema.js';
export { renderTemplateDocx } from './docx.js';
export type { InflateRaw } from './zip.js';
export { SUBMISSION_RULES, submissionDeadlines, type SubmissionRule, type SubmissionDeadline, type SubmissionOptions } from './submission.js';
export {
  compareAssessments,
  type AssessmentComparison,
  type ProvisionChange,
  type Change,
  type ActionFollowUp,
  type ActionStatus,
  type ComparisonSummary,
  type CompareOptions,
} from './compare.js';
