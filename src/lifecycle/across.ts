/**
 * Questions a host asks across its complaints, and the sentences it shows: the overdue list over
 * many complaints, and a deadline in plain English.
 */
import { HousingComplaintsError } from '../core/errors.js';
import { readingAs } from '../core/guard.js';
import type { Source } from '../core/source.js';
import type { Complaint } from './complaint.js';
import type { LifecycleContext } from './context.js';
import { overdue } from './deadlines.js';
import type { Deadline } from './types.js';

/**
 * One overdue deadline of one complaint, for the list a complaints officer works from.
 *
 * @example
 * ```ts
 * const items: OverdueItem[] = overdueAcross(complaints, context, '2025-01-20');
 * for (const i of items) console.log(i.complaintId, i.deadline.kind, i.deadline.dueBy);
 * ```
 */
export interface OverdueItem {
  readonly complaintId: string;
  readonly status: Complaint['status'];
  readonly deadline: Deadline & { readonly workingDaysOverdue: number };
}

/**
 * The organisation's overdue deadlines across many complaints as of `asOf` (point in time, like
 * `overdue`), most overdue first (by working days overdue, then due date, then complaint id), each
 * with its working days overdue. Takes any iterable, so a host can pass complaints as it reads
 * them.
 *
 * @example
 * ```ts
 * for (const item of overdueAcross(complaints, context, '2025-01-10')) console.log(item.complaintId, item.deadline.kind, item.deadline.workingDaysOverdue);
 * ```
 */
export function overdueAcross(complaints: Iterable<Complaint>, context: LifecycleContext, asOf: string): OverdueItem[] {
  if (complaints === null || typeof (complaints as { [Symbol.iterator]?: unknown })?.[Symbol.iterator] !== 'function') {
    throw new HousingComplaintsError('invalid-complaints', 'overdueAcross: complaints must be an iterable of complaints', { path: 'complaints' });
  }
  const out: OverdueItem[] = [];
  for (const c of complaints) {
    for (const d of overdue(c, context, asOf)) out.push({ complaintId: c.id, status: c.status, deadline: { ...d, workingDaysOverdue: d.workingDaysOverdue ?? 0 } });
  }
  return out.sort(
    (a, b) =>
      b.deadline.workingDaysOverdue - a.deadline.workingDaysOverdue ||
      (a.deadline.dueBy < b.deadline.dueBy ? -1 : a.deadline.dueBy > b.deadline.dueBy ? 1 : 0) ||
      (a.complaintId < b.complaintId ? -1 : a.complaintId > b.complaintId ? 1 : 0),
  );
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2025-12-30` as `30 December 2025`. */
function dayMonthYear(date: string): string {
  const [y, m, d] = date.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1] ?? m} ${y}`;
}

/** What each anchor kind is, in words. */
const ANCHOR_WORDS: Readonly<Record<string, string>> = {
  receipt: 'receipt',
  acknowledgement: 'the acknowledgement',
  'escalation-request': 'the escalation request',
  'stage-response': 'the stage 1 response',
  'evidence-request': "the Ombudsman's request for evidence",
  'remedy-offer': 'the response offering it',
  response: 'the response',
  determination: "the Ombudsman's determination",
  'last-review': 'the last review',
  'last-update': 'the last update (or the agreement of update intervals)',
};

/**
 * A source as cited in a sentence: `Code 6.3; policy s.6`.
 *
 * @example
 * ```ts
 * citation({ provision: '6.3', policy: 's.6' }); // 'Code 6.3; policy s.6'
 * ```
 */
export function citation(source: Source): string {
  return readingAs({ fn: 'citation', path: 'source' }, 'a Source { provision?, policy?, note? }', source, () => citationOf(source));
}

function citationOf(source: Source): string {
  const parts = [source.provision === undefined ? undefined : `Code ${source.provision}`, source.policy === undefined ? undefined : `policy ${source.policy}`].filter((s) => s !== undefined);
  return parts.length > 0 ? parts.join('; ') : (source.note ?? 'no source');
}

/**
 * A deadline's basis as a sentence, its citation read from the deadline's own source: "15 working
 * days, including 5 of extension, from the acknowledgement on 30 December 2025 (Code 6.3)".
 *
 * @example
 * ```ts
 * describeDeadline(deadlines(complaint, context)[1]!); // '15 working days, including 5 of extension, from the acknowledgement on 30 December 2025 (Code 6.3)'
 * ```
 */
export function describeDeadline(deadline: Deadline): string {
  return readingAs({ fn: 'describeDeadline', path: 'deadline' }, 'a Deadline (from deadlines or overdue)', deadline, () => describeOf(deadline));
}

function describeOf(deadline: Deadline): string {
  const b = deadline.basis;
  if (typeof b !== 'object' || b === null || typeof b.anchorKind !== 'string' || typeof b.anchor !== 'string') throw new TypeError('deadline.basis is not a deadline basis');
  const days = `${b.workingDays} working day${b.workingDays === 1 ? '' : 's'}`;
  const ext = b.extensionWorkingDays === undefined ? '' : `, including ${b.extensionWorkingDays} of extension`;
  const anchor = ANCHOR_WORDS[b.anchorKind] ?? b.anchorKind.replaceAll('-', ' ');
  return `${days}${ext}, from ${anchor} on ${dayMonthYear(b.anchor)} (${citation(b.source)})`;
}
