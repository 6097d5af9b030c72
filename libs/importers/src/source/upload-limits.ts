/**
 * What an uploaded file may cost to read. The API passes the configured values (IMPORT_* settings);
 * the defaults serve the CLI and tests. A file over any of them is refused with LIMIT_EXCEEDED
 * before it is read further, so memory stays bounded whatever the file claims about itself.
 */
export interface UploadLimits {
  /** Bytes of the file as uploaded. */
  maxBytes: number;
  /** Bytes a spreadsheet (a ZIP) inflates to, all its parts together, counted while inflating. */
  maxInflatedBytes: number;
  /** Inflated bytes per compressed byte of one part of a spreadsheet (checked past the first MiB). */
  maxCompressionRatio: number;
  /** Rows of a worksheet, records of a CSV file. */
  maxRows: number;
  /** Characters of one CSV record (a quote never closed would otherwise swallow the whole file). */
  maxLineChars: number;
}

/** 50 MB: far above any published budget document (the seeds are 30–70 KB), low enough to refuse a wrong file fast. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  maxBytes: DEFAULT_MAX_BYTES,
  maxInflatedBytes: 100 * 1024 * 1024,
  maxCompressionRatio: 100,
  maxRows: 100_000,
  maxLineChars: 65_536,
};

export function uploadLimits(limits: Partial<UploadLimits> = {}): UploadLimits {
  return { ...DEFAULT_UPLOAD_LIMITS, ...limits };
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
