import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 分值/权重 belong to the targets: an evaluation copies them from the project's indicators and only a
 * manager corrects one, with a reason kept on the row (and in the audit log). Null: the target's weight.
 */
export class EvaluationRowWeightReason1796170000000 implements MigrationInterface {
  name = 'EvaluationRowWeightReason1796170000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_row" ADD "weight_reason" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "evaluation_row" DROP COLUMN "weight_reason"`);
  }
}
