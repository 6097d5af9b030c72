import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 评分口径 per department and year (department_scoring_profile, libs/evaluations), and evaluation_row.weight
 * nullable: a project whose indicators publish no 分值/权重 (Lanshan) still gets an evaluation, unscored
 * until staff enter the weights.
 */
export class DepartmentScoringProfiles1796155734771 implements MigrationInterface {
  name = 'DepartmentScoringProfiles1796155734771';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "department_scoring_profile" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "profile_id" character varying(20) NOT NULL,
                "settings" jsonb NOT NULL,
                "updated_by" uuid,
                "version" integer NOT NULL,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_department_scoring_profile" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_department_scoring_profile_year" ON "department_scoring_profile" ("department_id", "year")
        `);
    await queryRunner.query(`
            ALTER TABLE "department_scoring_profile"
            ADD CONSTRAINT "FK_d0a49359e95bcfbc090cf1b6445" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "evaluation_row"
            ALTER COLUMN "weight" DROP NOT NULL
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Fails while a row has no weight: enter the weights (or delete those evaluations) first.
    await queryRunner.query(`
            ALTER TABLE "evaluation_row"
            ALTER COLUMN "weight"
            SET NOT NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "department_scoring_profile" DROP CONSTRAINT "FK_d0a49359e95bcfbc090cf1b6445"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_department_scoring_profile_year"
        `);
    await queryRunner.query(`
            DROP TABLE "department_scoring_profile"
        `);
  }
}
