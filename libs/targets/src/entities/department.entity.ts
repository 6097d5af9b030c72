import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** 部门: a department such as `315 乐山市医疗保障局`. Identified by its code, or by its name where none is printed. */
@Entity()
@Index('uq_department_key', ['naturalKey'], { unique: true })
export class Department {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 32, nullable: true })
  code!: string | null;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** code when printed, else name: what a re-import matches on. */
  @Column({ type: 'varchar', length: 200 })
  naturalKey!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
