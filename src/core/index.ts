export { type Result, ok, err } from './result.js';
export { Source } from './source-schema.js';
export { type Schema, type SchemaResult, type SchemaIssue, type StandardResult } from './schema-type.js';
export { type Finding, type Severity } from './finding.js';
export { HousingComplaintsError } from './errors.js';
export { orThrow, explainSchemaIssues, type Problem, type SchemaProblemReason } from './problems.js';
export { EXCLUSION_GROUNDS, type ExclusionGroundId, REMEDY_KINDS, type RemedyKind } from './catalogue.js';
export { type GuardRule } from './errors.js';
export { describeValue } from './guard.js';
