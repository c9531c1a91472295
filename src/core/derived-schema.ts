/**
 * Validators derived from the package's zod schemas, that run without zod. The zod schemas stay the
 * single definition (exported, used for the types and the JSON Schema); a generator
 * (test/core/derive-schemas.ts) walks a schema once and writes it as calls to the builders below,
 * into a committed file (`*.generated.ts`) that a test rewrites and compares, so the file cannot go
 * stale. The builders do what zod's own parsers and checks do, node for node: the same types, which
 * keys count as present, unknown keys of a strict object, the first union option that fits, a new
 * object or array for the output in the schema's key order, which checks run after a refusal (zod's
 * "aborted" rule), and the same issues with the same codes, paths, fields and messages, so
 * `explainSchemaIssues` and `toPolicyErrors` explain them exactly as they explain zod's. The
 * refinements are the very functions the schema is built from (named exports the generator finds by
 * identity), not copies. Property tests check, for generated valid and invalid values, that a
 * derived validator and zod give the same output or the same issues (test/core/derived-schema.test.ts).
 *
 * An app that validates policies or events therefore loads these few functions and the schema's
 * description, not zod.
 *
 * @internal
 */

/** An issue as zod reports it (after its finalisation: no `input`, `inst` or `continue`). */
export interface DerivedIssue {
  readonly code: string;
  readonly path: PropertyKey[];
  readonly message: string;
  readonly [field: string]: unknown;
}

/** An issue while a value is checked: `continue` is zod's flag (true: later checks still run). */
interface Raw {
  code: string;
  path: PropertyKey[];
  message?: string;
  continue?: boolean;
  [field: string]: unknown;
}

/** A derived schema: parses `value`, appends the issues found to `out`, returns the output. */
export interface DerivedSchema<T = unknown> {
  readonly run: (value: unknown, out: Raw[]) => unknown;
  /** zod's `optin` / `optout`: whether a missing key is allowed (optional) and may be left out of the output. */
  readonly optin?: 'optional' | undefined;
  readonly optout?: 'optional' | undefined;
  /** The only values the schema accepts, where it has such a list (a literal, an enum). */
  readonly values?: ReadonlySet<unknown> | undefined;
  /** Phantom: the output type. */
  readonly _output?: T;
}

/** A check run on a parsed value: pushes its issues, returns the value (or what the check made of it). */
interface Check {
  readonly when?: (value: unknown) => boolean;
  readonly run: (value: unknown, out: Raw[]) => unknown;
}

/** What a validation returns: zod's `safeParse` shape. */
export type DerivedResult<T> = { readonly success: true; readonly data: T } | { readonly success: false; readonly error: { readonly issues: DerivedIssue[] } };

/** zod's message when a schema gives none (zod/mini loads no locale). */
const DEFAULT = 'Invalid input';

/** Validates `value`: the output, or the issues exactly as zod's `safeParse` gives them. */
export function derivedParse<T>(schema: DerivedSchema<T>, value: unknown): DerivedResult<T> {
  const out: Raw[] = [];
  const data = schema.run(value, out);
  return out.length === 0 ? { success: true, data: data as T } : { success: false, error: { issues: out.map(finalize) } };
}

/** What {@link derivedValue} returns for a value the schema refuses. */
export const REFUSED: unique symbol = /* @__PURE__ */ Symbol('refused');

/**
 * The issues of the value being checked by {@link derivedValue}, one list for every call, so that
 * the accept path allocates none; `scratchInUse` while a call runs. A call made while another runs
 * (a refinement that validates with a derived validator in turn) uses a list of its own, so neither
 * loses the other's issues.
 */
const scratch: Raw[] = [];
let scratchInUse = false;

/**
 * The output for a value the schema accepts, or {@link REFUSED}: the accept path, without a result
 * object; {@link derivedParse} gives the issues of a refused value. Safe to call again from inside
 * a check it runs.
 */
