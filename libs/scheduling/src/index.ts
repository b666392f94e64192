export * from './lib/document';
export * from './lib/time';
export * from './lib/model';
export * from './lib/solve';
export * from './lib/rotation';
export * from './lib/check';
export * from './lib/explain';
export * from './lib/random';
