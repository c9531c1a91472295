// The named types of the exclusions, the outcomes' notices and the self-assessment are the types
// of their schemas, checked by `tsc --noEmit` (`npm run typecheck`, part of `npm test`) as for the
// lifecycle and the policy: a field added to a schema and not to its type, or the other way
// round, fails CI.
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import * as facts from '../../src/exclusions/facts.js';
import * as notices from '../../src/outcomes/notices.js';
import * as detriment from '../../src/outcomes/detriment.js';
import * as sa from '../../src/self-assessment/schema.js';
import type { AllMatch, Assert, Equal, InputOf, OutputOf, SchemasMatch } from '../support/type-equal.js';

type Built = {
  ExclusionFacts: typeof facts.exclusionFactsSchema;
  ExtensionNotice: typeof notices.extensionNoticeSchema;
  RefusalNotice: typeof notices.refusalNoticeSchema;
  Normalisation: typeof sa.normalisationSchema;
  Answer: typeof sa.AnswerZod;
  DetrimentAssessment: typeof detriment.detrimentAssessmentSchema;
};
type Named = {
  ExclusionFacts: facts.ExclusionFacts;
  ExtensionNotice: notices.ExtensionNotice;
  RefusalNotice: notices.RefusalNotice;
  Normalisation: sa.Normalisation;
  Answer: sa.Answer;
  DetrimentAssessment: detriment.DetrimentAssessment;
};
type _same = Assert<AllMatch<SchemasMatch<Built, Named>>>;
// A self-assessment entry's `citedSections` is optional as written and always present once parsed.
type _entry = Assert<Equal<z.output<typeof sa.assessmentEntrySchema>, sa.AssessmentEntry>> & Assert<Equal<z.input<typeof sa.assessmentEntrySchema>, sa.AssessmentEntryInput>>;
type _assessment = Assert<Equal<z.output<typeof sa.assessmentSchema>, sa.Assessment>> & Assert<Equal<z.input<typeof sa.assessmentSchema>, sa.AssessmentInput>>;
type _exported = Assert<Equal<OutputOf<typeof sa.Assessment>, sa.Assessment>> & Assert<Equal<InputOf<typeof sa.Assessment>, sa.AssessmentInput>>;

describe('the named types of the exclusions, notices and self-assessment', () => {
  it('the exported schemas are the schemas as built', () => {
    expect(facts.ExclusionFacts).toBe(facts.exclusionFactsSchema);
    expect(notices.ExtensionNotice).toBe(notices.extensionNoticeSchema);
    expect(notices.RefusalNotice).toBe(notices.refusalNoticeSchema);
    expect(sa.Assessment).toBe(sa.assessmentSchema);
    expect(sa.AssessmentEntry).toBe(sa.assessmentEntrySchema);
    expect(detriment.DetrimentAssessment).toBe(detriment.detrimentAssessmentSchema);
  });
});
