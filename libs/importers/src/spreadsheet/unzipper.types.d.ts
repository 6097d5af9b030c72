// unzipper ships no types; only its streaming parser is used (as exceljs uses it), see inspect-xlsx.ts.
declare module 'unzipper' {
  import type { Duplex } from 'node:stream';

  export function Parse(options?: { forceStream?: boolean }): Duplex;
}
