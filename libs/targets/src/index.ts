export * from './entities';
export * from './targets.module';
export * from './imports/target-import.service';
export * from './imports/import-changes';
export * from './imports/import-options';
export * from './projects/project-export.service';
export * from './imports/import-writer';
export type { DocumentTarget } from './imports/import-departments';
