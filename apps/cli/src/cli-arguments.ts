/** `command positional… --flag --option value` → a small typed structure; unknown flags are errors. */
export interface CliArguments {
  command: string | null;
  positionals: string[];
  flags: Set<string>;
  options: Map<string, string>;
}

export class CliUsageError extends Error {}

/**
 * `flags` and `valueOptions` are what the command declares; anything else starting with `--` is refused,
 * so a typo (`--dryrun`) cannot silently turn a dry run into a database write.
 */
export function parseCliArguments(
  argv: string[],
  valueOptions: readonly string[],
  flags: readonly string[],
): CliArguments {
  const [command = null, ...rest] = argv;
  const result: CliArguments = { command, positionals: [], flags: new Set(), options: new Map() };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (!arg.startsWith('--')) {
      result.positionals.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2);
    if (valueOptions.includes(name)) {
      const value = inline ?? rest[++i];
      if (value === undefined) throw new CliUsageError(`--${name} needs a value`);
      result.options.set(name, value);
    } else {
      if (!flags.includes(name)) throw new CliUsageError(`unknown option --${name}`);
      if (inline !== undefined) throw new CliUsageError(`--${name} takes no value`);
      result.flags.add(name);
    }
  }
  return result;
}
