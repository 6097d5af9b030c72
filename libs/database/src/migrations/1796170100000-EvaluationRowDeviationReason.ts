import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 偏离原因 per indicator row: why an actual lies far above its target (偏离度 ≥ the profile's threshold).
 * Writing it clears the OVER_ACHIEVED finding, as 扣分原因分析 clears REASON_MISSING.
 */
export class EvaluationRowDeviationReason1796170100000 implements MigrationInterface {
  name = 'EvaluationRowDeviationReason1796170100000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_row" ADD "deviation_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_row" DROP COLUMN "deviation_reason"`);
  }
}
