/**
 * The reference host service (examples/service), driven over HTTP against a real Postgres
 * (PGlite, in memory) with a month of complaints recorded as they happened: no mocks. The overdue
 * list it serves for past dates is checked against the library's answer from only the events
 * dated on or before each date.
 */
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/calendar/index.js';
import { overdueAcross, replay, type LifecycleEvent } from '../../src/lifecycle/index.js';
import { policies } from '../../src/policy/index.js';
import { generateComplaintEvents } from '../../src/reporting/index.js';
import { createService } from '../../examples/service/server.js';
import { EventStore } from '../../examples/service/store.js';

const context = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
const month = [...generateComplaintEvents({ seed: 2025, count: 50, from: '2025-01-01', to: '2025-01-31', asOf: '2025-01-31', policy: context.policy, calendar: context.calendar })];
let db: PGlite;
let server: ReturnType<typeof createService>;
let base = '';

async function call(method: string, path: string, body?: unknown, now?: string): Promise<{ status: number; json: any; text: string }> {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(now === undefined ? {} : { 'x-now': now }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, text, json: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : undefined };
}

const dayOf = (at: string) => context.calendar.londonDate(at);

beforeAll(async () => {
  db = new PGlite();
  server = createService(await EventStore.open(db), context);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Record the month as it happened: every event of every complaint, in date order, each on its day.
  const all = month.flatMap((events) => events.map((event, i) => ({ event, i, day: dayOf(event.at) })));
  all.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  for (const { event, i } of all) {
    const id = month.find((events) => events.includes(event))![0]!;
    const r = i === 0 ? await call('POST', '/complaints', event, event.at) : await call('POST', `/complaints/${(id as { complaintId: string }).complaintId}/events`, event, event.at);
    if (r.status >= 300) throw new Error(`${event.type} refused (${r.status}): ${r.text}`);
  }
}, 60_000);

afterAll(async () => {
  server?.close();
  await db?.close();
});

describe('reference service over HTTP, with PGlite', () => {
  it('serves each complaint: status, allowed events, deadlines with sentences', async () => {
    const events = month[0]!;
    const id = (events[0] as { complaintId: string }).complaintId;
    const r = await call('GET', `/complaints/${id}?asOf=2025-01-31`);
    expect(r.status).toBe(200);
    const expected = replay(events, context);
    expect(expected.ok && r.json.status).toBe(expected.ok && expected.value.status);
    expect(r.json.allowedEvents.length).toBeGreaterThan(0);
    for (const d of r.json.deadlines) expect(d.sentence).toMatch(/working days?, .*from .* on \d{1,2} \w+ 20\d\d \(/);
  });

  it('the overdue list for past dates is the one true on those dates (events dated later do not count)', async () => {
    for (const asOf of ['2025-01-10', '2025-01-17', '2025-01-24', '2025-01-31']) {
      const r = await call('GET', `/overdue?asOf=${asOf}`);
      expect(r.status).toBe(200);
      // The library's answer from the events dated on or before asOf only, without the service.
      const complaints = month
        .map((events) => events.filter((e) => dayOf(e.at) <= asOf))
        .filter((events) => events.length > 0)
        .map((events) => {
          const c = replay(events, context);
          if (!c.ok) throw new Error(c.error.message);
          return c.value;
        });
      const expected = overdueAcross(complaints, context, asOf);
      expect(r.json.items.map((i: any) => `${i.complaintId} ${i.deadline.kind} ${i.deadline.dueBy} ${i.deadline.workingDaysOverdue}`)).toEqual(
        expected.map((i) => `${i.complaintId} ${i.deadline.kind} ${i.deadline.dueBy} ${i.deadline.workingDaysOverdue}`),
      );
    }
  });

  it('maps refusals to HTTP statuses: 400 for a bad shape, 409 for the wrong state or a future date, 422 for a broken rule', async () => {
    const r0 = await call('POST', '/complaints', { type: 'received', at: '2025-02-03', complaintId: 'T-1', channel: 'email' }, '2025-02-03');
    expect(r0.status).toBe(201);
    const typo = await call('POST', '/complaints/T-1/events', { type: 'update-sent', at: '2025-02-04', nte: 'x' }, '2025-02-04');
    expect(typo.status).toBe(400);
    expect(typo.json.issues[0]).toMatchObject({ path: 'event.nte', reason: 'unknown-key' });
    const wrong = await call('POST', '/complaints/T-1/events', { type: 'escalation-acknowledged', at: '2025-02-04', reviewer: 'x' }, '2025-02-04');
    expect(wrong.status).toBe(409);
    expect(wrong.json.allowed).toContain('acknowledged');
    const future = await call('POST', '/complaints/T-1/events', { type: 'update-sent', at: '2030-01-01' }, '2025-02-04');
    expect(future.status).toBe(409);
    expect(future.json.code).toBe('event-after-now');
    const rule = await call('POST', '/complaints/T-1/events', { type: 'refused', at: '2025-02-04', grounds: ['time-limit'], writtenReasons: ' ', ombudsmanRightGiven: false }, '2025-02-04');
    expect(rule.status).toBe(422);
    expect(rule.json.issues.map((i: any) => i.code)).toEqual(['refusal-needs-reasons', 'refusal-needs-ombudsman-right']);
    expect(await call('POST', '/complaints', { type: 'received', at: '2025-02-03', complaintId: 'T-1', channel: 'email' }, '2025-02-03')).toMatchObject({ status: 409 });
    // Nothing refused was stored.
    const t1 = await call('GET', '/complaints/T-1?asOf=2025-02-04');
    expect(t1.json.status).toBe('received');
  });

  it('serves the committee report as HTML', async () => {
    const r = await call('GET', '/report?from=2025-01-01&to=2025-01-31');
    expect(r.status).toBe(200);
    expect(r.text).toMatch(/^<!DOCTYPE html>/i);
    expect(r.text).toContain('</html>');
  });
});
