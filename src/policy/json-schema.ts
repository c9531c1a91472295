import * as z from 'zod/mini';
import { Extension, ExtensionZod, LaterOf, LaterOfZod, OmbudsmanContact, OmbudsmanContactZod, Period, PeriodZod, Policy, PolicyZod, PolicyDate, PolicyDateZod, PolicySource, PolicySourceZod, Procedure, ProcedureZod, ProcedureStage, ProcedureStageZod, StageRules, StageRulesZod, Timescale, TimescaleZod, WorkingDays, WorkingDaysZod } from './schema.js';

type Meta = { id?: string; title?: string; description?: string };

/** Names and descriptions of the shared parts, so the JSON Schema has readable `$defs`. */
function registry() {
  const r = z.registry<Meta>();
  r.add(PolicySourceZod, { id: 'Source', description: "Where the value comes from: a Code 2024 provision (such as '5.3'), a section of the policy (as the policy numbers it), the sentence it is read from (quote), and/or a note on an ambiguous text." });
  r.add(PolicyDateZod, { id: 'IsoDate', description: 'A calendar date written YYYY-MM-DD.' });
  r.add(WorkingDaysZod, { id: 'WorkingDays', description: 'A whole number of working days, 0 or more.' });
  r.add(TimescaleZod, { id: 'Timescale', description: 'Within workingDays working days of the anchor event.' });
  r.add(PeriodZod, { id: 'Period', description: 'Within months calendar months, or workingDays working days, of the anchor event (exactly one of the two).' });
  r.add(LaterOfZod, { id: 'LaterOf', description: 'Until the later of two or more periods, counted from different events.' });
  r.add(ExtensionZod, { id: 'Extension', description: 'How far a response may be extended at one stage.' });
  r.add(StageRulesZod, { id: 'StageRules', description: 'The timescales of one stage: acknowledge, respond, extend.' });
  r.add(ProcedureStageZod, { id: 'ProcedureStage', description: 'Who acknowledges, investigates, decides, communicates and is notified at one stage.' });
  r.add(ProcedureZod, { id: 'Procedure', description: 'A complaints procedure and who acts at each of its two stages.' });
  r.add(OmbudsmanContactZod, { id: 'OmbudsmanContact', description: 'How to contact the Housing Ombudsman.' });
  return r;
}

/**
 * The JSON Schema (draft 2020-12) of a policy file, generated from the {@link Policy} schema so
 * the two never disagree. Editors use it to complete and check policy files; the package ships
 * it as `housing-complaints/policy.schema.json`. It describes the shape (fields, types, enums,
 * whole non-negative working days, `YYYY-MM-DD` dates, exactly two stages); checks that JSON
 * Schema cannot state (a date is a real date, every role named is defined) are made by
 * `parsePolicy`. A top-level `"$schema"` key is allowed so a file can point at the schema.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { policyJsonSchema } from 'housing-complaints/policy';
 * writeFileSync('policy.schema.json', JSON.stringify(policyJsonSchema(), null, 2));
 * ```
 */
export function policyJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(PolicyZod, { io: 'input', unrepresentable: 'any', metadata: registry() }) as Record<string, unknown>;
  const properties = (generated['properties'] ?? {}) as Record<string, unknown>;
  const defs = (generated['$defs'] ?? {}) as Record<string, Record<string, unknown>>;
  // A source must name something (the schema's refinement, which JSON Schema states as minProperties).
  if (defs['Source'] !== undefined) defs['Source'] = { ...defs['Source'], minProperties: 1 };
  return {
    ...generated,
    $defs: defs,
    title: 'housing-complaints policy',
    description: 'A complaints policy for the housing-complaints library: validate with parsePolicy and check against the Complaint Handling Code 2024 with lintPolicy.',
    properties: { $schema: { type: 'string', description: 'Location of this JSON Schema, for editors.' }, ...properties },
  };
}
