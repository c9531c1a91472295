// The reference host service: PGlite (Postgres in WebAssembly) as the event store, a small HTTP API
// over it, and a short day's work driven over HTTP. Run with `npm run example`.
import type { AddressInfo } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { createCalendar } from 'housing-complaints/calendar';
import { policies } from 'housing-complaints/policy';
import { createService } from './service/server.js';
import { EventStore } from './service/store.js';

const context = { policy: policies.wellington, calendar: createCalendar({ region: 'england-and-wales' }) };
const db = new PGlite();
const server = createService(await EventStore.open(db), context);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

async function call(method: string, path: string, body?: unknown, now?: string): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json', ...(now === undefined ? {} : { 'x-now': now }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  const text = await res.text();
  return { status: res.status, json: res.headers.get('content-type')?.startsWith('application/json') ? JSON.parse(text) : text };
}

try {
  await call('POST', '/complaints', { type: 'received', at: '2025-12-19T18:45:00Z', complaintId: 'C-1', channel: 'email' }, '2025-12-19T18:45:00Z');
  const typo = await call('POST', '/complaints/C-1/events', { type: 'acknowledged', at: '2025-12-22', procedure: 'A', handler: 'officer-ann', definiton: {} }, '2025-12-22');
  console.log(`A typo is refused (${typo.status}): ${typo.json.issues.map((i: { message: string }) => i.message).join(' / ')}`);
  await call('POST', '/complaints/C-1/events', { type: 'acknowledged', at: '2025-12-22', procedure: 'A', handler: 'officer-ann', definition: { issues: [{ id: 'repair', summary: 'The boiler repair was late' }], outcomesSought: ['Repair'] } }, '2025-12-22');
  const shown = await call('GET', '/complaints/C-1?asOf=2026-01-12');
  console.log(`C-1 is ${shown.json.status}; it accepts ${shown.json.allowedEvents.join(', ')}.`);
  for (const d of shown.json.deadlines) console.log(`  ${d.kind}: due ${d.dueBy} (${d.status}): ${d.sentence}`);
  const late = await call('GET', '/overdue?asOf=2026-01-20');
  for (const i of late.json.items) console.log(`Overdue on 20 January 2026: ${i.complaintId} ${i.deadline.kind}, ${i.deadline.workingDaysOverdue} working days late.`);
} finally {
  server.close();
  await db.close();
}
