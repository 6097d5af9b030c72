import { extname } from 'node:path';
import { checkProjectDocument } from './document-checks';
import { ImportError, ImportResult } from './imported-document';
import { importText } from './import-text';
import { checkSize, decodeDocument } from './source/decode-document';
import { uploadLimits, UploadLimits } from './source/upload-limits';
import { readTemplateCsv } from './spreadsheet/template-csv';
import { readTemplateXlsx } from './spreadsheet/template-xlsx';

export interface ImportInput {
  bytes: Buffer;
  /** Only its extension matters: .txt/.text (a published document as text), .csv or .xlsx (the template). */
  filename: string;
  /** What reading the file may cost (defaults: DEFAULT_UPLOAD_LIMITS). */
  limits?: Partial<UploadLimits>;
}

/**
 * The one entry point for an uploaded or command-line file. Async because .xlsx reading is.
 * Throws ImportError for anything it refuses; everything doubtful but readable becomes a warning.
 */
export async function importDocument(input: ImportInput): Promise<ImportResult> {
  const limits = uploadLimits(input.limits);
  const extension = extname(input.filename).toLowerCase();
  switch (extension) {
    case '.txt':
    case '.text':
      return importText(decodeDocument(input.bytes, limits.maxBytes));
    case '.csv':
      checkSize(input.bytes, limits.maxBytes);
      return checkTemplate(readTemplateCsv(input.bytes, limits));
    case '.xlsx':
      checkSize(input.bytes, limits.maxBytes);
      return checkTemplate(await readTemplateXlsx(input.bytes, limits));
    default:
      throw new ImportError(
        'UNKNOWN_LAYOUT',
        `cannot import "${input.filename}": expected a document as text (.txt) or the spreadsheet template (.xlsx, .csv)`,
      );
  }
}

function checkTemplate(documents: ReturnType<typeof readTemplateCsv>): ImportResult {
  if (documents.length === 0) throw new ImportError('EMPTY_FILE', 'the template has a header row but no data rows');
  return { documents: documents.map(checkProjectDocument) };
}
