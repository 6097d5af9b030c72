import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 文件所列合计 (stated_total, libs/targets): the department and unit totals the imported documents state
 * for their projects, written by the import commit; the execution flags reconcile project budgets with them.
 */
export class StatedTotals1796164381487 implements MigrationInterface {
  name = 'StatedTotals1796164381487';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "stated_total" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "fiscal_year" integer NOT NULL,
                "unit_id" uuid,
                "projects" integer,
                "budget" numeric(16, 2) NOT NULL,
                "source" character varying(8) NOT NULL,
                "source_line" integer,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_stated_total" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_stated_total_unit" ON "stated_total" ("department_id", "fiscal_year", "unit_id")
            WHERE "unit_id" IS NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_stated_total_department" ON "stated_total" ("department_id", "fiscal_year")
            WHERE "unit_id" IS NULL
        `);
    await queryRunner.query(`
            ALTER TABLE "stated_total"
            ADD CONSTRAINT "FK_2ef5d57fd4f18e877a86dd34724" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "stated_total"
            ADD CONSTRAINT "FK_dcd8170ee72d39e84c0ccb70053" FOREIGN KEY ("unit_id") REFERENCES "budget_unit"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stated_total"`);
  }
}
