import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import vue from '@vitejs/plugin-vue';
import { defineConfig, type BuildOptions, type Plugin, type ViteDevServer } from 'vite';
import { EMBED_FILES } from './mock-server/embed-pages.js';
import type { NodeListener } from './mock-server/node-listener.js';
import { ESM_ENTRIES } from './scripts/esm-entries.js';

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
      '/mock-server/node-listener.ts',
    )) as typeof import('./mock-server/node-listener.js');
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
        // Polar's API and the mock's own routes, and the pages that stand in for Polar's front
        // end: the email-change link's (`mock-server/pages/verify-email.ts`) and the card embed.
        if (
          !/^\/(v1|__dev|__files|embed)\/|^\/[^/?]+\/portal\/verify-email(\?|$)/.test(req.url ?? '')
        )
          return next();
        listener ??= load(server); // one mock, so its state lives as long as the dev server
        listener.then((listen) => listen(req, res, next)).catch(next); // a broken mock shows Vite's error page
      });
    },
  };
}

/**
 * `npm start`: the example merchant backend's `POST /portal-session` (`demo/merchant-backend/`)
 * on the same origin, for the demo's "signed in on the merchant's site" mode. It calls the
 * embedded mock through Polar's SDK over HTTP, as a backend calls Polar, with the seeded token
 * of the organization the page plays (`x-demo-organization`), for the user `x-demo-user` names.
 */
function merchantBackend(): Plugin {
  type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;
  let handlers: Promise<Map<string, Handler>> | undefined;
  const load = async (server: ViteDevServer): Promise<Map<string, Handler>> => {
    const backend = (await server.ssrLoadModule(
      '/demo/merchant-backend/portal-session.ts',
    )) as typeof import('./demo/merchant-backend/portal-session.js');
    const { demoUser } = (await server.ssrLoadModule(
      '/demo/merchant-backend/demo-user.ts',
    )) as typeof import('./demo/merchant-backend/demo-user.js');
    const { SEED_ACCESS_TOKENS } = (await server.ssrLoadModule(
      '/mock-server/db/seed/access-tokens.ts',
    )) as typeof import('./mock-server/db/seed/access-tokens.js');
    const { port } = server.httpServer!.address() as AddressInfo;
    const serverURL = `http://127.0.0.1:${port}`;
    const writers = SEED_ACCESS_TOKENS.filter((t) => t.scope.includes('customer_sessions:write'));
    return new Map(
      writers.map(({ organization, token }) => [
        organization,
        backend.portalSessionHandler(backend.polarClient(token, serverURL), (req) => demoUser(req)),
      ]),
    );
  };
  return {
    name: 'demo-merchant-backend',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use('/portal-session', (req, res, next) => {
        handlers ??= load(server);
        handlers
          .then((byOrganization) => {
            const handle = byOrganization.get(String(req.headers['x-demo-organization']));
            if (handle) return handle(req, res);
            res.writeHead(404, { 'content-type': 'application/json' });
            res.end('{"error":"No merchant backend for that organization."}');
          })
          .catch(next);
      });
    },
  };
}

/**
 * `npm run build:demo`: the mock's stand-in card embed beside the demo pages, at Polar's path
 * (`/embed/payment-method`, a folder's `index.html`, so any static server finds it), since a
 * frame's navigation never reaches the service worker that serves the rest of the mock.
 */
function standInCardEmbed(mode: string): Plugin {
  return {
    name: 'demo-stand-in-card-embed',
    apply: 'build',
    generateBundle() {
      if (mode !== 'demo') return;
      for (const [path, file] of Object.entries(EMBED_FILES)) {
        this.emitFile({
          type: 'asset',
          fileName: file.endsWith('.html') ? `${path.slice(1)}/index.html` : path.slice(1),
          source: readFileSync(`mock-server/embed/${file}`),
        });
      }
    },
  };
}

const isPortalTag = (tag: string) => tag.startsWith('portal-') || tag === 'customer-portal';

const external = (id: string) => /^(lit|@lit\/|@shoelace-style\/|react)/.test(id);

/** npm: one ES module per entry; Lit, React and the other dependencies stay imports. */
const esmBuild: BuildOptions = {
  target: 'es2022',
  outDir: 'dist/esm',
  lib: { entry: ESM_ENTRIES, formats: ['es'], fileName: (_, name) => `${name}.js` },
  rollupOptions: { external, output: { chunkFileNames: chunkFileName } },
  copyPublicDir: false,
  sourcemap: true,
};

/** Where a chunk goes: each language's areas in `translations/<language>/`, the rest in `chunks/`. */
function chunkFileName({ facadeModuleId }: { facadeModuleId: string | null }): string {
  const language = /\/src\/translations\/([\w-]+)\//.exec(facadeModuleId ?? '')?.[1];
  return language ? `translations/${language}/[name]-[hash].js` : 'chunks/[name]-[hash].js';
}

/**
 * The script tag's modules (`dist/cdn/`): one per element, Lit bundled in, shared chunks and
 * the languages beside them; the loader (`--mode loader`) imports them by name.
 */
const cdnBuild: BuildOptions = {
  target: 'es2022',
  outDir: 'dist/cdn',
  // Not lib mode: lib mode leaves ES modules' whitespace, and these go to browsers as they are.
  minify: true,
  rollupOptions: {
    // Every element and the whole API (`PortalElements.api()`); React is for bundlers only.
    input: Object.fromEntries(
      Object.entries(ESM_ENTRIES).filter(([name]) => name !== 'react' && name !== 'classes'),
    ),
    preserveEntrySignatures: 'strict',
    output: { entryFileNames: '[name].js', chunkFileNames: chunkFileName },
  },
  copyPublicDir: false,
  sourcemap: true,
};

/**
 * The script tag itself (`dist/cdn/portal-elements.js`, `src/loader/loader.ts`): a classic
 * script with no imports or exports, so it also loads as `<script type="module">`.
 */
const loaderBuild: BuildOptions = {
  target: 'es2022',
  outDir: 'dist/cdn',
  emptyOutDir: false,
  lib: {
    entry: 'src/loader/loader.ts',
    name: 'PortalElementsLoader',
    formats: ['iife'],
    fileName: () => 'portal-elements.js',
  },
  copyPublicDir: false,
  sourcemap: true,
};

/** The demo pages as a static site (`npm run build:demo`): the mock runs in a service worker. */
const demoBuild: BuildOptions = {
  target: 'es2022',
  outDir: 'dist/demo',
  emptyOutDir: true,
  chunkSizeWarningLimit: 1000, // the mock (msw, zod, every handler) is one 600 kB chunk
  rollupOptions: {
    input: {
      main: 'demo/index.html',
      react: 'demo/react/index.html',
      vue: 'demo/vue/index.html',
    },
  },
};

export default defineConfig(({ mode, command }) => ({
  plugins: [
    mockApi(),
    merchantBackend(),
    standInCardEmbed(mode),
    // The Vue demo uses the elements as they are: Vue must not try to resolve them as components.
    vue({ template: { compilerOptions: { isCustomElement: (tag) => isPortalTag(tag) } } }),
  ],
  publicDir: 'public', // serves /mockServiceWorker.js at the origin root
  server: { open: process.env.CI ? false : '/demo/' },
  // Built files find each other relative to themselves (a merchant self-hosts them anywhere).
  base: command === 'build' ? './' : '/',
  build: { esm: esmBuild, demo: demoBuild, loader: loaderBuild }[mode] ?? cdnBuild,
}));
