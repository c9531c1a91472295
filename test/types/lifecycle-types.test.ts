// The named lifecycle types are the types of their schemas: for each schema as built (its zod
// type, before the exported schema is annotated with the named type), the schema's output and
// input are exactly the named type. `tsc --noEmit` (`npm run typecheck`, part of `npm test`)
// checks the assertions below, so a field added to a schema and not to its type, or the other way
// round, fails CI. The run-time tests check the tables the assertions read cover every event.
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as complaint from '../../src/lifecycle/complaint.js';
import * as scalars from '../../src/lifecycle/scalars.js';
import * as outcomes from '../../src/outcomes/types.js';
import { sourceSchema, Source } from '../../src/core/source-schema.js';
import { EVENT_SCHEMAS, EVENT_SCHEMAS_AS_BUILT, lifecycleEventSchema, LifecycleEvent, SCHEMA_EVENT_TYPES, type EventOf, type EventType } from '../../src/lifecycle/events/schemas.js';
import { DEFINITIONS, EVENT_TYPES } from '../../src/lifecycle/events/index.js';
import { OmbudsmanOrder, ombudsmanOrderSchema } from '../../src/lifecycle/events/ombudsman-determination.js';
import { directStartSchema } from '../../src/lifecycle/events/received.js';
import type * as L from '../../src/lifecycle/index.js';
import type { EVENTS } from '../../src/lifecycle/events/index.js';
import type { Source as PlainSource } from '../../src/core/source.js';
import type { AllMatch, Assert, Equal, InputOf, OutputOf, SchemasMatch } from '../support/type-equal.js';

// Every event: the schema as built against `EventOf<K>`, the member of the named union.
type EventsAsBuilt = typeof EVENT_SCHEMAS_AS_BUILT;
type _events = Assert<AllMatch<SchemasMatch<EventsAsBuilt, { [K in EventType]: EventOf<K> }>>>;
type _union = Assert<Equal<z.output<typeof lifecycleEventSchema>, L.LifecycleEvent>>;
type _unionIn = Assert<Equal<z.input<typeof lifecycleEventSchema>, L.LifecycleEvent>>;
// The union has a member for every event type and no other.
type _types = Assert<Equal<L.LifecycleEvent['type'], keyof EventsAsBuilt>>;
// The look-up tables the public generic types read (cheaper for a consumer's compiler than
// `Extract` over the unions, or than every definition's type) are exactly what they stand for:
// each event type's entry is the union's member with that `type`, each status's complaint the
// union's member with that `status`, and each event type's accepting statuses its definition's `from`.
type _byType = Assert<AllMatch<{ [K in EventType]: Equal<L.EventByType[K], Extract<L.LifecycleEvent, { type: K }>> }>> &
  Assert<Equal<keyof L.EventByType, EventType>>;
type _byStatus = Assert<AllMatch<{ [S in L.Status]: Equal<L.ComplaintByStatus[S], Extract<L.Complaint, { status: S }>> }>> &
  Assert<Equal<keyof L.ComplaintByStatus, L.Status>>;
type _accepting = Assert<AllMatch<{ [K in EventType]: Equal<L.AcceptingStatuses[K], (typeof EVENTS)[K]['from'][number]> }>> &
  Assert<Equal<keyof L.AcceptingStatuses, EventType>>;
// And the types derived from them are the ones derived from the unions and the definitions.
type _eventFor = Assert<AllMatch<{ [S in L.Status]: Equal<L.EventFor<S>, Extract<L.LifecycleEvent, { type: { [K in EventType]: S extends (typeof EVENTS)[K]['from'][number] ? K : never }[EventType] }>> }>>;