export function derivedValue<T>(schema: DerivedSchema<T>, value: unknown): T | typeof REFUSED {
  const out = scratchInUse ? [] : scratch;
  scratchInUse = true;
  try {
    const data = schema.run(value, out);
    return out.length === 0 ? (data as T) : REFUSED;
  } finally {
    out.length = 0;
    if (out === scratch) scratchInUse = false;
  }
}

/** zod's finalizeIssue: every own key but `inst`, `schema`, `continue` and `input`, with a path and a message. */
function finalize(issue: Raw): DerivedIssue {
  const full: Record<string, unknown> = {};
  for (const k of Object.keys(issue)) {
    if (k === 'inst' || k === 'schema' || k === 'continue' || k === 'input' || k === '__proto__') continue;
    full[k] = issue[k];
  }
  full['path'] ??= [];
  full['message'] = issue.message || DEFAULT;
  return full as unknown as DerivedIssue;
}

/** zod's `aborted`: an issue from `start` on that does not let later checks run. */
function aborted(out: readonly Raw[], start: number): boolean {
  for (let i = start; i < out.length; i++) if (out[i]!.continue !== true) return true;
  return false;
}

function explicitlyAborted(out: readonly Raw[], start: number): boolean {
  for (let i = start; i < out.length; i++) if (out[i]!.continue === false) return true;
  return false;
}

function prefix(out: Raw[], start: number, key: PropertyKey): void {
  for (let i = start; i < out.length; i++) out[i]!.path.unshift(key);
}

/** A node: its own parse, then its checks as zod's runChecks runs them. */
function node<T>(parse: (value: unknown, out: Raw[]) => unknown, checks: readonly Check[] | undefined, extra: Omit<DerivedSchema<T>, 'run'> = {}): DerivedSchema<T> {
  if (checks === undefined || checks.length === 0) return { run: parse, ...extra };
  return {
    ...extra,
    run: (v, out) => {
      const start = out.length;
      let value = parse(v, out);
      let stop = aborted(out, start);
      for (const c of checks) {
        if (c.when !== undefined) {
          if (explicitlyAborted(out, start) || !c.when(value)) continue;
        } else if (stop) continue;
        const len = out.length;
        value = c.run(value, out);
        if (out.length !== len && !stop) stop = aborted(out, len);
      }
      return value;
    },
  };
}

const typeIssue = (expected: string, out: Raw[]): void => {
  out.push({ expected, code: 'invalid_type', path: [] });
};

/** `z.string()`. */
// @__NO_SIDE_EFFECTS__
export function string(checks?: readonly Check[]): DerivedSchema<string> {
  return node((v, out) => {
    if (typeof v !== 'string') typeIssue('string', out);
    return v;
  }, checks);
}

/** `z.boolean()`. */
// @__NO_SIDE_EFFECTS__
export function boolean(): DerivedSchema<boolean> {
  return node((v, out) => {
    if (typeof v !== 'boolean') typeIssue('boolean', out);
    return v;
  }, undefined);
}

/** `z.null()`. */
// @__NO_SIDE_EFFECTS__
export function nullValue(): DerivedSchema<null> {
  return node(
    (v, out) => {
      if (v !== null) typeIssue('null', out);
      return v;
    },
    undefined,
    { values: new Set([null]) },
  );
}

/** `z.number()`, or `z.int()` (a safe integer: zod's own format check comes first). */
// @__NO_SIDE_EFFECTS__
export function number(int: boolean, checks: readonly Check[] = []): DerivedSchema<number> {
  const parse = (v: unknown, out: Raw[]): unknown => {
    if (typeof v === 'number' && !Number.isNaN(v) && Number.isFinite(v)) return v;
    const received = typeof v === 'number' ? (Number.isNaN(v) ? 'NaN' : String(v)) : undefined;
    out.push({ expected: 'number', code: 'invalid_type', path: [], ...(received === undefined ? {} : { received }) });
    return v;
  };
  return node(parse, int ? [safeInt, ...checks] : checks);
}

