import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { Role } from '../auth/auth-user';

/**
 * 用户账号: one person, one account (等保: unique identification). Scope is held as id arrays:
 * a manager's departments, an evaluator's units (and, derived from them, their departments).
 */
@Entity()
@Index('uq_user_account_username', ['username'], { unique: true })
export class UserAccount {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Lower-case login name. */
  @Column({ type: 'varchar', length: 64 })
  username!: string;

  /** 姓名, shown in lists and the audit log. */
  @Column({ type: 'varchar', length: 100, default: '' })
  displayName!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: Role;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  departmentIds!: string[];

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  unitIds!: string[];

  /** argon2id hash (the encoded string carries its own salt and parameters). */
  @Column({ type: 'text' })
  passwordHash!: string;

  /** Set for a new or reset password: the account can only change it (and log out) until then. */
  @Column({ type: 'boolean', default: true })
  mustChangePassword!: boolean;

  @Column({ type: 'timestamptz' })
  passwordChangedAt!: Date;

  /** Consecutive failed logins since the last success or lockout. */
  @Column({ type: 'int', default: 0 })
  failedLogins!: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ type: 'boolean', default: false })
  disabled!: boolean;

  @VersionColumn()
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
