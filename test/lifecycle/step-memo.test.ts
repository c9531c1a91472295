/**
 * perStep (events/kit.ts): a guard and the effect of one event share one computed answer, and the
 * interpreter lets go of the step it kept (its complaint and context) as it returns.
 */
import { describe, expect, it } from 'vitest';
import { forgetSteps, perStep, type Step } from '../../src/lifecycle/events/kit.js';
import { replay } from '../../src/lifecycle/index.js';
import { ackEv, receivedEv, wellington } from './fixtures.js';

describe('perStep', () => {
  it('computes once per step, again for another step, and again once the steps are forgotten', () => {
    let computed = 0;
    const memo = perStep((x: Step<'stage-1'>) => {
      computed += 1;
      return x.on;
    });
    const a = { on: '2025-03-03' } as Step<'stage-1'>;
    const b = { on: '2025-03-04' } as Step<'stage-1'>;
    expect([memo(a), memo(a)]).toEqual(['2025-03-03', '2025-03-03']);
    expect(computed).toBe(1);
    expect(memo(b)).toBe('2025-03-04');
    expect(computed).toBe(2);
    forgetSteps();
    expect(memo(b)).toBe('2025-03-04');
    expect(computed).toBe(3);
  });

  it('is let go by replay as it returns: the next use computes afresh', () => {
    let computed = 0;
    const memo = perStep((x: Step<'stage-1'>) => {
      computed += 1;
      return x.on;
    });
    const a = { on: '2025-03-05' } as Step<'stage-1'>;
    memo(a);
    const r = replay([receivedEv('2025-03-03'), ackEv('2025-03-04')], wellington);
    expect(r.ok).toBe(true);
    memo(a);
    expect(computed).toBe(2);
  });
});