const SAFE_NOTE = 'Integers must be within the safe integer range.';
const safeInt: Check = {
  run: (v, out) => {
    const n = v as number;
    if (!Number.isInteger(n)) out.push({ expected: 'int', format: 'safeint', code: 'invalid_type', continue: false, path: [] });
    else if (!Number.isSafeInteger(n)) {
      out.push(n > 0 ? { code: 'too_big', maximum: Number.MAX_SAFE_INTEGER, note: SAFE_NOTE, origin: 'int', inclusive: true, continue: true, path: [] } : { code: 'too_small', minimum: Number.MIN_SAFE_INTEGER, note: SAFE_NOTE, origin: 'int', inclusive: true, continue: true, path: [] });
    }
    return v;
  },
};

/** `z.literal(...)` (`list` true) or `z.enum(...)`: one of `values`. */
// @__NO_SIDE_EFFECTS__
export function oneOf<T>(values: readonly T[]): DerivedSchema<T> {
  const set = new Set<unknown>(values);
  // An accepted value is returned as the schema's own (equal) value: a name read from a host's text
  // then compares with the library's names in one step (the same string, not an equal copy).
  const own = new Map<unknown, unknown>(values.map((v) => [v, v]));
  return node(
    (v, out) => {
      const mine = own.get(v);
      if (mine !== undefined) return mine;
      if (!set.has(v)) out.push({ code: 'invalid_value', values, path: [] });
      return v;
    },
    undefined,
    { values: set },
  );
}

/** `z.optional(inner)`. */
// @__NO_SIDE_EFFECTS__
export function optional<T>(inner: DerivedSchema<T>): DerivedSchema<T | undefined> {
  return {
    run: (v, out) => (v === undefined ? v : inner.run(v, out)),
    optin: 'optional',
    optout: 'optional',
    ...(inner.values === undefined ? {} : { values: new Set([...inner.values, undefined]) }),
  };
}

/** `z.nullable(inner)`. */
// @__NO_SIDE_EFFECTS__
export function nullable<T>(inner: DerivedSchema<T>): DerivedSchema<T | null> {
  return {
    run: (v, out) => (v === null ? v : inner.run(v, out)),
    optin: inner.optin,
    optout: inner.optout,
    ...(inner.values === undefined ? {} : { values: new Set([...inner.values, null]) }),
  };
}

/** `z.array(element)` (without an upper bound on its length: zod then checks that bound first). */
// @__NO_SIDE_EFFECTS__
export function array<T>(element: DerivedSchema<T>, checks?: readonly Check[]): DerivedSchema<T[]> {
  return node((v, out) => {
    if (!Array.isArray(v)) {
      typeIssue('array', out);
      return v;
    }
    const value = new Array<unknown>(v.length);
    for (let i = 0; i < v.length; i++) {
      const start = out.length;
      value[i] = element.run(v[i], out);
      if (out.length !== start) prefix(out, start, i);
    }
    return value;
  }, checks);
}

/** `z.tuple(items)` of required items, without a rest. */
// @__NO_SIDE_EFFECTS__
export function tuple(items: readonly DerivedSchema[], checks?: readonly Check[]): DerivedSchema<unknown[]> {
  const n = items.length;
  return node((v, out) => {
    if (!Array.isArray(v)) {
      out.push({ expected: 'tuple', code: 'invalid_type', path: [] });
      return v;
    }
    if (v.length < n) {
      out.push({ code: 'too_small', minimum: n, inclusive: true, origin: 'array', path: [] });
      return [];
    }
    if (v.length > n) out.push({ code: 'too_big', maximum: n, inclusive: true, origin: 'array', path: [] });
    const value: unknown[] = [];
    for (let i = 0; i < n; i++) {
      const start = out.length;
      value[i] = items[i]!.run(v[i], out);
      if (out.length !== start) prefix(out, start, i);
    }
    return value;
  }, checks);
}

/** zod's isPlainObject. */
function isPlainObject(o: unknown): o is Record<PropertyKey, unknown> {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) return false;
  const ctor = (o as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prot: unknown = ctor.prototype;
  if (typeof prot !== 'object' || prot === null || Array.isArray(prot)) return false;
  return Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');
}

