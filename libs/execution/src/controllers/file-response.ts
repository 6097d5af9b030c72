import { StreamableFile } from '@nestjs/common';
import { Response } from 'express';
import { CONTENT_TYPES, TableFormat } from '../spreadsheet/table-file';

/** A spreadsheet download. */
export function file(res: Response, bytes: Buffer, format: TableFormat, name: string): StreamableFile {
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.setHeader('Content-Disposition', `attachment; filename="${name}.${format}"`);
  return new StreamableFile(bytes);
}
