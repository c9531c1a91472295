/**
 * Values generated from a zod schema's own definition, for the tests that hold a validator to zod
 * (compiled-schema.test.ts, derived-schema.test.ts): mostly fitting the schema, now and then not (a
 * wrong type anywhere in the tree, a missing or unknown key, a bad date, blank text, an
 * out-of-range number).
 */
import fc from 'fast-check';

type Node = { _zod: { def: Record<string, unknown> & { type: string }; values?: ReadonlySet<unknown>; optin?: string; propValues?: Record<string, ReadonlySet<unknown>> } };

/** Text that passes some checks and fails others: dates real and not, instants with and without offsets, blank, empty, code points beyond one UTF-16 unit. */
export const FINE = ['x', 'repair', 'officer-ann', 'C-1', '2025-01-06', '2024-02-29', '2025-01-06T10:00:00Z', '2025-06-30T23:30:00-02:00'];
export const EDGES = [
  '', ' ', '\t', 'A', 'email', 'upheld', 'apology', 'financial',
  '2025-02-29', '0000-01-01', '0001-01-01', '9999-12-31', '2025-13-01', '2025-1-6',
  '2025-01-06T10:00:00+01:00', '2025-01-06T10:00:00', '0000-01-01T00:00:00Z',
  '\u{1F600}', '\uD800', 'a\u{1F600}', '__proto__', 'constructor',
];
export const STRINGS = [...FINE, ...EDGES];
export const NUMBERS = [0, 1, 2, 5, 20, 1000, 1001, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, -0];
export const WRONG = [null, undefined, 0, 42, 'text', '', true, false, [], {}, [1], { a: 1 }];

function nodeOf(s: unknown): Node {
  return s as Node;
}

/** Values for a schema: mostly fitting it, now and then not (a wrong value anywhere in the tree). */
export function valuesOf(schema: unknown, depth = 0): fc.Arbitrary<unknown> {
  const good = fitting(nodeOf(schema), depth);
  return fc.oneof({ weight: 24, arbitrary: good }, { weight: 1, arbitrary: fc.constantFrom(...WRONG) });
}

function fitting(node: Node, depth: number): fc.Arbitrary<unknown> {
  const def = node._zod.def;
  switch (def.type) {
    case 'string':
      return fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...FINE) }, { weight: 4, arbitrary: fc.constantFrom(...EDGES) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });
    case 'number':
      return fc.oneof(fc.constantFrom(...NUMBERS), fc.integer({ min: -5, max: 2000 }));
    case 'boolean':
      return fc.boolean();
    case 'literal':
    case 'enum':
      return fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...node._zod.values!) }, { weight: 1, arbitrary: fc.constantFrom('nope', 3) });
    case 'never':
      return fc.constant('never');
    case 'optional':
      return fc.oneof(fc.constant(undefined), valuesOf(def.innerType, depth));
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(valuesOf(def.element, depth + 1), { maxLength: 3 });
    case 'record':
      return fc.dictionary(fc.constantFrom('complaints-officer', 'panel', 'x', ''), valuesOf(def.valueType, depth + 1), { maxKeys: 3 });
    case 'tuple':
      return fc.tuple(...(def.items as unknown[]).map((o) => valuesOf(o, depth + 1)));
    case 'union':
      return fc.oneof(...(def.options as unknown[]).map((o) => fitting(nodeOf(o), depth)));
    case 'object': {
      const shape = def.shape as Record<string, Node>;
      const keys = Object.keys(shape);
      // Each key: absent, present, or (for an optional key) present as undefined; sometimes an unknown key too.
      const parts = keys.map((k) =>
        fc.oneof(
          { weight: shape[k]!._zod.optin === undefined ? 1 : 6, arbitrary: fc.constant({ absent: true as const }) },
          { weight: 14, arbitrary: valuesOf(shape[k], depth + 1).map((value) => ({ absent: false as const, value })) },
        ),
      );
      return fc.tuple(fc.tuple(...parts), fc.constantFrom<string | undefined>(undefined, undefined, undefined, undefined, undefined, undefined, 'extra', '__proto__')).map(([values, extra]) => {
        const o: Record<string, unknown> = {};
        keys.forEach((k, i) => {
          const v = values[i]!;
          if (!v.absent) o[k] = v.value;
        });
        // An own `__proto__` key, as JSON.parse makes one.
        if (extra === '__proto__') Object.defineProperty(o, '__proto__', { value: 1, enumerable: true, configurable: true, writable: true });
        else if (extra !== undefined) o[extra] = 'x';
        return o;
      });
    }
    case 'nullable':
      return fc.oneof(fc.constant(null), valuesOf(def.innerType, depth));
    default:
      // A kind the compiler hands to zod itself (a pipe, a default, ...): any value.
      return fc.constantFrom(...WRONG, ...STRINGS, ...NUMBERS);
  }
}

