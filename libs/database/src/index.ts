export * from './data-source-options';
export * from './database-connection';
export * from './decimal.transformer';
export * from './embedded-postgres';
export * from './snake-naming.strategy';
