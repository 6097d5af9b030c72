import { ImportedDocument } from '../imported-document';

/** What a text-layout parser returns: the document and the index of the first line after its table. */
export interface ParsedTable<D extends ImportedDocument = ImportedDocument> {
  document: D;
  endIndex: number;
}

/** `257-吉林省医疗保障局`, `315001-乐山市医疗保障局机关`: a code, a dash, a name. */
export function splitCodeAndName(text: string): { code: string | null; name: string } {
  const match = /^(\d{3,})\s*[-－—]\s*(.+)$/.exec(text);
  return match ? { code: match[1], name: match[2] } : { code: null, name: text };
}

/** Weights and bare amounts: `50`, `12.5`. */
export function isBareNumber(text: string): boolean {
  return /^\d+(?:\.\d+)?$/.test(text);
}
