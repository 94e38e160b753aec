import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mockForThisFile, startMock, type Harness } from './harness.js';
import { rawBody, rawHttp } from './raw-http.js';

/**
 * OAuth `return_to` over real HTTP, held to Polar's `get_safe_return_url`
 * (`server/polar/kit/http.py`, Django's `url_has_allowed_host_and_scheme` over
 * `settings.ALLOWED_HOSTS`): only the front end's own host (in the mock, its own origin) and the
 * operator's `--allow-return-host`s are returned to; a path is joined to the front end; anything
 * else lands on the front end's default page, which the mock serves.
 */

const mock = mockForThisFile();
const PORTAL = '/v1/customer-portal';
// Read once the mock listens (in `before`).
const host = () => new URL(mock.base).host; // 127.0.0.1:<port>
const port = () => new URL(mock.base).port;
const returnPage = () => `${mock.base}/__dev/oauth/return`;

/**
 * Where the whole round trip (authorize, the stand-in provider, the callback) lands; null when
 * the mock refused the value before any redirect (a NUL, which the mock's strings refuse: 422).
 */
async function returnedTo(returnTo: string, harness: Harness = mock): Promise<string | null> {
  const bob = await harness.session('bob@example.com');
  const start = await bob.call(
    `/oauth-accounts/authorize?platform=github&return_to=${encodeURIComponent(returnTo)}`,
  );
  if (start.status === 422 && returnTo.includes('\u0000')) return null;
  assert.equal(start.status, 200, returnTo);
  const provider = await fetch(start.body!.url, { redirect: 'manual' });
  const back = await fetch(provider.headers.get('location')!, { redirect: 'manual' });
  assert.equal(back.status, 303, returnTo);
  return back.headers.get('location')!;
}

describe('a return_to Polar would not honour lands on the mock’s own return page', () => {
  const hostile = () => [
    // Other hosts, loopback ones included: a merchant's page on another origin is not Polar's.
    'https://evil.example/phish',
    'http://evil.example',
    'HTTP://EVIL.EXAMPLE/',
    'http://127.0.0.1:5173/demo/?tab=benefits',
    'http://localhost:3000/x',
    `http://localhost:${port()}/`,
    `http://[::1]:${port()}/`,
    'http://127.0.0.1/',
    `http://127.0.0.2:${port()}/`,
    // Our own address spelled so a parser means it, but Polar's string check does not.
    `http://2130706433:${port()}/`,
    `http://0x7f.1:${port()}/`,
    `http://127.1:${port()}/`,
    // Protocol-relative, backslashes, no host.
    '//evil.example/phish',
    '///evil.example',
    'http:///evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'https:\\\\evil.example',
    'https:evil.example',
    `http:${host()}/x`,
    // Schemes that run or show content.
    'javascript:alert(document.cookie)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    `ftp://${host()}/`,
    // User names and look-alikes: what reads as ours to a person is another host.
    'http://127.0.0.1@evil.example/',
    `http://${host()}@evil.example/`,
    `http://user:pass@${host()}/`,
    `http://${host()}%40evil.example/`,
    'https://evil.example\\@127.0.0.1/',
    'https://evil.example#@127.0.0.1',
    `http://${host()}.evil.example/`,
    `http://127.0.0.1.evil.example:${port()}/`,
    'http://[::ffff:7f00:1].evil.example/',
    // Relative without a leading slash: Polar would not join `@evil.example` to its address.
    '@evil.example',
    'evil.example',
    'account',
    // Encoded once more than a browser would: the mock sees the text, not a URL.
    encodeURIComponent('https://evil.example/'),
    '%2F%2Fevil.example',
    `%68ttp://${host()}/`,
    // Control characters and length.
    '\u0000https://evil.example',
    `${mock.base}/\r\nset-cookie: x=1`,
    `${mock.base}/${'a'.repeat(3000)}`,
  ];

  test('each lands exactly on the return page, on the mock’s own origin', async () => {
    for (const value of hostile()) {
      const landed = await returnedTo(value);
      if (landed !== null) assert.equal(landed, returnPage(), JSON.stringify(value));
    }
  });

  test('the return page is a real page there, saying the account is connected', async () => {
    const page = await fetch(returnPage());
    assert.equal(page.status, 200);
    assert.match(page.headers.get('content-type')!, /^text\/html/);
    const html = await page.text();
    assert.match(html, /<h1>Account connected<\/h1>/);
    assert.match(html, /close this window/);
  });

  test('a forged Host at authorize signs nothing the customer’s browser is sent to', async () => {
    const bob = await mock.session('bob@example.com');
    const path = `${PORTAL}/oauth-accounts/authorize?platform=github&return_to=${encodeURIComponent('http://evil.example/pwn')}`;
    const raw = await rawHttp(Number(port()), [
      `GET ${path} HTTP/1.1\r\nHost: evil.example\r\nAuthorization: Bearer ${bob.token}\r\nConnection: close\r\n\r\n`,
    ]);
    assert.equal(raw.status, 200);
    const { url } = JSON.parse(rawBody(raw.text)) as { url: string };
    // The browser asks the mock itself: the callback checks the state against that host.
    const state = new URL(url).searchParams.get('state')!;
    const back = await mock.call(`${PORTAL}/oauth-accounts/callback?state=${state}&code=x`, {
      redirect: 'manual',
    });
    assert.equal(back.headers.get('location'), returnPage());
  });
});

