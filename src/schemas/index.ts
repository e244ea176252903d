export * from './common.ts';
export * from './model.ts';
export * from './provider.ts';
export * from './family.ts';
export * from './benchmark.ts';
export * from './source.ts';
export * from './enums.ts';
