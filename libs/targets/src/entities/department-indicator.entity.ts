import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { DepartmentTarget } from './department-target.entity';
import { IndicatorSpec } from './indicator-spec.embedded';

/** An indicator of the department-wide targets (部门整体绩效指标). */
@Entity()
export class DepartmentIndicator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentTargetId!: string;

  @ManyToOne(() => DepartmentTarget, (target) => target.indicators, { onDelete: 'CASCADE' })
  @JoinColumn()
  departmentTarget?: Relation<DepartmentTarget>;

  @Column({ type: 'int' })
  position!: number;

  @Column(() => IndicatorSpec, { prefix: false })
  spec!: IndicatorSpec;
}
