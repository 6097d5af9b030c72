import { RuleSet } from '@jixiao/monitoring';
// Type-only, and relations by entity name: loading this file must not load the targets module
// (and through it the platform's entity list, which imports this file).
import type { Department } from '@jixiao/targets';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';

/** 执行监控规则: the rule set (libs/monitoring `RuleSet`, as JSON) a department uses for one fiscal year. */
@Entity()
@Index('uq_monitoring_rule_set_year', ['departmentId', 'fiscalYear'], { unique: true })
export class MonitoringRuleSet {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne('Department', { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'jsonb' })
  ruleSet!: RuleSet;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
