import { readFileSync } from 'fs';
import { resolve } from 'path';

/** The lines of a seed document in test/fixtures/seeds (tests only). */
export function seedLines(file: string): string[] {
  return readFileSync(resolve(process.cwd(), 'test/fixtures/seeds', file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
}

/** 0-based index of the first line satisfying `test`. */
export function lineIndex(lines: string[], test: (line: string) => boolean): number {
  const index = lines.findIndex(test);
  if (index === -1) throw new Error('line not found');
  return index;
}
