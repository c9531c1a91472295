/**
 * A small reader of command-line arguments, so that every message about them is the command's
 * own: `--name value`, `--name=value`, short flags such as `-h`, `--` to end the options, and `-`
 * as an argument (standard input).
 */

/** One option a command accepts. */
export interface OptionSpec {
  /** The long name, without `--`. */
  readonly name: string;
  /** For an option that takes a value, how the help writes it (`<file>`); none for a flag. */
  readonly value?: string;
  readonly short?: string;
  readonly description: string;
}

/** A usage error: the message says what was wrong in the user's own terms. */
export class UsageError extends Error {}

/** What was given: option values by long name (`true` for a flag), and the other arguments. */
export interface ParsedArgs {
  readonly options: ReadonlyMap<string, string | true>;
  readonly positionals: readonly string[];
}

function distance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0] as number;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const here = d[j] as number;
      d[j] = Math.min(here + 1, (d[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = here;
    }
  }
  return d[b.length] as number;
}

/** The closest of `names` to `name`, when close enough to be a slip. */
export function suggest(name: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = n.includes(name) && name.length >= 3 ? 0 : distance(name, n);
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return bestD <= Math.max(1, Math.floor((best?.length ?? 0) / 3)) ? best : undefined;
}

/** Reads `argv` against `specs`; throws a {@link UsageError} naming what is wrong. */
export function parseArguments(argv: readonly string[], specs: readonly OptionSpec[]): ParsedArgs {
  const options = new Map<string, string | true>();
  const positionals: string[] = [];
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short as string, s]));
  const set = (spec: OptionSpec, value: string | true): void => {
    if (options.has(spec.name)) throw new UsageError(`--${spec.name} is given twice; give it once`);
    options.set(spec.name, value);
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      const spec = byName.get(name);
      if (spec === undefined) {
        const near = suggest(name, specs.map((s) => s.name));
        throw new UsageError(`unknown option --${name}${near !== undefined ? ` (did you mean --${near}?)` : ''}`);
      }
      if (spec.value === undefined) {
        if (eq !== -1) throw new UsageError(`--${name} takes no value (found --${name}=${arg.slice(eq + 1)})`);
        set(spec, true);
        continue;
      }
      const value = eq === -1 ? argv[i + 1] : arg.slice(eq + 1);
      if (value === undefined || value === '' || (eq === -1 && value.startsWith('-') && value !== '-')) {
        throw new UsageError(`--${name} needs a value: --${name} ${spec.value}`);
      }
      if (eq === -1) i++;
      set(spec, value);
      continue;
    }
    if (arg.startsWith('-') && arg !== '-') {
      const spec = byShort.get(arg.slice(1));
      if (spec === undefined) throw new UsageError(`unknown option ${arg}`);
      if (spec.value !== undefined) {
        const value = argv[i + 1];
        if (value === undefined) throw new UsageError(`${arg} needs a value: ${arg} ${spec.value}`);
        i++;
        set(spec, value);
      } else {
        set(spec, true);
      }
      continue;
    }
    positionals.push(arg);
  }
  return { options, positionals };
}

/** The options as the help lists them, aligned. */
export function describeOptions(specs: readonly OptionSpec[]): string {
  const left = specs.map((s) => `${s.short !== undefined ? `-${s.short}, ` : '    '}--${s.name}${s.value !== undefined ? ` ${s.value}` : ''}`);
  const width = Math.max(...left.map((l) => l.length)) + 2;
  return specs
    .map((s, i) => {
      const lines = s.description.split('\n');
      return `  ${(left[i] as string).padEnd(width)}${lines[0]}${lines
        .slice(1)
        .map((l) => `\n  ${' '.repeat(width)}${l}`)
        .join('')}`;
    })
    .join('\n');
}
