import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 一级/二级指标 as printed, beside the catalogue names in level1/level2 (`可持续发展指标` read as
 * `可持续影响指标`). Null where the printed name is the catalogue name, which is also what rows imported
 * before this migration get: their printed names were not kept.
 */
export class IndicatorPrintedLevels1796155934702 implements MigrationInterface {
  name = 'IndicatorPrintedLevels1796155934702';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['indicator', 'department_indicator']) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD "level1_printed" character varying(100)`);
      await queryRunner.query(`ALTER TABLE "${table}" ADD "level2_printed" character varying(100)`);
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['department_indicator', 'indicator']) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "level2_printed"`);
      await queryRunner.query(`ALTER TABLE "${table}" DROP COLUMN "level1_printed"`);
    }
  }
}
