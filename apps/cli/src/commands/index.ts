import { CliCommand } from '../cli-command';
import { importCommand } from './import.command';
import { migrateCommand } from './migrate.command';

export const COMMANDS: CliCommand[] = [importCommand, migrateCommand];
