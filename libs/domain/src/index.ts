export * from './lib/helix';
export * from './lib/reference';
export * from './lib/roles';
export * from './lib/validation';
export * from './lib/marketplace';
