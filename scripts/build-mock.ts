import { cpSync } from 'node:fs';
import { build } from 'esbuild';

/**
 * `portal-elements/mock` and `portal-elements/mock/browser` as plain ES modules for Node and
 * bundlers; msw, zod and standardwebhooks stay imports (optional peer dependencies).
 */
const common = {
  bundle: true,
  format: 'esm' as const,
  target: 'es2022',
  sourcemap: true,
  external: ['msw', 'msw/*', 'zod', 'standardwebhooks', 'node:*'],
  tsconfig: 'tsconfig.json',
  logLevel: 'warning' as const,
};
await build({
  ...common,
  entryPoints: { index: 'mock-server/public.ts' },
  platform: 'node',
  outdir: 'dist/mock',
});
await build({
  ...common,
  entryPoints: { browser: 'mock-server/browser.ts' },
  platform: 'browser',
  outdir: 'dist/mock',
});
// The stand-in card embed page, read from beside the bundle (`mock-server/embed-pages.ts`).
cpSync('mock-server/embed', 'dist/mock/embed', { recursive: true });
