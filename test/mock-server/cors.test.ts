import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile, startMock } from './harness.js';
import { rawHttp } from './raw-http.js';

/**
 * The mock's CORS and version headers against Polar's, over real HTTP. What Polar answers is
 * written out here from Polar's code, not from the mock's:
 * - `server/polar/app.py` `configure_cors`, the config for external API calls:
 *   `allow_origins=["*"]`, `allow_credentials=False`, `allow_methods=["*"]`,
 *   `allow_headers=["Authorization", "Polar-Version"]`, `expose_headers=["Polar-Version"]`;
 *   `max_age` is `CORSConfig`'s default, 600 (`server/polar/kit/cors.py`).
 * - Starlette's `CORSMiddleware` (`starlette/middleware/cors.py`), which that config builds:
 *   `"*"` methods are its `ALL_METHODS`; its `SAFELISTED_HEADERS` (`Accept`, `Accept-Language`,
 *   `Content-Language`, `Content-Type`) are always allowed, sorted with the configured ones; a
 *   preflight answers 200 `OK`, or 400 `Disallowed CORS <what>` with the same headers; any
 *   origin without credentials gets `*` and no `Vary`; an actual request gets `*` and the
 *   exposed headers, or its own origin and `Vary: Origin` when it carries cookies.
 * - `server/polar/kit/versioning.py` `APIVersionMiddleware`, added by `add_versioned_routers`
 *   after `configure_cors` and so run before it: `Polar-Version` on every answer, preflights
 *   included; an unknown version is a JSON 404 from outside CORS, with no headers of either.
 */
const POLAR_PREFLIGHT = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'DELETE, GET, HEAD, OPTIONS, PATCH, POST, PUT',
  'access-control-allow-headers':
    'Accept, Accept-Language, Authorization, Content-Language, Content-Type, Polar-Version',
  'access-control-max-age': '600',
};
const POLAR_ACTUAL = {
  'access-control-allow-origin': '*',
  'access-control-expose-headers': 'Polar-Version',
};

const mock = mockForThisFile();
const ORIGIN = 'https://shop.example';
const SIGN_IN = '/v1/customer-portal/customer-session/request';

/** The CORS headers of an answer, and `Vary`: what a browser's CORS check reads. */
function corsHeaders(headers: Headers): Record<string, string> {
  const found: Record<string, string> = {};
  headers.forEach((value, name) => {
    if (name.startsWith('access-control-') || name === 'vary') found[name] = value;
  });
  return found;
}

const preflight = (path: string, method: string, requestHeaders?: string, extra = {}) =>
  mock.call(path, {
    method: 'OPTIONS',
    headers: {
      origin: ORIGIN,
      'access-control-request-method': method,
      ...(requestHeaders === undefined ? {} : { 'access-control-request-headers': requestHeaders }),
      ...extra,
    },
  });

describe('preflight, as Polar answers it', () => {
  test('a JSON POST with a session and a version: 200 OK, Polar’s headers, Polar-Version', async () => {
    // What the SDK and the elements send: `Content-Type: application/json` is not a
    // CORS-safelisted request header for the browser, so it is asked for; Starlette allows it.
    const res = await preflight(SIGN_IN, 'POST', 'content-type,authorization,polar-version');
    assert.equal(res.status, 200);
    assert.equal(await res.text(), 'OK');
    assert.deepEqual(corsHeaders(res.headers), POLAR_PREFLIGHT);
    assert.equal(res.headers.get('polar-version'), '2026-04');
    assert.equal(res.headers.get('cache-control'), null, 'answered outside CacheControlMiddleware');
  });

  test('every method Starlette knows, on any path under /v1/, with or without headers asked for', async () => {
    for (const method of ['GET', 'PATCH', 'DELETE', 'PUT']) {
      const res = await preflight('/v1/customer-portal/subscriptions/anything', method);
      assert.equal(res.status, 200, method);
      assert.deepEqual(corsHeaders(res.headers), POLAR_PREFLIGHT);
    }
  });

  test('a request header beyond Authorization and Polar-Version: 400, with the same headers', async () => {
    for (const asked of ['true-client-ip', 'content-type, x-requested-with', 'X-Forwarded-For']) {
      const res = await preflight(SIGN_IN, 'POST', asked);
      assert.equal(res.status, 400, asked);
      assert.equal(await res.text(), 'Disallowed CORS headers');
      assert.deepEqual(corsHeaders(res.headers), POLAR_PREFLIGHT);
      assert.equal(res.headers.get('polar-version'), '2026-04');
    }
  });

  test('a method outside ALL_METHODS, and a private-network ask, are named in the 400', async () => {
    const method = await preflight(SIGN_IN, 'PROPFIND', 'x-custom');
    assert.equal(method.status, 400);
    assert.equal(await method.text(), 'Disallowed CORS method, headers');
    const privateNetwork = await preflight(SIGN_IN, 'POST', undefined, {
      'access-control-request-private-network': 'true',
    });
    assert.equal(privateNetwork.status, 400);
    assert.equal(await privateNetwork.text(), 'Disallowed CORS private-network');
  });

  test('OPTIONS without Origin or without a requested method is no preflight: Starlette’s 405', async () => {
    const bare = await mock.call(SIGN_IN, { method: 'OPTIONS' });
    assert.equal(bare.status, 405);
    assert.deepEqual(await bare.json(), { detail: 'Method Not Allowed' });
    assert.deepEqual(corsHeaders(bare.headers), {});
    const noMethod = await mock.call(SIGN_IN, { method: 'OPTIONS', headers: { origin: ORIGIN } });
    assert.equal(noMethod.status, 405);
    assert.deepEqual(corsHeaders(noMethod.headers), POLAR_ACTUAL);
  });
});

