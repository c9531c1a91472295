// The named policy types are the types of their schemas: for each schema as built (before the
// exported schema is annotated with the named type), the schema's output and input are exactly
// the named type. Checked by `tsc --noEmit` (`npm run typecheck`, part of `npm test`): a field
// added to a schema and not to its type, or the other way round, fails CI.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as S from '../../src/policy/schema.js';
import type * as P from '../../src/policy/index.js';
import type { AllMatch, Assert, Equal, InputOf, OutputOf, SchemasMatch } from '../support/type-equal.js';

type Built = {
  PolicySource: typeof S.policySourceSchema;
  Timescale: typeof S.timescaleSchema;
  Period: typeof S.periodSchema;
  LaterOf: typeof S.laterOfSchema;
  ProcedureStage: typeof S.procedureStageSchema;
  Procedure: typeof S.procedureSchema;
  Extension: typeof S.extensionSchema;
  StageRules: typeof S.stageRulesSchema;
  OmbudsmanContact: typeof S.ombudsmanContactSchema;
  PolicyClosure: typeof S.policyClosureSchema;
  PolicySection: typeof S.policySectionSchema;
  ResponseContents: typeof S.responseContentsSchema;
  DetrimentFactor: typeof S.detrimentFactorSchema;
  DetrimentFactors: typeof S.detrimentFactorsSchema;
  Policy: typeof S.policySchema;
  Anchor: typeof S.AnchorZod;
  RoleId: typeof S.RoleIdZod;
  PolicySubject: typeof S.PolicySubjectZod;
  ResponseItem: typeof S.ResponseItemZod;
  RefusalReasons: typeof S.RefusalReasonsZod;
  TimeLimitFrom: typeof S.TimeLimitFromZod;
};
type Named = {
  PolicySource: P.PolicySource;
  Timescale: P.Timescale;
  Period: P.Period;
  LaterOf: P.LaterOf;
  ProcedureStage: P.ProcedureStage;
  Procedure: P.Procedure;
  Extension: P.Extension;
  StageRules: P.StageRules;
  OmbudsmanContact: P.OmbudsmanContact;
  PolicyClosure: P.PolicyClosure;
  PolicySection: P.PolicySection;
  ResponseContents: P.ResponseContents;
  DetrimentFactor: P.DetrimentFactor;
  DetrimentFactors: P.DetrimentFactors;
  Policy: P.Policy;
  Anchor: P.Anchor;
  RoleId: P.RoleId;
  PolicySubject: P.PolicySubject;
  ResponseItem: P.ResponseItem;
  RefusalReasons: P.RefusalReasons;
  TimeLimitFrom: P.TimeLimitFrom;
};
type _policy = Assert<AllMatch<SchemasMatch<Built, Named>>>;
// A policy file before validation has the shape of a validated policy (no defaults, no transforms).
type _input = Assert<Equal<z.input<typeof S.policySchema>, P.PolicyInput>>;
// The exported schema is typed with the named types (what the declarations show).
type _exported = Assert<Equal<OutputOf<typeof S.Policy>, P.Policy>> & Assert<Equal<InputOf<typeof S.Policy>, P.PolicyInput>>;

describe('the named policy types', () => {
  it('the exported schemas are the schemas as built', () => {
    expect(S.Policy).toBe(S.policySchema);
    expect(S.PolicySource).toBe(S.policySourceSchema);
    expect(S.StageRules).toBe(S.stageRulesSchema);
    expect(S.Timescale).toBe(S.timescaleSchema);
    expect(S.DetrimentFactors).toBe(S.detrimentFactorsSchema);
  });
});
