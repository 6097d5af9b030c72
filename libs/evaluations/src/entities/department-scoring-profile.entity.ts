import type { ProfileSettings, ScoringProfileId } from '@jixiao/scoring';
// Type-only, relations by entity name: loading this file must not load the targets module.
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
  VersionColumn,
} from 'typeorm';

/**
 * 评分口径: the scoring profile a department chose for a year, with its settings (defaults filled in).
 * New evaluations of that department and year are scored with it; each evaluation stores its own copy.
 */
@Entity()
@Index('uq_department_scoring_profile_year', ['departmentId', 'year'], { unique: true })
export class DepartmentScoringProfile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  departmentId!: string;

  @ManyToOne('Department', { onDelete: 'CASCADE' })
  @JoinColumn()
  department?: Relation<Department>;

  @Column({ type: 'int' })
  year!: number;

  /** jinkouhe | standard */
  @Column({ type: 'varchar', length: 20 })
  profileId!: ScoringProfileId;

  @Column({ type: 'jsonb' })
  settings!: ProfileSettings;

  @Column({ type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @VersionColumn()
  version!: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