// The complaint and its records.
type ComplaintBuilt = {
  ExtensionRecord: typeof complaint.extensionRecordSchema;
  ClarificationRecord: typeof complaint.clarificationRecordSchema;
  ResponseRecord: typeof complaint.responseRecordSchema;
  EscalationRecord: typeof complaint.escalationRecordSchema;
  Stage1Received: typeof complaint.stage1ReceivedSchema;
  Stage1Acknowledged: typeof complaint.stage1AcknowledgedSchema;
  Stage1Responded: typeof complaint.stage1RespondedSchema;
  Stage2Requested: typeof complaint.stage2RequestedSchema;
  Stage2Acknowledged: typeof complaint.stage2AcknowledgedSchema;
  Stage2Responded: typeof complaint.stage2RespondedSchema;
  Stage1Record: typeof complaint.stage1RecordSchema;
  Stage2Record: typeof complaint.stage2RecordSchema;
  AdditionalIssueRecord: typeof complaint.additionalIssueRecordSchema;
  AdjustmentRecord: typeof complaint.adjustmentRecordSchema;
  NotificationRecord: typeof complaint.notificationRecordSchema;
  UpdateRecord: typeof complaint.updateRecordSchema;
  UpdateIntervals: typeof complaint.updateIntervalsSchema;
  DeterminationRecord: typeof complaint.determinationRecordSchema;
  OmbudsmanRecord: typeof complaint.ombudsmanRecordSchema;
  RefusalRecord: typeof complaint.refusalRecordSchema;
  HistoryEntry: typeof complaint.historyEntrySchema;
  ReceivedComplaint: typeof complaint.receivedComplaintSchema;
  RefusedComplaint: typeof complaint.refusedComplaintSchema;
  Stage1Complaint: typeof complaint.stage1ComplaintSchema;
  Stage1RespondedComplaint: typeof complaint.stage1RespondedComplaintSchema;
  Stage2RequestedComplaint: typeof complaint.stage2RequestedComplaintSchema;
  Stage2Complaint: typeof complaint.stage2ComplaintSchema;
  ClosedComplaint: typeof complaint.closedComplaintSchema;
  WithdrawnComplaint: typeof complaint.withdrawnComplaintSchema;
  Complaint: typeof complaint.complaintSchema;
  // Scalars and the outcomes' records the lifecycle is built from.
  Issue: typeof scalars.issueSchema;
  ComplaintDefinition: typeof scalars.complaintDefinitionSchema;
  Representative: typeof scalars.representativeSchema;
  OmbudsmanOrder: typeof ombudsmanOrderSchema;
  DirectStart: typeof directStartSchema;
  IssueFinding: typeof outcomes.issueFindingSchema;
  FinancialRemedy: typeof outcomes.financialRemedySchema;
  Remedy: typeof outcomes.remedySchema;
  OutstandingAction: typeof outcomes.outstandingActionSchema;
  ResponseDraft: typeof outcomes.responseDraftSchema;
  Outcome: typeof outcomes.OutcomeZod;
  Source: typeof sourceSchema;
};
type ComplaintNamed = {
  ExtensionRecord: L.ExtensionRecord;
  ClarificationRecord: L.ClarificationRecord;
  ResponseRecord: L.ResponseRecord;
  EscalationRecord: L.EscalationRecord;
  Stage1Received: L.Stage1Received;
  Stage1Acknowledged: L.Stage1Acknowledged;
  Stage1Responded: L.Stage1Responded;
  Stage2Requested: L.Stage2Requested;
  Stage2Acknowledged: L.Stage2Acknowledged;
  Stage2Responded: L.Stage2Responded;
  Stage1Record: L.Stage1Record;
  Stage2Record: L.Stage2Record;
  AdditionalIssueRecord: L.AdditionalIssueRecord;
  AdjustmentRecord: L.AdjustmentRecord;
  NotificationRecord: L.NotificationRecord;
  UpdateRecord: L.UpdateRecord;
  UpdateIntervals: L.UpdateIntervals;
  DeterminationRecord: L.DeterminationRecord;
  OmbudsmanRecord: L.OmbudsmanRecord;
  RefusalRecord: L.RefusalRecord;
  HistoryEntry: L.HistoryEntry;
  ReceivedComplaint: L.ReceivedComplaint;
  RefusedComplaint: L.RefusedComplaint;
  Stage1Complaint: L.Stage1Complaint;
  Stage1RespondedComplaint: L.Stage1RespondedComplaint;
  Stage2RequestedComplaint: L.Stage2RequestedComplaint;
  Stage2Complaint: L.Stage2Complaint;
  ClosedComplaint: L.ClosedComplaint;
  WithdrawnComplaint: L.WithdrawnComplaint;
  Complaint: L.Complaint;
  Issue: L.Issue;
  ComplaintDefinition: L.ComplaintDefinition;
  Representative: L.Representative;
  OmbudsmanOrder: L.OmbudsmanOrder;
  DirectStart: L.DirectStart;
  IssueFinding: outcomes.IssueFinding;
  FinancialRemedy: outcomes.FinancialRemedy;
  Remedy: outcomes.Remedy;
  OutstandingAction: outcomes.OutstandingAction;
  ResponseDraft: outcomes.ResponseDraft;
  Outcome: outcomes.Outcome;
  Source: PlainSource;
};
type _complaint = Assert<AllMatch<SchemasMatch<ComplaintBuilt, ComplaintNamed>>>;
// Each status's complaint is the member of the union with that status.
type _in = Assert<Equal<L.ComplaintIn<'stage-2'>, L.Stage2Complaint>>;

