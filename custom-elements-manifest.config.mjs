/** `npm run build` writes custom-elements.json from the elements' JSDoc (@fires, @csspart, …). */
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/api/types.ts'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
