import { CliCommand } from '../cli-command';
import { createAdminCommand } from './create-admin.command';
import { demoCommand } from './demo.command';
import { importCommand } from './import.command';
import { migrateCommand } from './migrate.command';
import { scoreCommand } from './score.command';

export const COMMANDS: CliCommand[] = [importCommand, scoreCommand, migrateCommand, createAdminCommand, demoCommand];
