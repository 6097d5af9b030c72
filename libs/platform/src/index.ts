export * from './config.module';
export * from './database.module';
export * from './domain-error';
export * from './domain-error.filter';
export * from './logger.module';
export * from './schema';
export * from './validation.pipe';
export * from './file-upload.interceptor';
