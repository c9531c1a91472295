import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { createPolicyCalendar, definePolicy, lintPolicy, parsePolicy, policies, type Policy, policyClosures } from '../../src/policy/index.js';

const christmas = { every: 'year', from: '12-24', to: '12-31', name: 'Christmas closure', source: { note: 'Example organisation: "The office is closed from 24 to 31 December every year."' } } as const;
function withClosures(closures: unknown[], base: Policy = policies.wellington): Policy {
  const r = definePolicy(base, { closures } as never);
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

describe('closures in policy data', () => {
  it('a policy may name its recurring closures; the built-ins name none', () => {
    expect(withClosures([christmas]).closures).toEqual([christmas]);
    for (const p of Object.values(policies)) expect(p.closures).toBeUndefined();
  });
  it.each([
    [{ ...christmas, to: '12-32' }, 'closures.0.to', /month 12 has 31 days/],
    [{ ...christmas, from: '2025-12-24' }, 'closures.0.from', /MM-DD/],
    [{ ...christmas, to: '01-31' }, 'closures.0', /39 days, more than the 31/],
    [{ ...christmas, every: 'month' }, 'closures.0.every', /./],
    [{ ...christmas, source: {} }, 'closures.0.source', /./],
  ])('%j is refused at %s', (closure, path, message) => {
    const r = parsePolicy({ ...policies.wellington, closures: [closure] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toEqual([expect.objectContaining({ path, message: expect.stringMatching(message) })]);
  });
  it('policyClosures: each closure effective while the policy is in force', () => {
    const p = withClosures([christmas]);
    expect(policyClosures(p)).toEqual([{ every: 'year', from: '12-24', to: '12-31', name: 'Christmas closure', effective: { from: p.inForce.from } }]);
  });
});

describe('createPolicyCalendar: a version\'s closures apply while that version is in force', () => {
  const v1 = withClosures([christmas], { ...policies.wellington, id: 'v1', inForce: { from: '2024-11-01', to: '2026-03-31' } });
  const v2 = withClosures([], { ...policies.wellington, id: 'v2', inForce: { from: '2026-04-01' } });
  it('closed at Christmas 2025 under v1, open at Christmas 2026 under v2', () => {
    const cal = createPolicyCalendar([v1, v2]);
    expect(cal.region).toBe('england-and-wales');
    expect(cal.isWorkingDay('2025-12-29')).toBe(false);
    expect(cal.isWorkingDay('2026-12-29')).toBe(true);
    expect(cal.isWorkingDay('2023-12-27')).toBe(true); // before v1 was in force
  });
  it('the same as the calendar built by hand', () => {
    const byHand = createCalendar({ region: v1.region, closures: [...policyClosures(v1), ...policyClosures(v2)] });
    const cal = createPolicyCalendar([v1, v2]);
    for (const d of ['2025-12-19', '2025-12-23', '2026-12-18']) expect(cal.addWorkingDays(d, 10)).toBe(byHand.addWorkingDays(d, 10));
  });
  it('versions for different regions, or an options.region unlike theirs, are a calendar-region-mismatch', () => {
    const scottish = { ...v2, region: 'scotland' as const };
    expect(() => createPolicyCalendar([v1, scottish])).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch', path: 'versions[1].region' }));
    expect(() => createPolicyCalendar(v1, { region: 'scotland' })).toThrow(expect.objectContaining({ code: 'calendar-region-mismatch', path: 'options.region' }));
  });
});

describe('lint: a closure that makes a Code timescale unreachable is a warning', () => {
  // Code 6.2: "Complaints must be acknowledged, defined and logged at stage 1 of the complaints
  // procedure within five working days of the complaint being received."
  it('24 December to 3 January covers 5 or more working days in some year: 6.2 and 6.11 (5 working days) are unreachable', () => {
    const p = withClosures([{ ...christmas, to: '01-03', name: undefined }].map(({ name: _, ...c }) => c));
    const found = lintPolicy(p).filter((f) => f.code === 'closure-makes-timescale-unreachable');
    expect(found.map((f) => f.source.provision)).toEqual(['6.2', '6.11']);
    expect(found[0]?.message).toMatch(/^The closure 12-24 to 01-03 covers \d working days when it starts on \d{4}-12-24/);
    expect(found[0]?.path).toBe('closures.0');
    expect(found[0]?.severity).toBe('warning');
  });
  it('24 to 31 December covers at most 4 working days in any year (England and Wales): no warning', () => {
    expect(lintPolicy(withClosures([christmas])).filter((f) => f.code === 'closure-makes-timescale-unreachable')).toEqual([]);
  });
  it('a closure of 20 working days or more reaches the stage 2 response (6.14) too', () => {
    const p = withClosures([{ every: 'year', from: '07-01', to: '07-31', source: { note: 'summer closure' } }]);
    expect(lintPolicy(p).filter((f) => f.code === 'closure-makes-timescale-unreachable').map((f) => f.source.provision)).toEqual(['6.2', '6.3', '6.11', '6.14']);
  });
});
