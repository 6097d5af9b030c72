import { Decimal } from '@jixiao/decimal';
import { moneyColumn } from '@jixiao/database';
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
import { BudgetUnit } from './budget-unit.entity';
import { Department } from './department.entity';

/** `import`: read from a published document at commit; `entered`: typed in by a manager. */
export type StatedTotalSource = 'import' | 'entered';

/**
 * 文件所列合计: a total a department's documents state for its projects of one year, for the department
 * (unit null: `开展绩效管理的项目 27 个，涉及预算 1672.81 万元`) or one unit (Leshan's 部门收入总表:
 * `315001 乐山市医疗保障局机关 782.20`). Kept as printed; the execution flags reconcile the projects'
 * budgets against them (UNRECONCILED). One row per department, year and unit.
 */
@Entity()
@Index('uq_stated_total_department', ['departmentId', 'fiscalYear'], {
  unique: true,
  where: '"unit_id" IS NULL',
})
@Index('uq_stated_total_unit', ['departmentId', 'fiscalYear', 'unitId'], {
  unique: true,
  where: '"unit_id" IS NOT NULL',
})
export class StatedTotal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'int' })
  fiscalYear!: number;

  /** Null: the department's own total. */
  @Column({ type: 'uuid', nullable: true })
  unitId!: string | null;

  @ManyToOne(() => BudgetUnit, { onDelete: 'CASCADE' })
  @JoinColumn()
  unit?: Relation<BudgetUnit> | null;

  /** How many projects the statement counts, where it does. */
  @Column({ type: 'int', nullable: true })
  projects!: number | null;

  /** 万元, as printed. */
  @Column({ ...moneyColumn })
  budget!: Decimal;

  @Column({ type: 'varchar', length: 8 })
  source!: StatedTotalSource;

  /** 1-based line of the statement in the imported document. */
  @Column({ type: 'int', nullable: true })
  sourceLine!: number | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
