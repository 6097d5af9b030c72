export * from './app-config';
export * from './import-limits';
