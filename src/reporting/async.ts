import { HousingComplaintsError } from '../core/errors.js';
import type { Complaint } from '../lifecycle/types.js';
import { reportAccumulator, type ReportContext } from './report.js';
import type { PerformanceReport, PerformanceReportOptions } from './types.js';

/**
 * `performanceReport` over complaints read asynchronously (a database cursor, a stream) as well as
 * an ordinary iterable. Each complaint is counted as it arrives and not kept, as
 * `performanceReport` does: memory does not grow with the number of complaints, and the next one
 * is asked for only once the one before is counted. The result equals `performanceReport` over the
 * same complaints.
 *
 * @example
 * ```ts
 * declare const db: { complaintsCursor(): AsyncIterable<Complaint> }; // the host's database
 * const report = await performanceReportAsync(db.complaintsCursor(), context, { from: '2024-04-01', to: '2025-03-31' });
 * ```
 */
export async function performanceReportAsync(
  complaints: AsyncIterable<Complaint> | Iterable<Complaint>,
  context: ReportContext,
  options: PerformanceReportOptions,
): Promise<PerformanceReport> {
  const report = reportAccumulator(context, options, 'performanceReportAsync');
  const iterable = complaints as Partial<AsyncIterable<Complaint> & Iterable<Complaint>> | null;
  if (iterable === null || typeof iterable !== 'object' || (typeof iterable[Symbol.asyncIterator] !== 'function' && typeof iterable[Symbol.iterator] !== 'function')) {
    throw new HousingComplaintsError('invalid-complaints', 'performanceReportAsync: complaints must be an AsyncIterable or an Iterable of complaints', { path: 'complaints' });
  }
  for await (const c of complaints) report.add(c);
  return report.finish();
}
