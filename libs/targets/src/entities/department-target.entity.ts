import { Decimal } from '@jixiao/decimal';
import { moneyColumn } from '@jixiao/database';
import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { Department } from './department.entity';
import { DepartmentIndicator } from './department-indicator.entity';
import { DepartmentTask } from './department-task.entity';

/** 部门整体支出绩效目标表: a department's budget, goal, tasks and indicators for one year. */
@Entity()
@Index('uq_department_target_year', ['departmentId', 'fiscalYear'], { unique: true })
export class DepartmentTarget {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'int' })
  fiscalYear!: number;

  /** 资金总额 */
  @Column({ ...moneyColumn, nullable: true })
  budget!: Decimal | null;

  /** 财政拨款 */
  @Column({ ...moneyColumn, nullable: true })
  fiscalBudget!: Decimal | null;

  /** 其他资金 */
  @Column({ ...moneyColumn, nullable: true })
  otherBudget!: Decimal | null;

  /** 年度总体目标 */
  @Column({ type: 'text', nullable: true })
  goal!: string | null;

  @OneToMany(() => DepartmentTask, (task) => task.departmentTarget)
  tasks?: Relation<DepartmentTask[]>;

  @OneToMany(() => DepartmentIndicator, (indicator) => indicator.departmentTarget)
  indicators?: Relation<DepartmentIndicator[]>;
}
