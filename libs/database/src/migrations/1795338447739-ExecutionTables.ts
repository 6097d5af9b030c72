import { MigrationInterface, QueryRunner } from 'typeorm';

export class ExecutionTables1795338447739 implements MigrationInterface {
  name = 'ExecutionTables1795338447739';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "execution_flag" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "subject" character varying(16) NOT NULL,
                "subject_id" uuid NOT NULL,
                "department_id" uuid NOT NULL,
                "unit_id" uuid,
                "project_id" uuid,
                "fiscal_year" integer NOT NULL,
                "code" character varying(20) NOT NULL,
                "severity" character varying(10) NOT NULL,
                "colour" character varying(6) NOT NULL,
                "rate" numeric(9, 1),
                "message" text NOT NULL,
                "figures" jsonb NOT NULL,
                "status" character varying(10) NOT NULL,
                "reason" text,
                "measure" character varying(10),
                "answered_by" uuid,
                "answered_at" TIMESTAMP WITH TIME ZONE,
                "closed_by" uuid,
                "closed_at" TIMESTAMP WITH TIME ZONE,
                "closing_note" text,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_execution_flag" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_execution_flag_project" ON "execution_flag" ("project_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_execution_flag_department" ON "execution_flag" ("department_id", "fiscal_year", "status")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_execution_flag_current" ON "execution_flag" ("subject_id", "fiscal_year", "code")
            WHERE "status" <> 'closed'
        `);
    await queryRunner.query(`
            CREATE TABLE "execution_record" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "as_of" date NOT NULL,
                "executed" numeric(16, 2) NOT NULL,
                "adjusted_budget" numeric(16, 2),
                "reason" text,
                "source" character varying(20) NOT NULL,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_execution_record" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_execution_record_day" ON "execution_record" ("project_id", "as_of")
        `);
    await queryRunner.query(`
            CREATE TABLE "monitoring_rule_set" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "fiscal_year" integer NOT NULL,
                "rule_set" jsonb NOT NULL,
                "updated_by" uuid,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_monitoring_rule_set" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_monitoring_rule_set_year" ON "monitoring_rule_set" ("department_id", "fiscal_year")
        `);
    await queryRunner.query(`
            ALTER TABLE "execution_flag"
            ADD CONSTRAINT "FK_c6da1c6607d271f94d13a4986d0" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "execution_flag"
            ADD CONSTRAINT "FK_97cd6202e4db6410f4e2e9909c5" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "execution_record"
            ADD CONSTRAINT "FK_ce898bae37f4005500846e0548f" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "monitoring_rule_set"
            ADD CONSTRAINT "FK_bf90bad64fdc0c894faa63c5733" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "monitoring_rule_set" DROP CONSTRAINT "FK_bf90bad64fdc0c894faa63c5733"
        `);
    await queryRunner.query(`
            ALTER TABLE "execution_record" DROP CONSTRAINT "FK_ce898bae37f4005500846e0548f"
        `);
    await queryRunner.query(`
            ALTER TABLE "execution_flag" DROP CONSTRAINT "FK_97cd6202e4db6410f4e2e9909c5"
        `);
    await queryRunner.query(`
            ALTER TABLE "execution_flag" DROP CONSTRAINT "FK_c6da1c6607d271f94d13a4986d0"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_monitoring_rule_set_year"
        `);
    await queryRunner.query(`
            DROP TABLE "monitoring_rule_set"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_execution_record_day"
        `);
    await queryRunner.query(`
            DROP TABLE "execution_record"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_execution_flag_current"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_execution_flag_department"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_execution_flag_project"
        `);
    await queryRunner.query(`
            DROP TABLE "execution_flag"
        `);
  }
}
