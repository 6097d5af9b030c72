// First: decorators and views the feature modules use while the database module below loads them (cycle).
export * from './api-responses.decorator';
export * from './error-body.view';
export * from './page.view';
export * from './config.module';
export * from './database.module';
export * from './domain-error';
export * from './domain-error.filter';
export * from './logger.module';
export * from './schema';
export * from './validation.pipe';
