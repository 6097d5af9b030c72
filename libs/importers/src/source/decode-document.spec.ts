import * as fs from 'fs';
import * as path from 'path';
import * as iconv from 'iconv-lite';
import { ImportError } from '../imported-document';
import { decodeDocument } from './decode-document';

const seed = (name: string) => fs.readFileSync(path.resolve(process.cwd(), 'test/fixtures/seeds', name));

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('decodeDocument', () => {
  const utf8 = seed('jilin-2024-budget.txt');
  const text = utf8.toString('utf8');

  it.each([
    ['GB18030', iconv.encode(text, 'gb18030')],
    ['UTF-8 with BOM and CRLF', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text.replace(/\n/g, '\r\n'))])],
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')])],
    ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, 'utf-16be')])],
    ['old Mac CR line ends', Buffer.from(text.replace(/\n/g, '\r'))],
  ])('reads %s exactly as the UTF-8 seed', (_name, bytes) => {
    expect(decodeDocument(bytes)).toBe(text);
  });

  it.each([
    ['EMPTY_FILE', Buffer.alloc(0), /empty \(0 bytes\)/],
    ['EMPTY_FILE', Buffer.from(' \r\n\t\n'), /only white space/],
    ['BINARY_FILE', Buffer.from('%PDF-1.7\n\0\0binary'), /NUL bytes/],
    ['BINARY_FILE', Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), /control characters/],
  ])('refuses with %s', (code, bytes, message) => {
    const error = refusal(() => decodeDocument(bytes));
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('refuses an input over 50 MB, and honours a configured limit', () => {
    const big = Buffer.alloc(50 * 1024 * 1024 + 1, 0x41);
    const error = refusal(() => decodeDocument(big));
    expect(error.code).toBe('FILE_TOO_LARGE');
    expect(error.message).toBe('the file has 50.0 MB, more than the limit of 50.0 MB');
    expect(refusal(() => decodeDocument(utf8, 1000)).code).toBe('FILE_TOO_LARGE');
    expect(decodeDocument(big.subarray(0, 1024))).toHaveLength(1024);
  });
});
