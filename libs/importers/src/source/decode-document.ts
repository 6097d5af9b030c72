import * as iconv from 'iconv-lite';
import { ImportError } from '../imported-document';
import { refuseUnsafeText } from './unsafe-text-check';
import { DEFAULT_MAX_BYTES, formatMegabytes } from './upload-limits';

/** How much of the start of a file is inspected for binary content. */
const SNIFF_BYTES = 64 * 1024;
/** Share of control characters (other than tab, line ends, form feed) above which a file is not text. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Reads a published document saved by whatever editor: UTF-8 with or without BOM, UTF-16 with BOM,
 * or GB18030/GBK (Chinese Windows' default) when the bytes are not valid UTF-8. Line ends become LF.
 * Refuses empty, binary and oversized input with an ImportError.
 */
export function decodeDocument(bytes: Buffer, maxBytes: number = DEFAULT_MAX_BYTES): string {
  checkSize(bytes, maxBytes);
  const text = decodeBytes(bytes);
  if (text.trim() === '') throw new ImportError('EMPTY_FILE', 'the file contains only white space');
  const lines = text.replace(/\r\n?/g, '\n');
  refuseUnsafeText(lines);
  return lines;
}

export function checkSize(bytes: Buffer, maxBytes: number = DEFAULT_MAX_BYTES): void {
  if (bytes.length === 0) throw new ImportError('EMPTY_FILE', 'the file is empty (0 bytes)');
  if (bytes.length > maxBytes) {
    throw new ImportError(
      'FILE_TOO_LARGE',
      `the file has ${formatMegabytes(bytes.length)}, more than the limit of ${formatMegabytes(maxBytes)}`,
      null,
      null,
      { name: 'maxBytes', value: maxBytes },
    );
  }
}

function decodeBytes(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return iconv.decode(bytes.subarray(2), 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return iconv.decode(bytes.subarray(2), 'utf-16be');
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  refuseBinary(body);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    // Not UTF-8: a Chinese Windows editor saved it as GBK or its superset GB18030.
    return iconv.decode(body, 'gb18030');
  }
}

/** Refuses a file whose first 64 KiB hold NUL bytes or too many control characters: a PDF, a Word file… */
export function refuseBinary(bytes: Buffer): void {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) {
      throw new ImportError('BINARY_FILE', 'the file contains NUL bytes: it is binary (a PDF, a Word file?), not text');
    }
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control += 1;
  }
  if (control > sample.length * MAX_CONTROL_SHARE) {
    throw new ImportError(
      'BINARY_FILE',
      `the file is not text: ${control} control characters in its first ${sample.length} bytes`,
    );
  }
}
