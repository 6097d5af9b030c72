// First: decorators and views the feature modules use while the database module below loads them (cycle).
export * from './api-responses.decorator';
export * from './error-body.view';
export * from './page.view';
export * from './config.module';
// Before database.module: its schema loads the feature modules, whose controllers use the interceptor
// in decorators while this index is still being evaluated.
export * from './file-upload.interceptor';
export * from './database.module';
export * from './domain-error';
export * from './domain-error.filter';
export * from './json-body';
export * from './library-error.mapping';
export * from './logger.module';
export * from './no-store.middleware';
export * from './schema';
export * from './text-boundary.pipe';
export * from './value-bounds.pipe';
export * from './validation.pipe';
