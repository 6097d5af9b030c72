export * from './config.module';
// Before database.module: its schema loads the feature modules, whose controllers use the interceptor
// in decorators while this index is still being evaluated.
export * from './file-upload.interceptor';
export * from './database.module';
export * from './domain-error';
export * from './domain-error.filter';
export * from './logger.module';
export * from './schema';
export * from './validation.pipe';
