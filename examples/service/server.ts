/**
 * A small HTTP API over the event store (node:http, no framework):
 *
 *   POST /complaints                 a received event          -> 201 the complaint
 *   POST /complaints/:id/events      any other event           -> 200 the complaint, or the error
 *   GET  /complaints/:id?asOf=DATE   status, allowed events, deadlines with sentences
 *   GET  /overdue?asOf=DATE          the overdue list across all complaints
 *   GET  /report?from=DATE&to=DATE   the committee report as HTML
 *
 * The service is the host: it decides "now" (the `x-now` header, for tests and back-dated entry,
 * else the server's clock) and passes it to the library, which reads no clock.
 *
 * (Your own service imports `housing-complaints/lifecycle` and `housing-complaints/reporting`; this
 * example imports the library's source so that its tests run from a checkout, before any build.)
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { allowedEvents, deadlines, describeDeadline, explainAllowed, overdueAcross, replay, type LifecycleContext, type LifecycleError } from '../../src/lifecycle/index.js';
import { performanceReport, renderReportHtml } from '../../src/reporting/index.js';
import type { EventStore } from './store.js';

/** The HTTP status for a lifecycle error code (docs/errors.md). */
export function httpStatus(e: LifecycleError): number {
  if (['invalid-event', 'invalid-time', 'invalid-complaint', 'no-events', 'first-event-not-received'].includes(e.code)) return 400;
  if (['event-not-allowed', 'no-third-stage', 'event-before-previous', 'event-after-now', 'cannot-void', 'policy-mismatch', 'no-policy-in-force'].includes(e.code)) return 409;
  return 422;
}

function send(res: ServerResponse, status: number, body: unknown, type = 'application/json; charset=utf-8'): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > 1_000_000) throw new RangeError('body too large');
    chunks.push(chunk as Buffer);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Creates the server (not yet listening). */
export function createService(store: EventStore, base: LifecycleContext): Server {
  const contextFor = (req: IncomingMessage): LifecycleContext => {
    const now = req.headers['x-now'];
    return { ...base, now: typeof now === 'string' && now !== '' ? now : new Date().toISOString() };
  };
  return createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
      const asOf = url.searchParams.get('asOf');
      if (asOf !== null && !DATE.test(asOf)) return send(res, 400, { error: 'asOf must be a date YYYY-MM-DD' });
      if (req.method === 'POST' && parts.length === 1 && parts[0] === 'complaints') {
        const r = await store.receive(await readJson(req), contextFor(req));
        return r.ok ? send(res, 201, r.complaint) : send(res, httpStatus(r.error), r.error);
      }
      if (req.method === 'POST' && parts.length === 3 && parts[0] === 'complaints' && parts[2] === 'events') {
        const r = await store.append(parts[1]!, await readJson(req), contextFor(req));
        if (r === undefined) return send(res, 404, { error: `no complaint '${parts[1]}'` });
        return r.ok ? send(res, 200, r.complaint) : send(res, httpStatus(r.error), r.error);
      }
      if (req.method === 'GET' && parts.length === 2 && parts[0] === 'complaints') {
        const events = await store.events(parts[1]!);
        if (events.length === 0) return send(res, 404, { error: `no complaint '${parts[1]}'` });
        const c = replay(events, base);
        if (!c.ok) return send(res, 500, c.error);
        const day = asOf ?? base.calendar.londonDate(new Date());
        return send(res, 200, {
          id: c.value.id,
          status: c.value.status,
          allowedEvents: allowedEvents(c.value, base),
          notAllowed: explainAllowed(c.value, base).notAllowed,
          deadlines: deadlines(c.value, base, day).map((d) => ({ ...d, sentence: describeDeadline(d) })),
        });
      }
      if (req.method === 'GET' && parts.length === 1 && parts[0] === 'overdue') {
        const day = asOf ?? base.calendar.londonDate(new Date());
        const items = overdueAcross(await store.complaints(base), base, day);
        return send(res, 200, { asOf: day, items: items.map((i) => ({ ...i, sentence: describeDeadline(i.deadline) })) });
      }
      if (req.method === 'GET' && parts.length === 1 && parts[0] === 'report') {
        const from = url.searchParams.get('from');
        const to = url.searchParams.get('to');
        if (from === null || to === null || !DATE.test(from) || !DATE.test(to)) return send(res, 400, { error: 'from and to must be dates YYYY-MM-DD' });
        const report = performanceReport(await store.complaints(base), base, { from, to });
        return send(res, 200, renderReportHtml(report), 'text/html; charset=utf-8');
      }
      return send(res, 404, { error: 'no such route' });
    })().catch((e: unknown) => {
      if (e instanceof SyntaxError || e instanceof RangeError) return send(res, 400, { error: e.message });
      return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
    });
  });
}
