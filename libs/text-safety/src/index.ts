export * from './unsafe-text';
export * from './invisible-characters';
