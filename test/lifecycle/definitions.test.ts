/**
 * One event in one place: the tables, the union and the state diagram are derived from the event
 * definitions (src/lifecycle/events/), and what the interpreter does agrees with what they say.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { policies } from '../../src/policy/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import {
  DEFINITIONS,
  EVENT_SCHEMAS,
  EVENT_TYPES,
  LIFECYCLE_ERROR_CODES,
  STATUSES,
  TRANSITIONS,
  applyEvent,
  replay,
  stateDiagram,
  type Complaint,
  type LifecycleContext,
} from '../../src/lifecycle/index.js';

const context: LifecycleContext = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };

describe('event definitions', () => {
  it('EVENT_TYPES, the schema table and the definitions list the same events', () => {
    expect([...EVENT_TYPES].sort()).toEqual(Object.keys(DEFINITIONS).sort());
    expect([...EVENT_TYPES].sort()).toEqual(Object.keys(EVENT_SCHEMAS).sort());
    for (const t of EVENT_TYPES) {
      expect(DEFINITIONS[t].type).toBe(t);
      expect(DEFINITIONS[t].schema).toBe(EVENT_SCHEMAS[t]);
    }
  });

  it('TRANSITIONS is each definition\'s `from`, status by status', () => {
    for (const s of STATUSES) {
      const expected = EVENT_TYPES.filter((t) => DEFINITIONS[t].from.includes(s));
      expect([...TRANSITIONS[s]].sort()).toEqual([...expected].sort());
    }
  });

  it('every guard has a code from LIFECYCLE_ERROR_CODES, a rule and a source', () => {
    for (const t of EVENT_TYPES) {
      for (const r of DEFINITIONS[t].rules) {
        expect(LIFECYCLE_ERROR_CODES).toContain(r.code);
        expect(r.rule.length).toBeGreaterThan(10);
        expect(Object.keys(r.source).length).toBeGreaterThan(0);
      }
    }
  });

  it('the state diagram in docs/lifecycle.md is the one derived from the definitions', () => {
    const doc = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    const block = /```mermaid\n([\s\S]*?)```/.exec(doc)?.[1]?.trimEnd();
    expect(block).toBe(stateDiagram());
  });

  it('every change of status an accepted event makes is one of its declared moves (600 generated histories)', () => {
    const seen = new Set<string>();
    for (const events of generateComplaintEvents({ seed: 13, count: 600, from: '2024-04-01', to: '2025-03-31', policy: context.policy, calendar: context.calendar })) {
      const first = replay(events.slice(0, 1), context);
      if (!first.ok) throw new Error(first.error.message);
      let c: Complaint = first.value;
      for (const e of events.slice(1)) {
        const r = applyEvent(c, e, context);
        if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
        if (r.value.status !== c.status) {
          const moves = DEFINITIONS[e.type].moves;
          expect(moves.some((m) => m.from === c.status && m.to === r.value.status), `${e.type}: ${c.status} -> ${r.value.status}`).toBe(true);
          seen.add(`${c.status}>${r.value.status}`);
        }
        c = r.value;
      }
    }
    // The histories exercise most moves.
    expect(seen.size).toBeGreaterThanOrEqual(6);
  });
});

describe('event shapes', () => {
  it('docs/lifecycle.md shows the shape table generated from the event schemas', async () => {
    const { eventShapeTables } = await import('../../src/lifecycle/index.js');
    const doc = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    const block = /<!-- event-shapes:start -->\n([\s\S]*?)\n<!-- event-shapes:end -->/.exec(doc)?.[1];
    expect(block).toBe(eventShapeTables());
  });

  it('the JSON Schema refuses unknown keys, requires what the schema requires, and lists every event type', async () => {
    const { eventJsonSchema } = await import('../../src/lifecycle/index.js');
    const schema = eventJsonSchema() as { oneOf: { $ref: string }[]; $defs: Record<string, { additionalProperties?: boolean; required?: string[] }> };
    expect(schema.oneOf).toHaveLength(EVENT_TYPES.length);
    const ext = schema.$defs['ExtensionGrantedEvent']!;
    expect(ext.additionalProperties).toBe(false);
    expect(ext.required).toEqual(['type', 'at', 'stage', 'workingDays', 'reasons', 'ombudsmanDetailsGiven']);
  });
});
