import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A flag's answer: beside the measure category (继续执行 / 调剂 / 取消), the 整改措施 in the unit's own
 * words — what it will do about the shortfall. Null on flags answered before.
 */
export class FlagCorrectiveAction1796170200000 implements MigrationInterface {
  name = 'FlagCorrectiveAction1796170200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "execution_flag" ADD "corrective_action" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "execution_flag" DROP COLUMN "corrective_action"`);
  }
}
