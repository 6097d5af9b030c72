import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { Department } from './department.entity';

/** 单位: a budget unit inside a department, e.g. `315001 乐山市医疗保障局机关`. */
@Entity()
@Index('uq_budget_unit_key', ['departmentId', 'naturalKey'], { unique: true })
export class BudgetUnit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne(() => Department, { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'varchar', length: 32, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 200 })
  naturalKey!: string;
}
