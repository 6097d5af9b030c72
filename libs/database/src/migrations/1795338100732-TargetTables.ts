import { MigrationInterface, QueryRunner } from 'typeorm';

export class TargetTables1795338100732 implements MigrationInterface {
  name = 'TargetTables1795338100732';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "department" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "code" character varying(32),
                "name" character varying(200) NOT NULL,
                "natural_key" character varying(200) NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_department" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_department_key" ON "department" ("natural_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "budget_unit" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "code" character varying(32),
                "name" character varying(200) NOT NULL,
                "natural_key" character varying(200) NOT NULL,
                CONSTRAINT "pk_budget_unit" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_budget_unit_key" ON "budget_unit" ("department_id", "natural_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "department_task" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_target_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "name" text NOT NULL,
                "content" text NOT NULL,
                "budget" numeric(16, 2),
                CONSTRAINT "pk_department_task" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "department_target" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "fiscal_year" integer NOT NULL,
                "budget" numeric(16, 2),
                "fiscal_budget" numeric(16, 2),
                "other_budget" numeric(16, 2),
                "goal" text,
                CONSTRAINT "pk_department_target" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_department_target_year" ON "department_target" ("department_id", "fiscal_year")
        `);
    await queryRunner.query(`
            CREATE TABLE "department_indicator" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_target_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "level1" character varying(100) NOT NULL,
                "level2" character varying(100) NOT NULL,
                "level3" text NOT NULL,
                "explanation" text,
                "operator" character varying(8),
                "target_kind" character varying(16) NOT NULL,
                "target_amount" numeric(20, 6),
                "target_text" text NOT NULL,
                "target" jsonb NOT NULL,
                "unit" character varying(40),
                "weight" numeric(7, 2),
                "direction" character varying(10) NOT NULL,
                "printed_text" text NOT NULL,
                "source_line" integer,
                CONSTRAINT "pk_department_indicator" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "import_batch" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "filename" text NOT NULL,
                "sha256" character(64) NOT NULL,
                "status" character varying(16) NOT NULL,
                "report" jsonb NOT NULL,
                "payload" jsonb,
                "changes" jsonb,
                "created_by" uuid,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "committed_at" TIMESTAMP WITH TIME ZONE,
                CONSTRAINT "pk_import_batch" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "project" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "unit_id" uuid,
                "fiscal_year" integer NOT NULL,
                "code" character varying(40),
                "name" text NOT NULL,
                "natural_key" text NOT NULL,
                "category" character varying(10),
                "budget" numeric(16, 2),
                "fiscal_budget" numeric(16, 2),
                "other_budget" numeric(16, 2),
                "goal" text,
                "competent_department" text,
                "implementing_unit" text,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_project" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_project_unit_year" ON "project" ("unit_id", "fiscal_year")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_project_key" ON "project" ("department_id", "fiscal_year", "natural_key")
        `);
    await queryRunner.query(`
            CREATE TABLE "indicator" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "project_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "level1" character varying(100) NOT NULL,
                "level2" character varying(100) NOT NULL,
                "level3" text NOT NULL,
                "explanation" text,
                "operator" character varying(8),
                "target_kind" character varying(16) NOT NULL,
                "target_amount" numeric(20, 6),
                "target_text" text NOT NULL,
                "target" jsonb NOT NULL,
                "unit" character varying(40),
                "weight" numeric(7, 2),
                "direction" character varying(10) NOT NULL,
                "printed_text" text NOT NULL,
                "source_line" integer,
                CONSTRAINT "pk_indicator" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_indicator_position" ON "indicator" ("project_id", "position")
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_unit"
            ADD CONSTRAINT "FK_25983ffc4de7fefbd7c2960135d" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "department_task"
            ADD CONSTRAINT "FK_c06974f4dd411fc82a0f649ecfc" FOREIGN KEY ("department_target_id") REFERENCES "department_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "department_target"
            ADD CONSTRAINT "FK_e4bee7a4dd7bb86d7a3e4d42c48" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "department_indicator"
            ADD CONSTRAINT "FK_9b23a2d0d649c047251b72f2506" FOREIGN KEY ("department_target_id") REFERENCES "department_target"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_3841f0702bb3021e8b88bc8915f" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "project"
            ADD CONSTRAINT "FK_c771fec295fbb2cb690e12ca88d" FOREIGN KEY ("unit_id") REFERENCES "budget_unit"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "indicator"
            ADD CONSTRAINT "FK_df7b34e93425800f64d6dbdeebc" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "indicator" DROP CONSTRAINT "FK_df7b34e93425800f64d6dbdeebc"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_c771fec295fbb2cb690e12ca88d"
        `);
    await queryRunner.query(`
            ALTER TABLE "project" DROP CONSTRAINT "FK_3841f0702bb3021e8b88bc8915f"
        `);
    await queryRunner.query(`
            ALTER TABLE "department_indicator" DROP CONSTRAINT "FK_9b23a2d0d649c047251b72f2506"
        `);
    await queryRunner.query(`
            ALTER TABLE "department_target" DROP CONSTRAINT "FK_e4bee7a4dd7bb86d7a3e4d42c48"
        `);
    await queryRunner.query(`
            ALTER TABLE "department_task" DROP CONSTRAINT "FK_c06974f4dd411fc82a0f649ecfc"
        `);
    await queryRunner.query(`
            ALTER TABLE "budget_unit" DROP CONSTRAINT "FK_25983ffc4de7fefbd7c2960135d"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_indicator_position"
        `);
    await queryRunner.query(`
            DROP TABLE "indicator"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_project_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_project_unit_year"
        `);
    await queryRunner.query(`
            DROP TABLE "project"
        `);
    await queryRunner.query(`
            DROP TABLE "import_batch"
        `);
    await queryRunner.query(`
            DROP TABLE "department_indicator"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_department_target_year"
        `);
    await queryRunner.query(`
            DROP TABLE "department_target"
        `);
    await queryRunner.query(`
            DROP TABLE "department_task"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_budget_unit_key"
        `);
    await queryRunner.query(`
            DROP TABLE "budget_unit"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_department_key"
        `);
    await queryRunner.query(`
            DROP TABLE "department"
        `);
  }
}
