import { defineConfig, type Plugin, type ViteDevServer } from 'vite';
import type { NodeListener } from './mock-server/node.js';

/**
 * `npm start`: the demo page and, on the same port, the mock API answered by the same MSW
 * handlers the browser worker and `npm run mock` use. One process, no other setup.
 */
function mockApi(): Plugin {
  let listener: Promise<NodeListener> | undefined;
  const load = async (server: ViteDevServer): Promise<NodeListener> => {
    const { createMockApi } = (await server.ssrLoadModule(
      '/mock-server/index.ts',
    )) as typeof import('./mock-server/index.js');
    const { toNodeListener } = (await server.ssrLoadModule(
      '/mock-server/node.ts',
    )) as typeof import('./mock-server/node.js');
    const rateLimit = (process.env.MOCK_RATE_LIMIT ?? 'relaxed') as 'polar' | 'relaxed' | 'off';
    const codeAlphabet = (process.env.MOCK_CODE_ALPHABET ?? 'digits') as 'digits' | 'polar';
    return toNodeListener(createMockApi({ rateLimit, codeAlphabet }).handlers);
  };
  return {
    name: 'portal-mock-api',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        // Filter before touching the request: Vite's own requests must pass untouched.
        if (!/^\/(v1|__dev|__files)\//.test(req.url ?? '')) return next();
        listener ??= load(server); // one mock, so its state lives as long as the dev server
        listener.then((listen) => listen(req, res, next)).catch(next); // a broken mock shows Vite's error page
      });
    },
  };
}

/** One ES module per element for npm users; Lit and the other dependencies stay imports. */
export const ESM_ENTRIES = {
  index: 'src/index.ts',
  classes: 'src/classes.ts',
  login: 'src/elements/portal-login/define.ts',
  subscriptions: 'src/elements/portal-subscriptions/define.ts',
  seats: 'src/elements/portal-seats/define.ts',
  orders: 'src/elements/portal-orders/define.ts',
  customer: 'src/elements/portal-customer/define.ts',
  benefits: 'src/elements/portal-benefits/define.ts',
  portal: 'src/elements/customer-portal/define.ts',
};

const external = (id: string) => /^(lit|@lit\/|@shoelace-style\/)/.test(id);

export default defineConfig(({ mode }) => ({
  plugins: [mockApi()],
  publicDir: 'public', // serves /mockServiceWorker.js at the origin root
  server: { open: process.env.CI ? false : '/demo/' },
  build:
    mode === 'esm'
      ? {
          target: 'es2022',
          outDir: 'dist/esm',
          lib: {
            entry: ESM_ENTRIES,
            formats: ['es' as const],
            fileName: (_: string, name: string) => `${name}.js`,
          },
          rollupOptions: { external },
          copyPublicDir: false,
          sourcemap: true,
        }
      : {
          // The script-tag bundle: every element and Lit in one classic script, which also
          // loads as `<script type="module">` (an IIFE has no imports or exports).
          target: 'es2022',
          outDir: 'dist/cdn',
          lib: {
            entry: 'src/index.ts',
            name: 'PortalElements',
            formats: ['iife' as const],
            fileName: () => 'portal-elements.js',
          },
          copyPublicDir: false,
          sourcemap: true,
        },
}));