// The exported schemas are typed with the named types (what the declarations show).
type _exported = Assert<Equal<OutputOf<typeof L.Complaint>, L.Complaint>> &
  Assert<Equal<OutputOf<typeof LifecycleEvent>, L.LifecycleEvent>> &
  Assert<Equal<OutputOf<typeof L.HistoryEntry>, L.HistoryEntry>> &
  Assert<Equal<OutputOf<typeof Source>, PlainSource>> &
  Assert<Equal<OutputOf<typeof OmbudsmanOrder>, L.OmbudsmanOrder>>;

// The equality is strict: each of these differs from the type it is compared with in one way.
type R = { a: string; b?: number | undefined };
// @ts-expect-error a missing key
type _d1 = Assert<Equal<R, { a: string }>>;
// @ts-expect-error an optional key made required
type _d2 = Assert<Equal<R, { a: string; b: number | undefined }>>;
// @ts-expect-error a readonly key
type _d3 = Assert<Equal<R, { readonly a: string; b?: number | undefined }>>;
// @ts-expect-error a wider type
type _d4 = Assert<Equal<R, { a: string | number; b?: number | undefined }>>;
// @ts-expect-error an extra key
type _d5 = Assert<Equal<R, { a: string; b?: number | undefined; c: boolean }>>;
// @ts-expect-error a look-up table entry that is not the union's member with that key
type _d7 = Assert<AllMatch<{ [S in 'closed' | 'withdrawn']: Equal<{ closed: L.ClosedComplaint; withdrawn: L.ClosedComplaint }[S], Extract<L.Complaint, { status: S }>> }>>;
// @ts-expect-error a schema whose field the named type lacks
type _d6 = Assert<AllMatch<SchemasMatch<{ X: ReturnType<typeof drifted> }, { X: { a: string } }>>>;
const drifted = () => z.object({ a: z.string(), b: z.optional(z.number()) });

describe('the named lifecycle types', () => {
  it('the tables the type test reads cover every event type, and the exported schemas are the schemas as built', () => {
    // The definitions' list (what the interpreter reads) is the schemas' table's, in the same order.
    expect([...SCHEMA_EVENT_TYPES]).toEqual([...EVENT_TYPES]);
    expect(Object.keys(EVENT_SCHEMAS_AS_BUILT)).toEqual([...EVENT_TYPES]);
    for (const t of EVENT_TYPES) expect(DEFINITIONS[t].schema).toBe(EVENT_SCHEMAS[t]);
    expect(Object.keys(EVENT_SCHEMAS)).toEqual([...EVENT_TYPES]);
    for (const t of EVENT_TYPES) expect(EVENT_SCHEMAS[t]).toBe(EVENT_SCHEMAS_AS_BUILT[t]);
    expect(LifecycleEvent).toBe(lifecycleEventSchema);
    expect(complaint.Complaint).toBe(complaint.complaintSchema);
    expect(Source).toBe(sourceSchema);
  });

  it('every per-status complaint schema is in the Complaint union', () => {
    const statuses = complaint.complaintSchema.def.options.flatMap((o) => o.def.shape.status.def.values);
    expect(statuses.sort()).toEqual(['closed', 'received', 'refused', 'stage-1', 'stage-1-responded', 'stage-2', 'stage-2-requested', 'withdrawn']);
  });
});
