import { MigrationInterface, QueryRunner } from 'typeorm';

export class ReminderTables1795345885684 implements MigrationInterface {
  name = 'ReminderTables1795345885684';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "reminder_calendar" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "department_id" uuid NOT NULL,
                "year" integer NOT NULL,
                "time_zone" character varying(64) NOT NULL DEFAULT 'Asia/Shanghai',
                "deadlines" jsonb NOT NULL,
                "lead_days" integer array NOT NULL,
                "escalation_days" integer NOT NULL,
                "version" integer NOT NULL,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_reminder_calendar" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_calendar_year" ON "reminder_calendar" ("department_id", "year")
        `);
    await queryRunner.query(`
            CREATE TABLE "reminder_delivery" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "recipient_id" uuid NOT NULL,
                "item" character varying(200) NOT NULL,
                "period" character varying(64) NOT NULL,
                "kind" character varying(20) NOT NULL,
                "channel" character varying(10) NOT NULL,
                "status" character varying(10) NOT NULL,
                "message" jsonb NOT NULL,
                "attempts" integer NOT NULL DEFAULT '1',
                "error" text,
                "claimed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_reminder_delivery" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_delivery_status" ON "reminder_delivery" ("status", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminder_delivery_inbox" ON "reminder_delivery" ("recipient_id", "channel", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminder_delivery_key" ON "reminder_delivery" (
                "recipient_id",
                "item",
                "period",
                "kind",
                "channel"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "reminder_preference" (
                "user_id" uuid NOT NULL,
                "channels" character varying(10) array NOT NULL,
                "email" character varying(254),
                "webhook_url" text,
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "pk_reminder_preference" PRIMARY KEY ("user_id")
            )
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DROP TABLE "reminder_preference"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reminder_delivery_key"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_delivery_inbox"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminder_delivery_status"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder_delivery"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reminder_calendar_year"
        `);
    await queryRunner.query(`
            DROP TABLE "reminder_calendar"
        `);
  }
}
