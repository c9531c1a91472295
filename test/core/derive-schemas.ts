/**
 * Writes the validators derived from the package's zod schemas (src/core/derived-schema.ts): each
 * schema is walked once and written as calls to the derived builders, into a committed file that
 * the package loads instead of zod. The refinements are not copied: each is found, by identity,
 * among the named exports of the modules listed with the schema, and the generated file imports it
 * from there. A node or check kind the builders do not do as zod does is refused here, so the
 * generated file never holds a validator that differs from its schema.
 *
 * `npx tsx test/core/derive-schemas.ts` rewrites the files; test/core/derived-schema.test.ts fails
 * when a committed file is not what this writes.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import * as dates from '../../src/calendar/dates.js';
import * as dateChecks from '../../src/core/date-check.js';
import * as scalars from '../../src/lifecycle/scalars.js';
import { LifecycleEventZod } from '../../src/lifecycle/events/schemas.js';
import * as policyRules from '../../src/policy/schema-rules.js';
import { IssueFindingZod, OutstandingActionZod, RemedyZod } from '../../src/outcomes/types.js';
import { ExtensionNoticeZod, RefusalNoticeZod } from '../../src/outcomes/notices.js';
import { PolicyZod } from '../../src/policy/schema.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface Target {
  /** The generated file, from the repository's root. */
  readonly file: string;
  /** What the file is derived from, for its header. */
  readonly from: string;
  /** The schemas it exports: the name, the zod schema, the output type and where the type is. */
  readonly exports: readonly { readonly name: string; readonly schema: unknown; readonly type: string; readonly typeFrom: string }[];
  /** The modules the schemas' refinements are exported from, by their import path from the generated file. */
  readonly rules: Readonly<Record<string, Record<string, unknown>>>;
  /**
   * A discriminated union whose options' field names are also written, by the value of the key (for
   * messages); with `each`, every option is also exported on its own (its check `<camel>Checks` and
   * its fields `<camel>Fields`, typed `each.type(value)`), so a bundle that needs one option loads
   * only it.
   */
  readonly fields?: { readonly name: string; readonly union: unknown; readonly each?: { readonly suffix: string; readonly type: (value: string) => string; readonly typeImport: readonly [string, string] } };
}

export const TARGETS: readonly Target[] = [
  {
    file: 'src/policy/policy-checks.generated.ts',
    from: 'the Policy schema (src/policy/schema.ts)',
    exports: [{ name: 'policyChecks', schema: PolicyZod, type: 'Policy', typeFrom: './schema.js' }],
    rules: { '../calendar/dates.js': dates, './schema-rules.js': policyRules },
  },
  {
    file: 'src/lifecycle/event-checks.generated.ts',
    from: 'the LifecycleEvent schema (src/lifecycle/events/schemas.ts)',
    exports: [{ name: 'eventChecks', schema: LifecycleEventZod, type: 'LifecycleEvent', typeFrom: './events/schemas.js' }],
    rules: { '../core/date-check.js': dateChecks, './scalars.js': scalars },
    fields: { name: 'EVENT_FIELDS', union: LifecycleEventZod, each: { suffix: 'Event', type: (v) => `EventOf<${JSON.stringify(v)}>`, typeImport: ['./events/schemas.js', 'type EventOf'] } },
  },
  {
    file: 'src/outcomes/outcome-checks.generated.ts',
    from: 'the outcomes schemas (src/outcomes/types.ts, src/outcomes/notices.ts)',
    exports: [
      { name: 'remedyChecks', schema: RemedyZod, type: 'Remedy', typeFrom: './types.js' },
      { name: 'outstandingActionChecks', schema: OutstandingActionZod, type: 'OutstandingAction', typeFrom: './types.js' },
      { name: 'issueFindingChecks', schema: IssueFindingZod, type: 'IssueFinding', typeFrom: './types.js' },
      { name: 'extensionNoticeChecks', schema: ExtensionNoticeZod, type: 'ExtensionNotice', typeFrom: './notices.js' },
      { name: 'refusalNoticeChecks', schema: RefusalNoticeZod, type: 'RefusalNotice', typeFrom: './notices.js' },
    ],
    rules: { '../core/date-check.js': dateChecks },
  },
];

