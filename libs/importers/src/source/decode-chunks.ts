import { isUtf8 } from 'node:buffer';
import * as iconv from 'iconv-lite';
import { refuseBinary } from './decode-document';

/** Bytes decoded at a time: the text of a file is never held whole next to its bytes. */
const CHUNK_BYTES = 1024 * 1024;

/**
 * The text of a file, piece by piece: UTF-16 by its BOM, UTF-8 (BOM dropped) when the bytes are valid
 * UTF-8 (checked without decoding), else GB18030, as Chinese Windows saves it. A character split
 * between two pieces of bytes is decoded whole in the later piece. Refuses binary files (BINARY_FILE)
 * as decodeDocument does.
 */
export function* decodeChunks(bytes: Buffer): Generator<string> {
  const encoding = encodingOf(bytes);
  if (!encoding.startsWith('utf-16')) refuseBinary(bytes);
  const decoder = iconv.getDecoder(encoding);
  for (let start = 0; start < bytes.length; start += CHUNK_BYTES) {
    const text = decoder.write(bytes.subarray(start, start + CHUNK_BYTES));
    if (text) yield text;
  }
  const rest = decoder.end();
  if (rest) yield rest;
}

function encodingOf(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return isUtf8(bytes) ? 'utf8' : 'gb18030';
}