/** zod's test for a numeric key (its `number` pattern), retried as a number when the key schema refuses the string. */
const NUMERIC = /^-?\d+(?:\.\d+)?$/;

/** `z.record(key, value)` whose key schema has no list of values (every own enumerable key is checked). */
// @__NO_SIDE_EFFECTS__
export function record<V>(key: DerivedSchema<string>, value: DerivedSchema<V>, checks?: readonly Check[]): DerivedSchema<Record<string, V>> {
  return node((v, out) => {
    if (!isPlainObject(v)) {
      typeIssue('record', out);
      return v;
    }
    const result: Record<PropertyKey, unknown> = {};
    for (const k of Reflect.ownKeys(v)) {
      if (k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) continue;
      let keyIssues: Raw[] = [];
      let outKey = key.run(k, keyIssues);
      if (keyIssues.length > 0 && typeof k === 'string' && NUMERIC.test(k)) {
        const retry: Raw[] = [];
        const r = key.run(Number(k), retry);
        if (retry.length === 0) {
          keyIssues = retry;
          outKey = r;
        }
      }
      if (keyIssues.length > 0) {
        out.push({ code: 'invalid_key', origin: 'record', issues: keyIssues.map(finalize), path: [k] });
        continue;
      }
      if (outKey === '__proto__') continue;
      const start = out.length;
      result[outKey as PropertyKey] = value.run(v[k], out);
      if (out.length !== start) prefix(out, start, k);
    }
    return result;
  }, checks);
}

/** One key of an object: its name and its schema. */
export type Shape = Readonly<Record<string, DerivedSchema>>;

/** `z.object(shape)` (unknown keys dropped) or `z.strictObject(shape)` (`strict`: unknown keys refused). */
// @__NO_SIDE_EFFECTS__
export function object<T>(shape: Shape, strict: boolean, checks?: readonly Check[]): DerivedSchema<T> {
  const keys = Object.keys(shape);
  const fields = keys.map((k) => shape[k]!);
  const known = new Set(keys);
  const parse = generatedObject(keys, fields, strict, known) ?? ((v: unknown, out: Raw[]): unknown => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      typeIssue('object', out);
      return v;
    }
    const input = v as Record<string, unknown>;
    const value: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      const field = fields[i]!;
      const present = key in input;
      // An absent optional key: nothing is parsed (zod parses it and drops what it found).
      if (!present && field.optin === 'optional' && field.optout === 'optional') continue;
      const start = out.length;
      const r = field.run(input[key], out);
      const found = out.length !== start;
      if (found) {
        if (field.optin !== undefined && field.optout === 'optional' && !present) {
          out.length = start;
          continue;
        }
        prefix(out, start, key);
      }
      if (!present && field.optin === undefined) {
        if (!found) out.push(missing(key));
        continue;
      }
      if (r !== undefined || present) value[key] = r;
    }
    if (strict) unknownKeys(input, known, out);
    return value;
  });
  return node(parse, checks);
}

const missing = (key: string): Raw => ({ code: 'invalid_type', expected: 'nonoptional', path: [key] });

function unknownKeys(input: Record<string, unknown>, known: ReadonlySet<string>, out: Raw[]): void {
  let unknown: string[] | undefined;
  for (const k in input) if (!known.has(k)) (unknown ??= []).push(k);
  if (unknown !== undefined) out.push({ code: 'unrecognized_keys', keys: unknown, path: [], continue: true });
}

/**
 * The same object parse as generated code, one statement per key with the key written out:
 * property reads at fixed names stay fast where one loop over every schema's keys would not (the
 * engine's caches for `input[key]` overflow when one line reads dozens of different names).
 * Undefined where a key is of a rarer kind (neither required nor plainly optional), or where code
 * cannot be generated (a content security policy that forbids it): the loop then does the work.
 */
