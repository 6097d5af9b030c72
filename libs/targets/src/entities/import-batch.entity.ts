import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One uploaded document: previewed (parsed, nothing written) and then committed in one transaction.
 * The report (counts, sums, warnings, and on commit what changed) is kept for the audit.
 */
@Entity()
export class ImportBatch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  filename!: string;

  /** sha256 of the bytes: the same document imported twice is recognised. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'varchar', length: 16 })
  status!: 'previewed' | 'committed';

  @Column({ type: 'jsonb' })
  report!: Record<string, unknown>;

  /** The parsed documents awaiting commit (cleared on commit). */
  @Column({ type: 'jsonb', nullable: true })
  payload!: Record<string, unknown> | null;

  @Column({ type: 'jsonb', nullable: true })
  changes!: Record<string, unknown> | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  committedAt!: Date | null;
}
