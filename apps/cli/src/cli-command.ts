import { CliArguments } from './cli-arguments';

/** Where a command writes: stdout for results (JSON with --json), stderr for diagnostics. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  name: string;
  usage: string;
  /** Options that take a value (`--profile standard`). */
  valueOptions: readonly string[];
  /** Options without a value (`--dry-run`); any other `--name` is a usage error. */
  flags: readonly string[];
  /** Resolves to the process exit code. */
  run(args: CliArguments, output: CliOutput): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 64;
/** The input was read but refused (bad file, bad value): the message names the line and field. */
export const EXIT_BAD_INPUT = 65;