function generatedObject(keys: readonly string[], fields: readonly DerivedSchema[], strict: boolean, known: ReadonlySet<string>): ((v: unknown, out: Raw[]) => unknown) | undefined {
  const lines = ['if(typeof v!=="object"||v===null||Array.isArray(v)){T("object",o);return v}var x={},r,s;'];
  for (let i = 0; i < keys.length; i++) {
    const k = JSON.stringify(keys[i]);
    const f = fields[i]!;
    const run = `s=o.length;r=F[${i}](v[${k}],o);if(o.length!==s)P(o,s,${k});`;
    if (f.optin === 'optional' && f.optout === 'optional') lines.push(`if(${k}in v){${run}x[${k}]=r}`);
    else if (f.optin === undefined) lines.push(`if(${k}in v){${run}x[${k}]=r}else{s=o.length;F[${i}](void 0,o);if(o.length!==s)P(o,s,${k});else o.push(M(${k}))}`);
    else return undefined;
  }
  if (strict) lines.push('U(v,K,o);');
  lines.push('return x');
  try {
    const make = new Function('F', 'T', 'P', 'M', 'U', 'K', `return function(v,o){${lines.join('')}}`) as (...a: unknown[]) => (v: unknown, out: Raw[]) => unknown;
    return make(
      fields.map((f) => f.run),
      typeIssue,
      prefix,
      missing,
      unknownKeys,
      known,
    );
  } catch {
    return undefined;
  }
}

/** `z.union(options)`: the first option that fits, else the one option that did not abort, else `invalid_union`. */
// @__NO_SIDE_EFFECTS__
export function union<T = unknown>(options: readonly DerivedSchema[], checks?: readonly Check[]): DerivedSchema<T> {
  const extra = {
    optin: options.some((o) => o.optin !== undefined) ? ('optional' as const) : undefined,
    optout: options.some((o) => o.optout === 'optional') ? ('optional' as const) : undefined,
    ...(options.every((o) => o.values !== undefined) ? { values: new Set(options.flatMap((o) => [...o.values!])) } : {}),
  };
  if (options.length === 1) return node(options[0]!.run, checks, extra);
  return node(
    (v, out) => {
      const results: { value: unknown; issues: Raw[] }[] = [];
      for (const option of options) {
        const issues: Raw[] = [];
        const value = option.run(v, issues);
        if (issues.length === 0) return value;
        results.push({ value, issues });
      }
      const live = results.filter((r) => !aborted(r.issues, 0));
      if (live.length === 1) {
        for (const issue of live[0]!.issues) out.push(issue);
        return live[0]!.value;
      }
      out.push({ code: 'invalid_union', errors: results.map((r) => r.issues.map(finalize)), path: [] });
      return v;
    },
    checks,
    extra,
  );
}

/**
 * `z.discriminatedUnion(key, options)`: the option whose `key` value the input carries (`byValue`,
 * each value with the index of its option, or null for a value two options could take, which
 * matches none, as in zod's map), else `invalid_union` at the key with the values allowed.
 */
// @__NO_SIDE_EFFECTS__
export function discriminated<T = unknown>(key: string, options: readonly DerivedSchema[], byValue: readonly (readonly [unknown, number | null])[], checks?: readonly Check[]): DerivedSchema<T> {
  const map = new Map<unknown, DerivedSchema | null>(byValue.map(([v, i]) => [v, i === null ? null : options[i]!]));
  const allowed = byValue.filter(([, i]) => i !== null).map(([v]) => v);
  return node((v, out) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) {
      typeIssue('object', out);
      return v;
    }
    const option = map.get((v as Record<string, unknown>)[key]);
    if (option) return option.run(v, out);
    out.push({ code: 'invalid_union', errors: [], note: 'No matching discriminator', discriminator: key, options: allowed, path: [key] });
    return v;
  }, checks);
}

