import { PageView } from '@jixiao/platform';
import { ApiProperty } from '@nestjs/swagger';
import type { ImportReport } from './target-import.service';
import type { ImportChanges } from './import-changes';

/** 导入批次 in a list: no report, no changes (they can be large). */
export class ImportBatchSummary {
  id!: string;
  /** @example "乐山市医疗保障局2024年项目支出绩效目标表.txt" */
  filename!: string;
  sha256!: string;
  status!: 'previewed' | 'committed';
  /** who uploaded it */
  createdBy!: string | null;
  createdAt!: Date;
  committedAt!: Date | null;
}

/** An import batch with what the parser read (report) and, once committed, what changed. */
export class ImportBatchView extends ImportBatchSummary {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: '解析报告: documents (projects, indicators, stated totals) and warnings naming lines, as `npm run cli -- import --dry-run --json` prints it',
  })
  report!: ImportReport;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    nullable: true,
    description: '变更: `{ unchanged, summary: {created, updated, unchanged, missing}, documents: [...] }` once committed',
  })
  changes!: ImportChanges | null;
}

export class ImportBatchPage extends PageView {
  items!: ImportBatchSummary[];
}
