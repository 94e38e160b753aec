import { z } from 'zod';
import { authenticate } from '../auth.js';
import { isoDate } from '../clock.js';
import { hmacHex } from '../crypto.js';
import { notFound, polarError } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { serializeDownloadable } from '../serializers/benefit.js';
import { field } from '../validation.js';
import { visibleGrants } from './benefit-grants.js';

/**
 * Downloadables (reference.md §4.8): the files of the session's granted benefits, each with a
 * download URL that works without a session for an hour and serves the real file.
 */

const BASE = '/v1/customer-portal/downloadables';
const URL_TTL_MS = 60 * 60_000;

const base64url = (text: string) =>
  btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const fromBase64url = (text: string) => atob(text.replace(/-/g, '+').replace(/_/g, '/'));

const parseDownloadablesQuery = listQuery(
  [],
  [],
  { benefit_id: z.array(field.uuid4()).optional() },
  ['benefit_id'],
);

async function list(ctx: RouteContext): Promise<Response> {
  const subject = await authenticate(ctx);
  const query = parseDownloadablesQuery(ctx.url);
  const { db } = ctx.state;
  const granted = visibleGrants(ctx.state, subject).flatMap(
    (g) => (g.properties.files as string[] | undefined) ?? [],
  );
  const rows = db.files
    .filter(
      (f) =>
        granted.includes(f.id) && (!query.benefit_id || query.benefit_id.includes(f.benefit_id)),
    )
    .sort((a, b) => b.created_at.localeCompare(a.created_at));
  const page = paginate(rows, query, () => null);
  const expires = ctx.state.clock.now() + URL_TTL_MS;
  const items = await Promise.all(
    page.items.map(async (file) => {
      const payload = base64url(JSON.stringify({ id: file.id, exp: expires }));
      const token = `${payload}.${await hmacHex(ctx.state.secret, `download:${payload}`)}`;
      return serializeDownloadable(file, {
        url: `${ctx.url.origin}${BASE}/${token}`,
        expires_at: isoDate(expires),
      });
    }),
  );
  return Response.json({ ...page, items });
}

/** The download link itself: counts the download and redirects to the file. */
async function download(ctx: RouteContext): Promise<Response> {
  const [payload = '', signature = ''] = ctx.params.token!.split('.');
  if (!payload || !signature) throw polarError(400, 'BadRequest', 'Bad request');
  if (signature !== (await hmacHex(ctx.state.secret, `download:${payload}`))) throw notFound();
  let claims: { id: string; exp: number };
  try {
    claims = JSON.parse(fromBase64url(payload)) as { id: string; exp: number };
  } catch {
    throw notFound();
  }
  if (claims.exp <= ctx.state.clock.now())
    throw polarError(410, 'ResourceUnavailable', 'Unavailable');
  const file = ctx.state.db.files.find((f) => f.id === claims.id);
  if (!file) throw notFound();
  file.downloads += 1;
  const fileSignature = await hmacHex(ctx.state.secret, `file:${file.id}:${claims.exp}`);
  const location = `${ctx.url.origin}/__files/downloads/${file.id}?expires=${claims.exp}&signature=${fileSignature}`;
  return new Response(null, { status: 302, headers: { location } });
}

/** The storage side: the file's bytes behind a signed, expiring URL (Polar's presigned S3 URL). */
async function serveFile(ctx: RouteContext): Promise<Response> {
  const expires = Number(ctx.url.searchParams.get('expires'));
  const signature = ctx.url.searchParams.get('signature') ?? '';
  if (signature !== (await hmacHex(ctx.state.secret, `file:${ctx.params.id}:${expires}`)))
    throw notFound();
  if (!(expires > ctx.state.clock.now()))
    throw polarError(410, 'ResourceUnavailable', 'Unavailable');
  const file = ctx.state.db.files.find((f) => f.id === ctx.params.id);
  if (!file) throw notFound();
  return new Response(file.content, {
    headers: {
      'content-type': file.mime_type,
      'content-disposition': `attachment; filename="${file.name}"`,
    },
  });
}

export const downloadableRoutes: Route[] = [
  { method: 'GET', path: `${BASE}/`, handle: list },
  { method: 'GET', path: `${BASE}/:token`, handle: download },
];

export const fileRoutes: Route[] = [
  { method: 'GET', path: '/__files/downloads/:id', handle: serveFile },
];
