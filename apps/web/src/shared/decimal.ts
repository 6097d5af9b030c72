// The server's exact decimals (libs/decimal, pure TypeScript on bigint): money and rates computed in
// the browser come out as the server computes them, never through a float.
export { Decimal } from '../../../../libs/decimal/src';
