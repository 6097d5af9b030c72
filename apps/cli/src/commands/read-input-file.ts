import { readFile, stat } from 'node:fs/promises';
import { CliUsageError } from '../cli-arguments';

/** Reads the one file a command takes, with a usage error (not a stack trace) when it is missing. */
export async function readInputFile(path: string | undefined, usage: string): Promise<Buffer> {
  if (!path) throw new CliUsageError(`a file is required: ${usage}`);
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) throw new CliUsageError(`no such file: ${path}`);
  return readFile(path);
}
