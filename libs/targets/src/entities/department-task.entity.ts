import { Decimal } from '@jixiao/decimal';
import { moneyColumn } from '@jixiao/database';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { DepartmentTarget } from './department-target.entity';

/** 年度主要任务: a task (任务名称 / 主要内容) of the department-wide targets. */
@Entity()
export class DepartmentTask {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentTargetId!: string;

  @ManyToOne(() => DepartmentTarget, (target) => target.tasks, { onDelete: 'CASCADE' })
  @JoinColumn()
  departmentTarget?: Relation<DepartmentTarget>;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  content!: string;

  @Column({ ...moneyColumn, nullable: true })
  budget!: Decimal | null;
}
