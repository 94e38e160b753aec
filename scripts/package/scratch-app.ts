/**
 * The merchant's side of `npm run test:package`: a scratch app that installs the tarball and
 * uses it only as the README says. Kept as text here rather than as files under test/, because
 * the repository's own tsc and ESLint would resolve `portal-elements` to this checkout.
 */

/** The page Vite builds: one element entry, nothing else. */
export const INDEX_HTML = `<!doctype html>
<html lang="en">
  <body>
    <portal-login organization="acme"></portal-login>
    <script type="module" src="./main.js"></script>
  </body>
</html>
`;

export const MAIN_JS = `import 'portal-elements/login';
`;

/** Strict, bundler resolution, and the published declarations checked too (no skipLibCheck). */
export const TSCONFIG = {
  compilerOptions: {
    target: 'ES2022',
    module: 'ESNext',
    moduleResolution: 'bundler',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    jsx: 'react-jsx',
    strict: true,
    noEmit: true,
    skipLibCheck: false,
    verbatimModuleSyntax: true,
    // A side-effect import (`import 'portal-elements/seats'`) whose types are missing is an error.
    noUncheckedSideEffectImports: true,
    // TypeScript 6 no longer loads every @types package by default; the mock's types need Node's.
    types: ['node'],
  },
  include: ['consumer.ts', 'consumer-jsx.tsx', 'mock-consumer.ts'],
};

/**
 * Every public entry a TypeScript user imports. The `@ts-expect-error` lines fail the check
 * when a type has quietly become `any` (a declaration that did not resolve).
 */
export const CONSUMER_TS = `import { PortalSignedInEvent, type SessionInfo } from 'portal-elements';
import { PortalLogin as DefinedLogin } from 'portal-elements/login';
import 'portal-elements/seats';
import { PortalLogin } from 'portal-elements/classes';
import { PortalLogin as PortalLoginComponent } from 'portal-elements/react';

const login: DefinedLogin | null = document.querySelector('portal-login');
login?.addEventListener('portal-signed-in', (event) => {
  const signedIn: PortalSignedInEvent = event;
  const email: string = signedIn.detail.email;
  const info: SessionInfo = event.detail;
  // @ts-expect-error -- the event's detail is typed, so an unknown field is an error
  console.log(email, info, event.detail.notAField);
});

class AcmeLogin extends PortalLogin {}
customElements.define('acme-login', AcmeLogin);
const acme = new AcmeLogin();
acme.organizationId = 'acme';
// @ts-expect-error -- a typed property takes no number
acme.organizationId = 42;

export const wrapper: typeof PortalLoginComponent = PortalLoginComponent;
`;

export const CONSUMER_JSX_TSX = `import type {} from 'portal-elements/jsx';

export const page = <portal-login organization-id="acme" persist="memory" />;
export const bySlug = <portal-subscriptions organization="acme" />;
// @ts-expect-error -- persist takes 'memory' | 'session' | 'local'
export const wrong = <portal-login persist="forever" />;
`;

export const MOCK_CONSUMER_TS = `import { createMockServer, type MockServer } from 'portal-elements/mock';

const mock: MockServer = createMockServer({ rateLimit: 'relaxed', codeAlphabet: 'digits' });
mock.server.listen(0);
`;

/**
 * The README's Node use of the mock: start it on a free port, ask it one real question over
 * HTTP, stop it. Prints one line; exits 1 with the reason otherwise.
 */
export const MOCK_RUN_MJS = `import { createMockServer } from 'portal-elements/mock';

const mock = createMockServer({ rateLimit: 'relaxed', codeAlphabet: 'digits' });
await new Promise((resolve) => mock.server.listen(0, '127.0.0.1', resolve));
const { port } = mock.server.address();
const url = \`http://127.0.0.1:\${port}/v1/customer-portal/organizations/acme\`;
const response = await fetch(url);
const body = await response.json().catch(() => null);
mock.server.closeAllConnections();
await new Promise((resolve) => mock.server.close(resolve));
if (response.status !== 200 || body?.organization?.slug !== 'acme') {
  console.error(\`GET \${url} answered \${response.status}: \${JSON.stringify(body).slice(0, 300)}\`);
  process.exit(1);
}
console.log(\`GET /v1/customer-portal/organizations/acme on port \${port}: 200, \${body.organization.name}\`);
process.exit(0);
`;
