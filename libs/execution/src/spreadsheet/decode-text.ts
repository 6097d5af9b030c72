import * as iconv from 'iconv-lite';

/** A CSV file's text: UTF-8 (BOM or not), or GB18030 as Chinese Windows saves it when the bytes are not UTF-8. */
export function decodeText(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  const text = utf8.includes('\uFFFD') ? iconv.decode(bytes, 'gb18030') : utf8;
  return text.replace(/^\uFEFF/, '');
}
