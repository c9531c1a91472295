/**
 * The event store: complaint events in Postgres (PGlite here), appended only after the lifecycle
 * accepts them, in a transaction that re-reads the complaint's events, replays them, applies the new
 * one and inserts it with the next sequence number. Two appends to one complaint at once cannot both
 * win: the primary key (complaint_id, seq) refuses the second, which is retried by the caller.
 *
 * (Your own service imports `housing-complaints/lifecycle` and `housing-complaints/reporting`; this
 * example imports the library's source so that its tests run from a checkout, before any build.)
 */
import { readFileSync } from 'node:fs';
import type { PGlite, Transaction } from '@electric-sql/pglite';
import { applyEvent, replay, startComplaint, type Complaint, type LifecycleContext, type LifecycleError } from '../../src/lifecycle/index.js';

export type Appended = { ok: true; complaint: Complaint; seq: number } | { ok: false; error: LifecycleError };

export class EventStore {
  private constructor(private readonly db: PGlite) {}

  /** Opens the store, creating its table when missing (schema.sql). */
  static async open(db: PGlite): Promise<EventStore> {
    await db.exec(readFileSync(new URL('./schema.sql', import.meta.url), 'utf8'));
    return new EventStore(db);
  }

  /** The stored events of one complaint, in order. */
  async events(complaintId: string, tx: Pick<PGlite, 'query'> | Transaction = this.db): Promise<unknown[]> {
    const r = await tx.query<{ event: unknown }>('SELECT event FROM complaint_events WHERE complaint_id = $1 ORDER BY seq', [complaintId]);
    return r.rows.map((row) => row.event);
  }

  /** Every complaint id, in order. */
  async complaintIds(): Promise<string[]> {
    const r = await this.db.query<{ complaint_id: string }>('SELECT DISTINCT complaint_id FROM complaint_events ORDER BY complaint_id');
    return r.rows.map((row) => row.complaint_id);
  }

  /** Every complaint, rebuilt from its events (a replay per complaint). */
  async complaints(context: LifecycleContext): Promise<Complaint[]> {
    const r = await this.db.query<{ complaint_id: string; events: unknown[] }>(
      'SELECT complaint_id, jsonb_agg(event ORDER BY seq) AS events FROM complaint_events GROUP BY complaint_id ORDER BY complaint_id',
    );
    const out: Complaint[] = [];
    for (const row of r.rows) {
      const c = replay(row.events, context);
      if (!c.ok) throw new Error(`stored events of ${row.complaint_id} no longer replay: ${c.error.message}`);
      out.push(c.value);
    }
    return out;
  }

  /** Starts a complaint from its received event; refused if the id is taken or the event is invalid. */
  async receive(event: unknown, context: LifecycleContext): Promise<Appended> {
    const started = startComplaint(event, context);
    if (!started.ok) return started;
    const id = started.value.id;
    return this.db.transaction(async (tx) => {
      const existing = await tx.query<{ n: number }>('SELECT count(*)::int AS n FROM complaint_events WHERE complaint_id = $1', [id]);
      if ((existing.rows[0]?.n ?? 0) > 0) return { ok: false, error: duplicate(id) } as const;
      await tx.query('INSERT INTO complaint_events (complaint_id, seq, type, event) VALUES ($1, 0, $2, $3)', [id, 'received', JSON.stringify(event)]);
      return { ok: true, complaint: started.value, seq: 0 } as const;
    });
  }

  /** Appends one event if the lifecycle accepts it after the stored ones (the order of events included). */
  async append(complaintId: string, event: unknown, context: LifecycleContext): Promise<Appended | undefined> {
    return this.db.transaction(async (tx) => {
      const stored = await this.events(complaintId, tx);
      if (stored.length === 0) return undefined;
      const current = replay(stored, context);
      if (!current.ok) throw new Error(`stored events of ${complaintId} no longer replay: ${current.error.message}`);
      const next = applyEvent(current.value, event as never, context);
      if (!next.ok) return next;
      await tx.query('INSERT INTO complaint_events (complaint_id, seq, type, event) VALUES ($1, $2, $3, $4)', [complaintId, stored.length, (event as { type: string }).type, JSON.stringify(event)]);
      return { ok: true, complaint: next.value, seq: stored.length } as const;
    });
  }
}

function duplicate(id: string): LifecycleError {
  const issue = { code: 'event-not-allowed' as const, path: 'event.complaintId', message: `complaint '${id}' has already been received`, source: { provision: '5.12' } };
  return { ...issue, issues: [issue] };
}
