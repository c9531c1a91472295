/**
 * The JSON Schema of lifecycle events, generated from the event schemas so the two never disagree,
 * and the per-event table of fields the lifecycle guide shows.
 */
import * as z from 'zod/mini';
import { ComplaintDefinition, ComplaintDefinitionZod, EventTime, EventTimeZod, Issue, IssueZod, LifecycleDate, LifecycleDateZod, Representative, RepresentativeZod } from './scalars.js';
import { EVENT_SCHEMAS_AS_BUILT, SCHEMA_EVENT_TYPES as EVENT_TYPES, LifecycleEvent, LifecycleEventZod, type EventType } from './events/schemas.js';
import * as CODE_2024 from '../policy/code2024-rules.js';

type Meta = { id?: string; title?: string; description?: string };

const DATE_PATTERN = '^\\d{4}-\\d{2}-\\d{2}$';
const TIME_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2}))?$';

function registry() {
  const r = z.registry<Meta>();
  r.add(EventTimeZod, { id: 'EventTime', description: 'When the event happened: a London calendar date YYYY-MM-DD, or an ISO 8601 date-time with Z or an offset (converted to its Europe/London date).' });
  r.add(LifecycleDateZod, { id: 'IsoDate', description: 'A real calendar date written YYYY-MM-DD.' });
  r.add(IssueZod, { id: 'Issue', description: `One issue of the complaint definition (Code ${CODE_2024.complaintDefinition.provision}): a stable id and a summary.` });
  r.add(ComplaintDefinitionZod, { id: 'ComplaintDefinition', description: `The complaint definition (Code ${CODE_2024.complaintDefinition.provision}, ${CODE_2024.responsibilities.provision}): the issues, the outcomes sought, what the organisation is and is not responsible for.` });
  r.add(RepresentativeZod, { id: 'Representative', description: `Someone acting for the complainant (Code ${CODE_2024.representatives.provision}).` });
  for (const t of EVENT_TYPES) r.add(EVENT_SCHEMAS_AS_BUILT[t], { id: eventDefId(t), title: `${t} event` });
  return r;
}

/** `extension-granted` is `ExtensionGrantedEvent` in `$defs`. */
function eventDefId(t: string): string {
  return `${t.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}Event`;
}

/**
 * The JSON Schema (draft 2020-12) of one stored lifecycle event (any type), generated from the
 * event schemas: for OpenAPI documents and form generators. The package ships it as
 * `housing-complaints/event.schema.json`. It states the shape (fields, types, allowed values,
 * required fields, no unknown keys, date patterns); what JSON Schema cannot state (a date is a real
 * calendar date, an instant has an offset) and every rule of the Code and the policy are checked by
 * `parseEvent` and `applyEvent`.
 *
 * @example
 * ```ts
 * import { writeFileSync } from 'node:fs';
 * import { eventJsonSchema } from 'housing-complaints/lifecycle';
 * writeFileSync('event.schema.json', JSON.stringify(eventJsonSchema(), null, 2));
 * ```
 */
export function eventJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(LifecycleEventZod, { io: 'input', unrepresentable: 'any', metadata: registry() }) as Record<string, unknown>;
  const defs = (generated['$defs'] ?? {}) as Record<string, Record<string, unknown>>;
  if (defs['IsoDate'] !== undefined) defs['IsoDate'] = { ...defs['IsoDate'], pattern: DATE_PATTERN };
  if (defs['EventTime'] !== undefined) defs['EventTime'] = { ...defs['EventTime'], pattern: TIME_PATTERN };
  return {
    ...generated,
    $defs: defs,
    title: 'housing-complaints lifecycle event',
    description: 'One event of a complaint, as a host stores it: validate with parseEvent, apply with applyEvent or replay.',
  };
}

type JsonSchema = { type?: string | string[]; $ref?: string; enum?: unknown[]; const?: unknown; items?: JsonSchema; anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; properties?: Record<string, JsonSchema>; required?: string[]; minLength?: number; minimum?: number; maximum?: number; additionalProperties?: unknown };

/** A JSON Schema type as it reads in the docs' table. */
function typeOf(s: JsonSchema): string {
  if (s.$ref !== undefined) return `\`${s.$ref.replace('#/$defs/', '')}\``;
  if (s.const !== undefined) return `\`${JSON.stringify(s.const)}\``;
  if (s.enum !== undefined) return s.enum.map((v) => `\`${String(v)}\``).join(' \\| ');
  const options = s.anyOf ?? s.oneOf;
  if (options !== undefined) return options.map(typeOf).join(' or ');
  if (s.type === 'array') return `list of ${s.items === undefined ? 'values' : typeOf(s.items)}`;
  if (s.type === 'integer') {
    const range = s.minimum !== undefined && s.maximum !== undefined ? ` ${s.minimum} to ${s.maximum}` : s.minimum !== undefined ? ` >= ${s.minimum}` : '';
    return `whole number${range}`;
  }
  if (s.type === 'object') return s.properties === undefined ? 'object (role id to person)' : `object (${Object.keys(s.properties).map((k) => (s.required?.includes(k) ? k : `${k}?`)).join(', ')})`;
  if (s.type === 'string' && s.minLength !== undefined) return 'non-empty string';
  return String(s.type ?? 'any');
}

/**
 * The fields of each event as Markdown tables (field, type, required), generated from the JSON
 * Schema: the lifecycle guide (https://github.com/housing-complaints/housing-complaints/blob/main/docs/lifecycle.md) shows them, and a test checks
 * it shows these.
 *
 * @example
 * ```ts
 * eventShapeTables().startsWith('#### `received`'); // true
 * ```
 */
export function eventShapeTables(): string {
  const schema = eventJsonSchema();
  const defs = schema['$defs'] as Record<string, JsonSchema>;
  const out: string[] = [];
  for (const t of EVENT_TYPES as readonly EventType[]) {
    const def = defs[eventDefId(t)]!;
    out.push(`#### \`${t}\``, '', '| field | type | required |', '| --- | --- | --- |');
    for (const [k, v] of Object.entries(def.properties ?? {})) out.push(`| \`${k}\` | ${typeOf(v)} | ${def.required?.includes(k) ? 'yes' : ''} |`);
    out.push('');
  }
  return out.join('\n').trimEnd();
}
