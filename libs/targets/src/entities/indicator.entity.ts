import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Relation } from 'typeorm';
import { IndicatorSpec } from './indicator-spec.embedded';
import { Project } from './project.entity';

/** 绩效指标: one row of a project's target table, in printed order. */
@Entity()
@Index('uq_indicator_position', ['projectId', 'position'], { unique: true })
export class Indicator {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  projectId!: string;

  @ManyToOne(() => Project, (project) => project.indicators, { onDelete: 'CASCADE' })
  @JoinColumn()
  project?: Relation<Project>;

  /** 0-based order in the published table. */
  @Column({ type: 'int' })
  position!: number;

  @Column(() => IndicatorSpec, { prefix: false })
  spec!: IndicatorSpec;
}
