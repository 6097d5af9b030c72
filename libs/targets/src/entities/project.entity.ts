import { Decimal } from '@jixiao/decimal';
import { moneyColumn } from '@jixiao/database';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
  Relation,
} from 'typeorm';
import { BudgetUnit } from './budget-unit.entity';
import { Department } from './department.entity';
import { Indicator } from './indicator.entity';

/**
 * 项目: a funded line of spending for one fiscal year, with its target table.
 * Identified by (department, year, unit, code or name) — `naturalKey` holds `unitKey|code-or-name`.
 */
@Entity()
@Index('uq_project_key', ['departmentId', 'fiscalYear', 'naturalKey'], { unique: true })
@Index('ix_project_unit_year', ['unitId', 'fiscalYear'])
export class Project {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => BudgetUnit, { onDelete: 'SET NULL' })
  @JoinColumn()
  unit?: Relation<BudgetUnit> | null;

  @Column({ type: 'int' })
  fiscalYear!: number;

  @Column({ type: 'varchar', length: 40, nullable: true })
  code!: string | null;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  naturalKey!: string;

  /** 人员类 / 运转类 / 特定目标类 */
  @Column({ type: 'varchar', length: 10, nullable: true })
  category!: string | null;

  /** 预算数 / 年度资金总额, 万元 */
  @Column({ ...moneyColumn, nullable: true })
  budget!: Decimal | null;

  /** 财政拨款 */
  @Column({ ...moneyColumn, nullable: true })
  fiscalBudget!: Decimal | null;

  /** 其他资金 */
  @Column({ ...moneyColumn, nullable: true })
  otherBudget!: Decimal | null;

  /** 年度目标 */
  @Column({ type: 'text', nullable: true })
  goal!: string | null;

  /** 主管部门 */
  @Column({ type: 'text', nullable: true })
  competentDepartment!: string | null;

  /** 实施单位 */
  @Column({ type: 'text', nullable: true })
  implementingUnit!: string | null;

  @OneToMany(() => Indicator, (indicator) => indicator.project)
  indicators?: Relation<Indicator[]>;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