type Def = Record<string, unknown> & { type: string; checks?: Zod[]; error?: (issue: unknown) => unknown };
interface Zod {
  _zod: { def: Def; traits: Set<string>; values?: Set<unknown>; optin?: string; optout?: string; check?: unknown };
}

const PURE = '/* @__PURE__ */ ';

/** The derived validators' source, one file per target. */
export function generate(target: Target): string {
  const rules = new Map<unknown, { name: string; from: string }>();
  for (const [from, module] of Object.entries(target.rules)) for (const [name, value] of Object.entries(module)) if (typeof value === 'function') rules.set(value, { name, from });
  const imports = new Map<string, Set<string>>();
  const need = (from: string, name: string) => (imports.get(from) ?? imports.set(from, new Set()).get(from)!).add(name);
  const builder = (name: string) => need('../core/derived-schema.js', name);

  // Nodes met more than once become constants, written before their first use.
  const uses = new Map<Zod, number>();
  const count = (n: Zod): void => {
    uses.set(n, (uses.get(n) ?? 0) + 1);
    if (uses.get(n)! > 1) return;
    for (const child of children(n)) count(child);
  };
  for (const e of target.exports) count(e.schema as Zod);
  // Options exported on their own are used twice (in the union and alone): each becomes a constant.
  const each = target.fields?.each;
  const eachOptions = each === undefined ? [] : ((target.fields!.union as Zod)._zod.def['options'] as Zod[]);
  for (const o of eachOptions) count(o);
  const names = new Map<Zod, string>();
  const consts: string[] = [];
  const fail = (n: Zod, why: string): never => {
    throw new Error(`${target.from}: a ${n._zod.def.type} node ${why}; the derived builders do not do this as zod does`);
  };
  const message = (d: Def, n: Zod): string | undefined => {
    if (d.error === undefined) return undefined;
    const m = d.error({});
    return typeof m === 'string' ? m : fail(n, 'has a message that is not a fixed string');
  };
  const ruleName = (fn: unknown, n: Zod): string => {
    const r = rules.get(fn);
    if (r === undefined) return fail(n, 'has a refinement that is not a named export of the listed rule modules (write it as a named function there)');
    need(r.from, r.name);
    return r.name;
  };
  const lit = (v: unknown): string => (v === undefined ? 'undefined' : JSON.stringify(v));

  function checksOf(n: Zod, list: readonly Zod[]): string {
    const out = list.map((c) => {
      const d = c._zod.def;
      if (d['abort'] !== undefined) fail(n, 'has a check with abort');
      const msg = message(d, n);
      const m = msg === undefined ? '' : `, ${lit(msg)}`;
      switch (d['check']) {
        case 'min_length':
        case 'max_length': {
          builder(d['check'] === 'min_length' ? 'minLength' : 'maxLength');
          if (n._zod.def.type === 'array' && d['check'] === 'max_length') fail(n, 'has an upper bound on its length (zod checks it before the items)');
          return `${d['check'] === 'min_length' ? 'minLength' : 'maxLength'}(${lit(d[d['check'] === 'min_length' ? 'minimum' : 'maximum'])}${m})`;
        }
        case 'greater_than':
        case 'less_than':
          if (typeof d['value'] !== 'number') fail(n, 'has a bound that is not a number');
          builder('bound');
          return `bound(${lit(d['value'])}, ${lit(d['inclusive'] === true)}, ${lit(d['check'] === 'less_than')}${m})`;
        case 'string_format':
          if (d['format'] !== 'regex' || !(d['pattern'] instanceof RegExp)) fail(n, `has the string format ${String(d['format'])}`);
          builder('regex');
          return `regex(${String(d['pattern'])}${m})`;
        case 'custom':
          if (d['when'] !== undefined || d['path'] !== undefined) fail(n, 'has a refinement with `when` or `path`');
          if (c._zod.traits.has('$ZodCustom')) {
            builder('refine');
            const params = d['params'] === undefined ? '' : `, ${lit(d['params'])}`;
            return `refine(${ruleName(d['fn'], n)}${msg === undefined && params !== '' ? ', undefined' : m}${params})`;
          }
          if (msg !== undefined) fail(n, 'has a z.check with a message');
          builder('check');
          return `check(${ruleName(c._zod.check, n)})`;
        default:
          return fail(n, `has a check of kind ${String(d['check'])}`);
      }
    });
    return out.length === 0 ? '' : `[${out.map((c) => PURE + c).join(', ')}]`;
  }

  function expr(n: Zod): string {
    const known = names.get(n);
    if (known !== undefined) return known;
    const text = build(n);
    if (uses.get(n)! > 1) {
      const name = `n${consts.length}`;
      consts.push(`const ${name} = ${text};`);
      names.set(n, name);
      return name;
    }
    return text;
  }

  function build(n: Zod): string {
    const d = n._zod.def;
    if (d.error !== undefined) fail(n, 'has a message of its own');
    if (d['coerce'] === true) fail(n, 'coerces');
    const own = n._zod.traits.has('$ZodCheck') && d.type !== 'number' ? fail(n, 'is a check itself') : undefined;
    void own;
    const checks = checksOf(n, d.checks ?? []);
    const tail = checks === '' ? '' : `, ${checks}`;
    const call = (name: string, args: string) => {
      builder(name);
      return `${PURE}${name}(${args})`;
    };
    switch (d.type) {
      case 'string':
        return call('string', checks);
      case 'boolean':
        if (checks !== '') fail(n, 'has checks');
        return call('boolean', '');
      case 'null':
        if (checks !== '') fail(n, 'has checks');
        return call('nullValue', '');
      case 'number': {
        const int = n._zod.traits.has('$ZodCheckNumberFormat');
        if (int && d['format'] !== 'safeint') fail(n, `has the number format ${String(d['format'])}`);
        return call('number', `${lit(int)}${tail}`);
      }
      case 'enum':
      case 'literal': {
        if (checks !== '') fail(n, 'has checks');
        const values = d.type === 'enum' ? z.core.util.getEnumValues(d['entries'] as z.core.util.EnumLike) : (d['values'] as unknown[]);
        return call('oneOf', lit(values));
      }
      case 'optional':
      case 'nullable': {
        if (checks !== '') fail(n, 'has checks');
        const inner = d['innerType'] as Zod;
        if (inner._zod.optin === 'defaulted') fail(n, 'wraps a default');
        return call(d.type, expr(inner));
      }
      case 'array':
        return call('array', `${expr(d['element'] as Zod)}${tail}`);
      case 'tuple': {
        const items = d['items'] as Zod[];
        if (d['rest'] !== null && d['rest'] !== undefined) fail(n, 'has a rest');
        if (items.some((i) => i._zod.optin !== undefined || i._zod.optout !== undefined)) fail(n, 'has an optional item');
        return call('tuple', `[${items.map(expr).join(', ')}]${tail}`);
      }
      case 'record': {
        const key = d['keyType'] as Zod;
        if (key._zod.values !== undefined || d['mode'] !== undefined) fail(n, 'has keys from a list or a mode');
        return call('record', `${expr(key)}, ${expr(d['valueType'] as Zod)}${tail}`);
      }
      case 'object': {
        const shape = d['shape'] as Record<string, Zod>;
        if (Object.getOwnPropertySymbols(shape).length > 0 || Object.hasOwn(shape, '__proto__')) fail(n, 'has a symbol or __proto__ key');
        const catchall = d['catchall'] as Zod | undefined;
        if (catchall !== undefined && catchall._zod.def.type !== 'never') fail(n, 'has a catchall');
        const fields = Object.keys(shape).map((k) => {
          if (shape[k]!._zod.optin === 'defaulted') fail(n, `has a default at ${k}`);
          return `${/^[A-Za-z_$][\w$]*$/.test(k) ? k : lit(k)}: ${expr(shape[k]!)}`;
        });
        return call('object', `{ ${fields.join(', ')} }, ${lit(catchall !== undefined)}${tail}`);
      }
      case 'union':
        if (d['discriminator'] !== undefined) {
          if (d['unionFallback'] === true) fail(n, 'falls back to the plain union');
          const key = d['discriminator'] as string;
          const options = d['options'] as Zod[];
          // zod's map: each value of the key, with the option that takes it; a value two options
          // take is refused when the schema is made, except undefined (two options that may leave
          // the key out), which then matches no option.
          const byValue = new Map<unknown, number | null>();
          options.forEach((o, i) => {
            const values = (o._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[key];
            if (values === undefined || values.size === 0) fail(n, 'has an option without values of its key');
            for (const v of values!) {
              if (!byValue.has(v)) byValue.set(v, i);
              else if (v === undefined) byValue.set(v, null);
              else fail(n, 'has a key value taken by two options');
            }
          });
          const entries = [...byValue].map(([v, i]) => `[${lit(v)}, ${lit(i)}]`);
          return call('discriminated', `${lit(key)}, [${options.map(expr).join(', ')}], [${entries.join(', ')}]${tail}`);
        }
        if (d['inclusive'] === false) fail(n, 'is exclusive');
        return call('union', `[${(d['options'] as Zod[]).map(expr).join(', ')}]${tail}`);
      default:
        return fail(n, 'is of a kind the builders lack');
    }
  }

  const exported = target.exports.map((e) => {
    const text = build(e.schema as Zod);
    need(e.typeFrom, `type ${e.type}`);
    builder('type DerivedSchema');
    return `/** ${e.type}, derived from its zod schema. */\nexport const ${e.name}: DerivedSchema<${e.type}> = ${text};`;
  });
  if (target.fields !== undefined) {
    const d = (target.fields.union as Zod)._zod.def;
    const key = d['discriminator'] as string;
    const camel = (v: string): string => v.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
    const rows = (d['options'] as Zod[]).map((o) => {
      const shape = o._zod.def['shape'] as Record<string, Zod>;
      const value = (shape[key]!._zod.values ?? new Set()).values().next().value as string;
      if (each === undefined) return `  ${lit(value)}: ${lit(Object.keys(shape))},`;
      const name = `${camel(value)}${each.suffix}`;
      const option = names.get(o);
      if (option === undefined) throw new Error(`${target.from}: the option ${value} was not written as a constant`);
      exported.push(
        `/** The ${lit(value)} option alone, derived from its zod schema: the same checks as in ${target.exports[0]!.name}. */\nexport const ${name}Checks = ${option} as DerivedSchema<${each.type(value)}>;`,
        `/** The fields of the ${lit(value)} option: what an unknown key's message lists. */\nexport const ${name}Fields: readonly string[] = ${lit(Object.keys(shape))};`,
      );
      return `  ${lit(value)}: ${name}Fields,`;
    });
    if (each !== undefined) need(each.typeImport[0], each.typeImport[1]);
    exported.push(`/** The fields of each option, by its ${lit(key)}: what an unknown key's message lists. */\nexport const ${target.fields.name}: Readonly<Record<string, readonly string[]>> = {\n${rows.join('\n')}\n};`);
  }
  const header = [
    `// Generated by test/core/derive-schemas.ts from ${target.from}: do not edit.`,
    '// `npx tsx test/core/derive-schemas.ts` rewrites it; test/core/derived-schema.test.ts fails when it is stale.',
    '/** @internal */',
  ];
  const importLines = [...imports.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([from, set]) => `import { ${[...set].sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, ''))).join(', ')} } from '${from}';`);
  return `${[...header, ...importLines, '', ...consts, '', ...exported].join('\n')}\n`;
}

function children(n: Zod): Zod[] {
  const d = n._zod.def;
  const out: Zod[] = [];
  for (const k of ['innerType', 'element', 'keyType', 'valueType']) if (d[k] !== undefined) out.push(d[k] as Zod);
  if (d.type === 'object') out.push(...Object.values(d['shape'] as Record<string, Zod>));
  for (const k of ['items', 'options']) if (Array.isArray(d[k])) out.push(...(d[k] as Zod[]));
  return out;
}

/** Each target's file as committed and as it would be written now. */
export function compare(): { file: string; committed: string; generated: string }[] {
  return TARGETS.map((t) => {
    let committed = '';
    try {
      committed = readFileSync(join(root, t.file), 'utf8');
    } catch {
      // not written yet
    }
    return { file: t.file, committed, generated: generate(t) };
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const { file, committed, generated } of compare()) {
    if (committed === generated) continue;
    writeFileSync(join(root, file), generated);
    console.log(`wrote ${file}`);
  }
}
