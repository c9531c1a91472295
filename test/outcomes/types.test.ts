import { describe, expectTypeOf, it } from 'vitest';
import {
  decideOutcome, renderLetter, type FinancialRemedy, type IssueFinding, type Outcome, type OutstandingAction, type Remedy, type ResponseDraft,
} from '../../src/outcomes/index.js';
import { checkExclusions, type ExclusionFacts, type GroundResult } from '../../src/exclusions/index.js';
import type { RemedyKind } from '../../src/core/index.js';
import { policies } from '../../src/policy/index.js';

describe('the outcomes types', () => {
  it('Outcome and IssueFinding', () => {
    expectTypeOf<Outcome>().toEqualTypeOf<'upheld' | 'partially-upheld' | 'not-upheld'>();
    expectTypeOf<IssueFinding>().toEqualTypeOf<{ issue: string; finding: 'upheld' | 'not-upheld'; reasons: string }>();
    expectTypeOf(decideOutcome).returns.toEqualTypeOf<Outcome>();
    expectTypeOf(decideOutcome).parameter(0).toEqualTypeOf<readonly IssueFinding[]>();
  });
  it('FinancialRemedy, Remedy and OutstandingAction', () => {
    expectTypeOf<FinancialRemedy>().toEqualTypeOf<{ type: 'compensation' | 'discretionary'; amountPence: number }>();
    expectTypeOf<Remedy['kind']>().toEqualTypeOf<RemedyKind>();
    expectTypeOf<Remedy>().toEqualTypeOf<{ id: string; kind: RemedyKind; description: string; dueBy: string; financial?: FinancialRemedy | undefined; completedOn?: string | undefined }>();
    expectTypeOf<OutstandingAction>().toEqualTypeOf<{ id: string; description: string; dueBy?: string | undefined; completedOn?: string | undefined }>();
  });
  it('ResponseDraft: every field optional; remedies and outstanding actions are read-only arrays', () => {
    expectTypeOf<{}>().toExtend<ResponseDraft>();
    expectTypeOf<ResponseDraft['stage']>().toEqualTypeOf<1 | 2 | undefined>();
    expectTypeOf<ResponseDraft['remedies']>().toEqualTypeOf<readonly Remedy[] | undefined>();
    expectTypeOf<ResponseDraft['outstandingActions']>().toEqualTypeOf<readonly OutstandingAction[] | undefined>();
  });
  it('renderLetter takes the data of its kind only', () => {
    const context = { policy: policies.wellington };
    expectTypeOf(renderLetter<'extension'>).parameter(1).toHaveProperty('stage');
    // @ts-expect-error an extension notice needs its stage
    const bad = () => renderLetter('extension', { newDate: '2025-04-04' }, context);
    // @ts-expect-error not a kind of letter
    const worse = () => renderLetter('memo', {}, context);
    expectTypeOf(bad).returns.toBeString();
    expectTypeOf(worse).returns.toBeString();
  });
  it('exclusion facts and results are typed unions, not strings', () => {
    expectTypeOf<ExclusionFacts['legalClaim']>().toEqualTypeOf<'filed-at-court' | 'pre-action-protocol' | 'none' | undefined>();
    expectTypeOf<GroundResult['applies']>().toEqualTypeOf<'yes' | 'no' | 'unknown'>();
    expectTypeOf(checkExclusions).returns.toHaveProperty('decidedBy').toEqualTypeOf<'a-person'>();
    // @ts-expect-error a receipt date is a string, not a Date
    const wrong: ExclusionFacts = { receivedOn: new Date(0) };
    expectTypeOf(wrong).toEqualTypeOf<ExclusionFacts>();
  });
});
