import { ExceededLimit } from '../imported-document';
import { formatMegabytes } from './upload-limits';

/** The limit a refused upload went over, in Chinese for the API's message (e.g. 「解压后不得超过 100.0 MB」). */
export function limitMessage(limit: ExceededLimit): string {
  switch (limit.name) {
    case 'maxBytes':
      return `文件不得超过 ${formatMegabytes(limit.value)}（${limit.value} 字节）`;
    case 'maxInflatedBytes':
      return `电子表格解压后不得超过 ${formatMegabytes(limit.value)}（${limit.value} 字节）`;
    case 'maxCompressionRatio':
      return `电子表格的压缩比不得超过 ${limit.value} 倍`;
    case 'maxRows':
      return `表格不得超过 ${limit.value} 行`;
    case 'maxLineChars':
      return `表格的一行不得超过 ${limit.value} 个字符`;
  }
}