describe('what Polar honours is kept', () => {
  test('the mock’s own origin, as Polar keeps its front end’s', async () => {
    for (const own of [`${mock.base}/demo/?tab=benefits`, `${mock.base}/`, `HTTP://${host()}/x`])
      assert.equal(await returnedTo(own), new URL(own).href, own);
  });

  test('paths and protocol-relative URLs to our host are joined to the mock’s origin', async () => {
    assert.equal(
      await returnedTo('/portal?tab=benefits#top'),
      `${mock.base}/portal?tab=benefits#top`,
    );
    assert.equal(await returnedTo(`//${host()}/x?y=1`), `${mock.base}/x?y=1`);
    // Encoded slashes stay in the path: a page of ours, whatever it is called.
    assert.equal(await returnedTo('/%2F/evil.example'), `${mock.base}/%2F/evil.example`);
    assert.equal(await returnedTo('/@evil.example'), `${mock.base}/@evil.example`);
  });

  test('--allow-return-host adds hosts: a name on any port, name:port on that port only', async () => {
    const listed = await startMock({ allowedReturnHosts: ['shop.example', 'other.example:8443'] });
    try {
      for (const kept of [
        'https://shop.example/account',
        'https://SHOP.example:444/a?b=c#d',
        'https://other.example:8443/portal',
      ])
        assert.equal(await returnedTo(kept, listed), new URL(kept).href, kept);
      for (const refused of [
        'https://other.example/portal',
        'https://other.example:8444/portal',
        'https://user@shop.example/',
        'https://shop.example.evil.example/',
        'https://evil.example/?shop.example',
        '//evil.example/shop.example',
      ])
        assert.equal(
          await returnedTo(refused, listed),
          `${listed.base}/__dev/oauth/return`,
          refused,
        );
    } finally {
      await listed.close();
    }
  });
});

describe('a denied authorization', () => {
  test('returns to the safe URL with Polar’s error parameters, never elsewhere', async () => {
    const bob = await mock.session('bob@example.com');
    const start = await bob.call(
      `/oauth-accounts/authorize?platform=discord&return_to=${encodeURIComponent('https://evil.example/')}`,
    );
    const state = new URL(start.body!.url).searchParams.get('state')!;
    const back = await mock.call(
      `${PORTAL}/oauth-accounts/callback?state=${state}&error=access_denied`,
      { redirect: 'manual' },
    );
    assert.equal(back.status, 303);
    const target = new URL(back.headers.get('location')!);
    assert.equal(`${target.origin}${target.pathname}`, returnPage());
    assert.equal(target.searchParams.get('error'), 'access_denied');
    assert.equal(target.searchParams.get('error_platform'), 'discord');
    const html = await (await fetch(target)).text();
    assert.match(html, /<h1>Could not connect Discord<\/h1>/);
    assert.match(html, /access_denied/);
  });

  test('the return page shows what the query says as text, never as markup', async () => {
    const error = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const page = await fetch(
      `${returnPage()}?error=${encodeURIComponent(error)}&error_platform=%3Cb%3E`,
    );
    const html = await page.text();
    assert.equal(html.includes('<script>'), false);
    assert.equal(html.includes('<img'), false);
    assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/);
    assert.match(
      html,
      /<h1>Could not connect the account<\/h1>/,
      'an unknown platform is not echoed',
    );
    assert.match(page.headers.get('content-security-policy')!, /default-src 'none'/);
  });
});
