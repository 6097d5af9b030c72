import { AppConfig } from './app-config';

/** The IMPORT_* settings as the importers' UploadLimits (libs/importers), for every upload route and the CLI. */
export function importLimits(config: AppConfig) {
  return {
    maxBytes: config.IMPORT_MAX_BYTES,
    maxInflatedBytes: config.IMPORT_MAX_INFLATED_BYTES,
    maxCompressionRatio: config.IMPORT_MAX_COMPRESSION_RATIO,
    maxRows: config.IMPORT_MAX_ROWS,
    maxLineChars: config.IMPORT_MAX_LINE_CHARS,
  };
}
