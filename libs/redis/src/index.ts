export * from './redis-connection';
export * from './throttled-log';