/** Counts code points as zod does (a surrogate pair is one). */
function codePoints(s: string): number {
  let count = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    if ((s.charCodeAt(i) & 0xfc00) === 0xd800 && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** zod's `when` of the length checks: a value that is not null or undefined and has a length. */
const hasLength = (v: unknown): boolean => v !== null && v !== undefined && (v as { length?: unknown }).length !== undefined;
const lengthOrigin = (v: unknown): string => (Array.isArray(v) ? 'array' : typeof v === 'string' ? 'string' : 'unknown');

/** `z.minLength(min)`. */
// @__NO_SIDE_EFFECTS__
export function minLength(min: number, message?: string): Check {
  return {
    when: hasLength,
    run: (v, out) => {
      const units = (v as { length: number }).length;
      const length = typeof v === 'string' && units >= min && units < min * 2 ? codePoints(v) : units;
      if (!(length >= min)) out.push({ origin: lengthOrigin(v), code: 'too_small', minimum: min, inclusive: true, path: [], message, continue: true });
      return v;
    },
  };
}

/** `z.maxLength(max)`. */
// @__NO_SIDE_EFFECTS__
export function maxLength(max: number, message?: string): Check {
  return {
    when: hasLength,
    run: (v, out) => {
      const units = (v as { length: number }).length;
      const length = typeof v === 'string' && units > max ? codePoints(v) : units;
      if (!(length <= max)) out.push({ origin: lengthOrigin(v), code: 'too_big', maximum: max, inclusive: true, path: [], message, continue: true });
      return v;
    },
  };
}

/** `z.minimum(n)` (`inclusive`) or `z.gt(n)`; `z.maximum(n)` or `z.lt(n)` when `below`. */
// @__NO_SIDE_EFFECTS__
export function bound(limit: number, inclusive: boolean, below: boolean, message?: string): Check {
  return {
    run: (v, out) => {
      const n = v as number;
      if (below ? (inclusive ? n <= limit : n < limit) : inclusive ? n >= limit : n > limit) return v;
      const origin = typeof v === 'bigint' ? 'bigint' : typeof v === 'object' ? 'date' : 'number';
      out.push(below ? { origin, code: 'too_big', maximum: limit, inclusive, path: [], message, continue: true } : { origin, code: 'too_small', minimum: limit, inclusive, path: [], message, continue: true });
      return v;
    },
  };
}

/** `z.regex(pattern)`. */
// @__NO_SIDE_EFFECTS__
export function regex(pattern: RegExp, message?: string): Check {
  const shown = pattern.toString();
  return {
    run: (v, out) => {
      pattern.lastIndex = 0;
      if (!pattern.test(v as string)) out.push({ origin: 'string', code: 'invalid_format', format: 'regex', pattern: shown, path: [], message, continue: true });
      return v;
    },
  };
}

/** `z.refine(fn)`: the value passes when `fn` returns a truthy value (a promise is refused, as zod refuses it synchronously). */
// @__NO_SIDE_EFFECTS__
export function refine(fn: (value: never) => unknown, message?: string, params?: Readonly<Record<string, unknown>>): Check {
  return {
    run: (v, out) => {
      const r = fn(v as never);
      if (!r || r instanceof Promise) out.push({ code: 'custom', path: [], message, continue: true, ...(params === undefined ? {} : { params }) });
      return v;
    },
  };
}

/** What `z.check(fn)` gives `fn`: zod's payload, the value and the issues to push to. */
export interface CheckPayload<T> {
  value: T;
  readonly issues: unknown[];
}

/** `z.check(fn)`: `fn` pushes its own issues onto the payload. */
// @__NO_SIDE_EFFECTS__
export function check<T>(fn: (payload: CheckPayload<T>) => void): Check {
  return {
    run: (v, out) => {
      // One payload for every such check, so that a check allocates none; a check run while another
      // runs (its function validates a value in turn) gets a payload of its own.
      const payload = (sharedInUse ? { value: v, issues: [] } : shared) as CheckPayload<T>;
      payload.value = v as T;
      sharedInUse = true;
      try {
        fn(payload);
        for (const i of payload.issues) {
          const issue = i as Raw;
          issue.path ??= [];
          out.push(issue);
        }
        return payload.value;
      } finally {
        if (payload === shared) {
          payload.issues.length = 0;
          payload.value = undefined as T;
          sharedInUse = false;
        }
      }
    },
  };
}

/** The payload `check` hands its function, and whether a check is using it now. */
const shared: CheckPayload<unknown> = { value: undefined, issues: [] };
let sharedInUse = false;