describe('actual responses, as Polar answers them', () => {
  test('success, 401, 404 and 422 carry `*`, expose only Polar-Version, and carry Polar-Version', async () => {
    const answers = [
      await mock.call('/v1/customer-portal/organizations/acme', { headers: { origin: ORIGIN } }),
      await mock.call('/v1/customer-portal/customer-session/user', {
        headers: { origin: ORIGIN, authorization: 'Bearer polar_cst_unknown' },
      }),
      await mock.call('/v1/customer-portal/customers/me', { headers: { origin: ORIGIN } }),
      await mock.call('/v1/customer-portal/nothing-here', { headers: { origin: ORIGIN } }),
      await mock.call(SIGN_IN, { method: 'POST', headers: { origin: ORIGIN }, json: {} }),
    ];
    assert.deepEqual(
      answers.map((res) => res.status),
      [200, 401, 401, 404, 422],
    );
    for (const res of answers) {
      assert.deepEqual(corsHeaders(res.headers), POLAR_ACTUAL, `${res.status}`);
      assert.equal(res.headers.get('polar-version'), '2026-04', `${res.status}`);
    }
  });

  test('a request with cookies gets its own origin back and Vary: Origin', async () => {
    const res = await mock.call('/v1/customer-portal/organizations/acme', {
      headers: { origin: ORIGIN, cookie: 'theme=dark' },
    });
    assert.deepEqual(corsHeaders(res.headers), {
      'access-control-allow-origin': ORIGIN,
      'access-control-expose-headers': 'Polar-Version',
      vary: 'Origin',
    });
  });

  test('without Origin, no CORS headers at all; Polar-Version still', async () => {
    const res = await mock.call('/v1/customer-portal/organizations/acme');
    assert.deepEqual(corsHeaders(res.headers), {});
    assert.equal(res.headers.get('polar-version'), '2026-04');
  });

  test('the limiter’s 429 carries CORS and Polar-Version, but no Cache-Control', async () => {
    const limited = await startMock({ rateLimit: 'polar' });
    try {
      let res: Response | undefined;
      for (let i = 0; i < 7; i++) {
        res = await limited.call(SIGN_IN, {
          method: 'POST',
          headers: { origin: ORIGIN },
          json: { email: 'nobody@example.com', organization_id: limited.org('acme') },
        });
      }
      assert.equal(res!.status, 429);
      assert.deepEqual(corsHeaders(res!.headers), POLAR_ACTUAL);
      assert.equal(res!.headers.get('polar-version'), '2026-04');
      assert.equal(res!.headers.get('cache-control'), null);
    } finally {
      await limited.close();
    }
  });

  test('the body limit’s 413 is inside CORS: Polar’s headers and Polar-Version', async () => {
    const port = Number(new URL(mock.base).port);
    const answer = await rawHttp(port, [
      `POST ${SIGN_IN} HTTP/1.1\r\nHost: 127.0.0.1\r\nOrigin: ${ORIGIN}\r\n` +
        `Content-Type: application/json\r\nContent-Length: ${20 * 1024 * 1024}\r\n\r\n`,
    ]);
    assert.equal(answer.status, 413);
    assert.match(answer.text, /\r\naccess-control-allow-origin: \*\r\n/i);
    assert.match(answer.text, /\r\naccess-control-expose-headers: Polar-Version\r\n/i);
    assert.match(answer.text, /\r\npolar-version: 2026-04\r\n/i);
    assert.doesNotMatch(answer.text, /access-control-allow-headers|retry-after/i);
  });

  test('a path outside /v1/ is Polar’s too; the mock’s own /__dev/ routes keep open CORS', async () => {
    const root = await mock.call('/', { headers: { origin: ORIGIN } });
    assert.equal(root.status, 404);
    assert.deepEqual(corsHeaders(root.headers), POLAR_ACTUAL);
    const dev = await mock.call('/__dev/seed', { headers: { origin: ORIGIN } });
    assert.equal(dev.headers.get('access-control-allow-origin'), '*');
    const devPreflight = await preflight('/__dev/reset', 'POST', 'content-type');
    assert.equal(devPreflight.status, 204);
  });
});

describe('Polar-Version', () => {
  test('echoed when supported; an empty header is the default', async () => {
    for (const [sent, echoed] of [
      ['2026-10', '2026-10'],
      ['2026-04', '2026-04'],
      ['', '2026-04'],
    ]) {
      const res = await mock.call('/v1/customer-portal/organizations/acme', {
        headers: { origin: ORIGIN, 'polar-version': sent! },
      });
      assert.equal(res.status, 200);
      assert.equal(res.headers.get('polar-version'), echoed);
    }
  });

  test('unknown or malformed: a JSON 404 from outside CORS, no CORS or version headers', async () => {
    for (const version of ['1999-01', '2026-4', 'latest']) {
      for (const path of ['/v1/customer-portal/organizations/acme', '/v1/nothing', '/']) {
        const res = await mock.call(path, {
          headers: { origin: ORIGIN, 'polar-version': version },
        });
        assert.equal(res.status, 404, `${version} ${path}`);
        assert.deepEqual(await res.json(), { detail: 'Not Found' });
        assert.deepEqual(corsHeaders(res.headers), {}, `${version} ${path}`);
        assert.equal(res.headers.get('polar-version'), null);
      }
    }
    // A browser sends no custom header on the preflight itself, so the preflight passes; the
    // request after it is the 404 above, which the browser reports as a network error.
    const asked = await preflight(SIGN_IN, 'POST', 'content-type, polar-version');
    assert.equal(asked.status, 200);
  });

  test('the mock’s own routes carry none', async () => {
    const res = await mock.call('/__dev/seed');
    assert.equal(res.headers.get('polar-version'), null);
  });
});
