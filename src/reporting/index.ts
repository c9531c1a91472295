/**
 * Complaint handling performance from many complaints: volumes, refusals by ground, outcomes,
 * timeliness per stage, extensions, working days taken, Ombudsman referrals and evidence, remedies
 * outstanding, and the Tenant Satisfaction Measures CH01 and CH02 (policy s.11, s.12; Code 8.1,
 * 9.6, 9.7); renderers to JSON, Markdown and self-contained HTML; a seeded generator of synthetic
 * complaint histories for tests.
 * @module housing-complaints/reporting
 */
// The one error class every module throws (the same class on every subpath).
export { HousingComplaintsError } from '../core/errors.js';
export { performanceReport, parseReportOptions, type ReportContext, type ReportOptionsError } from './report.js';
export { performanceReportAsync } from './async.js';
export { figureDefinitions, figureTables, figureAt, type FigureTable, type Cell, type FigureValue } from './figures.js';
export {
  type FigureDefinition,
  type PerformanceReport,
  type PerformanceReportOptions,
  type OutcomeCounts,
  type StageTimeliness,
  type AcknowledgementTimeliness,
  type ExtensionCounts,
  type PerThousandHomes,
  type Proportion,
  type MonthVolume,
  type TenureMeasures,
  type TsmFigures,
  type ArcStage,
  type ArcFigures,
} from './types.js';
export { WorkingDaysHistogram, mergeDistributions, type WorkingDaysDistribution } from './stats.js';
export { renderReportJson, renderReportMarkdown, renderReportHtml, renderReportCsv } from './render.js';
export { createRng, type Rng } from './prng.js';
export {
  generateComplaintEvents,
  generateComplaints,
  DEFAULT_SYNTHETIC_RATES,
  SYNTHETIC_CATEGORIES,
  type SyntheticRates,
  type GenerateComplaintsOptions,
} from './generate.js';
