/**
 * A fast accept path for zod schemas: a schema is walked once and turned into plain JavaScript
 * checks (closures over its definition) that answer "valid, and here is the parsed value" or
 * "not valid". Only acceptance is decided here. When the checks refuse a value, the caller runs
 * the zod schema itself for the issues, so every error a host sees still comes from zod.
 *
 * The checks do what zod's own parsers do, node for node (the types, which keys count as present,
 * unknown keys of a strict object, the first union option that fits, a new object or array for
 * the output, with the schema's key order); the refinements and bounds a schema carries
 * (`.check(...)`: `z.refine`, `z.minLength`, `z.minimum`, `z.int()`, ...) are zod's own check
 * functions, called as zod calls them. A node kind not listed here (transforms, pipes, defaults,
 * lazy schemas, ...) is handed to zod's own parser for that part of the value: still exact, only
 * slower. Property tests check, for generated valid and invalid values, that the compiled checks
 * and zod accept and refuse the same values and give the same output (test/core/compiled-schema.test.ts).
 *
 * Why this beside the derived validators of `./derived-schema.ts`: those run without zod and are
 * generated ahead of time, for the paths whose bundles must not load zod (policies, events,
 * outcomes). This one needs zod loaded and builds its checks when first used, with no generated
 * file to keep current: it serves a module that loads zod anyway for its errors (the exclusion
 * facts). A module moved off zod should move to the derived validators instead.
 *
 * @internal
 */
import * as z from 'zod/mini';

/** What a compiled check returns for a value the schema refuses. */
export const INVALID: unique symbol = /* @__PURE__ */ Symbol('invalid');

/** A compiled schema: the parsed value (as zod would give it), or {@link INVALID}. */
export type CompiledSchema<T> = (value: unknown) => T | typeof INVALID;

type Check = (value: unknown) => unknown;

/** The parts of zod's internal definitions the compiler reads (zod 4 core). */
interface Internals {
  readonly def: {
    readonly type: string;
    readonly checks?: readonly ZodNode[];
    readonly shape?: Readonly<Record<string, ZodNode>>;
    readonly catchall?: ZodNode;
    readonly element?: ZodNode;
    readonly innerType?: ZodNode;
    readonly options?: readonly ZodNode[];
    readonly discriminator?: string;
    readonly unionFallback?: boolean;
    readonly keyType?: ZodNode;
    readonly valueType?: ZodNode;
    readonly mode?: string;
    readonly coerce?: boolean;
    readonly when?: (payload: Payload) => boolean;
  };
  readonly traits: ReadonlySet<string>;
  readonly values?: ReadonlySet<unknown>;
  readonly optin?: 'optional' | 'defaulted';
  readonly optout?: 'optional';
  readonly propValues?: Readonly<Record<string, ReadonlySet<unknown>>>;
  check?(payload: Payload): unknown;
  run(payload: Payload, ctx: { async: false }): Payload;
}
interface ZodNode {
  readonly _zod: Internals;
}
interface Payload {
  value: unknown;
  issues: unknown[];
}

/** Compiled checks by schema object. */
const compiled = new WeakMap<object, Check>();

/**
 * The compiled checks of a zod schema (compiled once per schema object, then reused).
 *
 * @internal
 * @example
 * ```ts
 * const fast = compileSchema(LifecycleEventZod);
 * const out = fast(JSON.parse(text));
 * if (out === INVALID) return explain(z.safeParse(LifecycleEventZod, input)); // the issues come from zod
 * ```
 */
export function compileSchema<S extends z.ZodMiniType>(schema: S): CompiledSchema<z.output<S>> {
  return compileNode(schema as unknown as ZodNode) as CompiledSchema<z.output<S>>;
}

function compileNode(node: ZodNode): Check {
  const known = compiled.get(node);
  if (known !== undefined) return known;
  // A schema that refers to itself is reached again before its check exists: the late-bound
  // wrapper calls the check once it is built.
  let self: Check | undefined;
  compiled.set(node, (v) => self!(v));
  self = withChecks(node, base(node));
  compiled.set(node, self);
  return self;
}

