import { z } from 'zod';
import { authenticate } from '../auth.js';
import { isoDate } from '../clock.js';
import { notFound } from '../errors.js';
import { listQuery, paginate } from '../pagination.js';
import type { Route, RouteContext } from '../routing.js';
import { countDownload } from '../services/downloads.js';
import { serializeDownloadable } from '../serializers/benefit.js';
import { linkClaims, sign } from '../signing.js';
import { field } from '../validation.js';
import { visibleGrants } from './benefit-grants.js';

/**
 * Downloadables (reference.md §4.8): the files of the session's granted benefits, each with a
 * download URL that works without a session for an hour and serves the real file.
 */

const BASE = '/v1/customer-portal/downloadables';

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
  const now = ctx.state.clock.now();
  const items = await Promise.all(
    page.items.map(async (file) => {
      // Bound to the file and to who was granted it, so a revoked grant's link dies with it.
      const { token, expiresAt } = await sign(
        ctx.state.secret,
        'download',
        { file_id: file.id, customer_id: subject.customer.id },
        now,
      );
      return serializeDownloadable(file, {
        url: `${ctx.url.origin}${BASE}/${token}`,
        expires_at: isoDate(expiresAt),
      });
    }),
  );
  return Response.json({ ...page, items });
}

/** The download link itself: counts the download and redirects to the file. */
async function download(ctx: RouteContext): Promise<Response> {
  const { file_id, customer_id } = await linkClaims<{ file_id: string; customer_id: string }>(
    ctx.state,
    'download',
    ctx.params.token!,
  );
  const file = ctx.state.db.files.get(file_id);
  const stillGranted = ctx.state.db.grants.some(
    (g) =>
      g.customer_id === customer_id &&
      g.revoked_at === null &&
      ((g.properties.files as string[] | undefined) ?? []).includes(file_id),
  );
  if (!file || !stillGranted) throw notFound();
  countDownload(ctx.state, file);
  const { token } = await sign(
    ctx.state.secret,
    'file',
    { file_id: file.id },
    ctx.state.clock.now(),
  );
  const location = `${ctx.url.origin}/__files/downloads/${file.id}?token=${token}`;
  return new Response(null, { status: 302, headers: { location } });
}

/** The storage side: the file's bytes behind a signed, expiring URL (Polar's presigned S3 URL). */
async function serveFile(ctx: RouteContext): Promise<Response> {
  const claims = await linkClaims<{ file_id: string }>(
    ctx.state,
    'file',
    ctx.url.searchParams.get('token') ?? '',
  );
  if (claims.file_id !== ctx.params.id) throw notFound(); // a genuine link, for another file
  const file = ctx.state.db.files.get(ctx.params.id!);
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