/** Zod's own parser for a node this compiler does not handle: exact, not fast. */
function byZod(node: ZodNode): Check {
  return (value) => {
    const r = node._zod.run({ value, issues: [] }, { async: false });
    return r.issues.length === 0 ? r.value : INVALID;
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function base(node: ZodNode): Check {
  const z = node._zod;
  const def = z.def;
  if (def.coerce === true) return byZod(node);
  switch (def.type) {
    case 'string':
      return (v) => (typeof v === 'string' ? v : INVALID);
    case 'number':
      return (v) => (typeof v === 'number' && Number.isFinite(v) ? v : INVALID);
    case 'boolean':
      return (v) => (typeof v === 'boolean' ? v : INVALID);
    case 'literal':
    case 'enum': {
      const values = z.values;
      if (values === undefined) return byZod(node);
      return (v) => (values.has(v) ? v : INVALID);
    }
    case 'optional': {
      const inner = def.innerType!;
      if (inner._zod.optin === 'defaulted') return byZod(node);
      const check = compileNode(inner);
      return (v) => (v === undefined ? v : check(v));
    }
    case 'array': {
      const element = compileNode(def.element!);
      return (v) => {
        if (!Array.isArray(v)) return INVALID;
        const out = new Array<unknown>(v.length);
        for (let i = 0; i < v.length; i++) {
          const r = element(v[i]);
          if (r === INVALID) return INVALID;
          out[i] = r;
        }
        return out;
      };
    }
    case 'object':
      return objectCheck(node);
    case 'union':
      return def.discriminator === undefined ? unionCheck(node) : discriminatedCheck(node);
    default:
      return byZod(node);
  }
}

function objectCheck(node: ZodNode): Check {
  const def = node._zod.def;
  const shape = def.shape!;
  if (Object.getOwnPropertySymbols(shape).length > 0) return byZod(node);
  const catchall = def.catchall;
  if (catchall !== undefined && catchall._zod.def.type !== 'never') return byZod(node);
  const keys = Object.keys(shape).filter((k) => k !== '__proto__');
  const fields: Field[] = keys.map((key) => ({ key, check: compileNode(shape[key]!), optin: shape[key]!._zod.optin, optional: shape[key]!._zod.optout === 'optional' }));
  const strict = catchall !== undefined;
  const known = new Set(Object.keys(shape));
  return generatedObject(fields, strict, known) ?? byZod(node);
}

interface Field {
  readonly key: string;
  readonly check: Check;
  readonly optin: 'optional' | 'defaulted' | undefined;
  readonly optional: boolean;
}

/**
 * An object check as generated code, one statement per key with the key written out: property
 * reads at fixed names stay fast where one loop over every schema's keys would not (the engine's
 * caches for `input[key]` overflow when one line reads dozens of different names). Undefined
 * where code cannot be generated (a content security policy that forbids it): the object is then
 * zod's to check.
 */
function generatedObject(fields: readonly Field[], strict: boolean, known: ReadonlySet<string>): Check | undefined {
  const lines = ['if(typeof v!=="object"||v===null||Array.isArray(v))return I;var o={},r,p;'];
  fields.forEach((f, i) => {
    const k = JSON.stringify(f.key);
    if (f.optin === undefined) {
      // Required: an absent key is refused whatever its schema makes of undefined.
      lines.push(`if(!(${k}in v))return I;r=c[${i}](v[${k}]);if(r===I)return I;o[${k}]=r;`);
    } else if (f.optin === 'optional' && f.optional) {
      lines.push(`if(${k}in v){r=c[${i}](v[${k}]);if(r===I)return I;o[${k}]=r}`);
    } else {
      // The general rule of zod's handlePropertyResult, for the rarer kinds of key.
      const opt = f.optional ? 'true' : 'false';
      lines.push(`p=${k}in v;r=c[${i}](v[${k}]);if(r===I){if(p||!${opt})return I}else if(r===undefined){if(p||${f.optin === 'defaulted' && !f.optional})o[${k}]=undefined}else o[${k}]=r;`);
    }
  });
  if (strict) lines.push('for(var k in v)if(!K.has(k))return I;');
  lines.push('return o');
  try {
    const make = new Function('c', 'I', 'K', `return function(v){${lines.join('')}}`) as (c: readonly Check[], i: typeof INVALID, k: ReadonlySet<string>) => Check;
    return make(
      fields.map((f) => f.check),
      INVALID,
      known,
    );
  } catch {
    return undefined;
  }
}

function unionCheck(node: ZodNode): Check {
  const options = node._zod.def.options!.map(compileNode);
  if (options.length === 1) return options[0]!;
  return (v) => {
    for (const option of options) {
      const r = option(v);
      if (r !== INVALID) return r;
    }
    return INVALID;
  };
}

function discriminatedCheck(node: ZodNode): Check {
  const def = node._zod.def;
  if (def.unionFallback === true) return byZod(node);
  const disc = def.discriminator!;
  const byValue = new Map<unknown, Check | null>();
  for (const option of def.options!) {
    const values = option._zod.propValues?.[disc];
    if (values === undefined || values.size === 0) return byZod(node);
    const check = compileNode(option);
    // As zod's map: a value claimed twice is refused when the schema is made, except `undefined`
    // (two options that may leave the key out), which then matches no option.
    for (const v of values) {
      if (!byValue.has(v)) byValue.set(v, check);
      else if (v === undefined) byValue.set(v, null);
      else return byZod(node);
    }
  }
  return (input) => {
    if (!isObject(input)) return INVALID;
    const check = byValue.get(input[disc]);
    return check === undefined || check === null ? INVALID : check(input);
  };
}

/** The node's own check (a format such as `z.int()` is one) and its `.check(...)` list, run as zod runs them on the parsed value. */
function withChecks(node: ZodNode, parse: Check): Check {
  const own = node._zod.traits.has('$ZodCheck') ? [node] : [];
  const checks = [...own, ...(node._zod.def.checks ?? [])].map(checkOf);
  if (checks.length === 0) return parse;
  if (checks.length === 1) {
    const only = checks[0]!;
    return (v) => {
      const out = parse(v);
      return out === INVALID ? INVALID : only(out);
    };
  }
  return (v) => {
    let out = parse(v);
    for (let i = 0; i < checks.length && out !== INVALID; i++) out = checks[i]!(out);
    return out;
  };
}

/** The payload zod's own check functions are run on. */
const shared: Payload = { value: undefined, issues: [] };

/** zod's default `when` of the length checks (one function, shared by every such check), read on first use. */
let lengthWhen: Internals['def']['when'];

/**
 * One check as a function from the parsed value to itself (or to what an overwriting check
 * makes of it), or to INVALID when zod would report an issue. The common kinds are written out
 * (the same comparisons as zod's); any other is zod's own check function, run on a payload.
 */
function checkOf(c: ZodNode): Check {
  const def = c._zod.def as Internals['def'] & { check?: string; fn?: (v: unknown) => unknown; minimum?: number; value?: unknown; inclusive?: boolean; format?: string };
  const generic = (v: unknown): unknown => {
    // One payload for every such check: checks are synchronous and do not call one another.
    const p = shared;
    p.value = v;
    p.issues.length = 0;
    if (def.when !== undefined && !def.when(p)) return v;
    const bad = c._zod.check!(p) instanceof Promise || p.issues.length > 0;
    const out = p.value;
    p.value = undefined;
    p.issues.length = 0;
    return bad ? INVALID : out;
  };
  lengthWhen ??= (z.minLength(1) as unknown as ZodNode)._zod.def.when;
  switch (def.when === undefined ? def.check : def.when === lengthWhen ? `${def.check}:length` : undefined) {
    case 'custom': {
      // z.refine: the value passes when the function returns a truthy value (a promise: zod refuses
      // it synchronously). A check made with z.check(...) pushes its own issues: zod's function.
      if (!c._zod.traits.has('$ZodCustom') || typeof def.fn !== 'function') return generic;
      const fn = def.fn;
      return (v) => {
        const r = fn(v);
        return r && !(r instanceof Promise) ? v : INVALID;
      };
    }
    case 'min_length:length': {
      // zod counts code points, not UTF-16 units, where the two can differ around the floor: that case is zod's own.
      const min = def.minimum!;
      return (v) => {
        if (v === null || v === undefined || (v as { length?: unknown }).length === undefined) return v;
        const n = (v as { length: number }).length;
        if (typeof v !== 'string') return n >= min ? v : INVALID;
        return n >= 2 * min ? v : n < min ? INVALID : generic(v);
      };
    }
    default:
      return generic;
  }
}
