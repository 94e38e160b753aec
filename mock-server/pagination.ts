import { z } from 'zod';
import { field, parseQuery } from './validation.js';

/**
 * Polar's list conventions (reference.md §0.2): `page` and `limit` greater than 0, `limit`
 * silently clamped to 100, repeatable `sorting` of allowed fields with `-` for descending, and
 * `{items, pagination: {total_count, max_page}}`.
 */

export interface ListQuery<S extends string> {
  page: number;
  limit: number;
  sorting: { field: S; descending: boolean }[];
}

export interface ListResource<T> {
  items: T[];
  pagination: { total_count: number; max_page: number };
}

/** Per list route, how many parsed query strings are remembered. */
const PARSED_QUERIES_KEPT = 256;

/**
 * A reader of `page`, `limit`, `sorting` and the resource's own filters from the query, its zod
 * schema built once (building it per request was a third of a list's time in `npm run bench`).
 * `filters` is a zod shape for the rest; `repeatable` names filters that may appear several times.
 */
export function listQuery<S extends string, F extends z.ZodRawShape>(
  sortable: readonly S[],
  defaultSorting: readonly string[],
  filters: F,
  repeatable: string[] = [],
): (url: URL) => ListQuery<S> & z.infer<z.ZodObject<F>> {
  const sortValues = sortable.flatMap((s) => [s, `-${s}`]) as [string, ...string[]];
  const schema = z.object({
    page: field.queryInt(0).default(1),
    limit: field.queryInt(0).default(10),
    sorting: z.array(z.enum(sortValues)).default([...defaultSorting]),
    ...filters,
  });
  type Parsed = Record<string, unknown> & { page: number; limit: number; sorting: string[] };
  // Parsed queries by their query string: zod's parse was most of a list's time left in `npm run
  // bench`, and a page asks for the same few queries again and again. Only what validated is
  // kept, and only so many, so no stream of distinct queries makes it grow.
  const parsed = new Map<string, Parsed>();
  return (url) => {
    let query = parsed.get(url.search);
    if (!query) {
      query = parseQuery(url, schema, ['sorting', ...repeatable]) as Parsed;
      if (parsed.size >= PARSED_QUERIES_KEPT) parsed.delete(parsed.keys().next().value!);
      parsed.set(url.search, query);
    }
    return {
      ...query,
      limit: Math.min(query.limit, 100),
      sorting: query.sorting.map((s) => ({
        field: s.replace(/^-/, '') as S,
        descending: s.startsWith('-'),
      })),
    } as ListQuery<S> & z.infer<z.ZodObject<F>>;
  };
}

/** Only `page` and `limit`: lists without sorting or filters. */
export const pageQuery = listQuery([], [], {});

type SortKey = string | number | boolean | null;

/** Sorts by the requested fields (stable, nulls last), then pages. */
export function paginate<T, S extends string>(
  rows: T[],
  query: ListQuery<S>,
  sortKey: (row: T, field: S) => SortKey,
): ListResource<T> {
  const sorted = [...rows].sort((a, b) => {
    for (const { field, descending } of query.sorting) {
      const x = sortKey(a, field);
      const y = sortKey(b, field);
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = x < y ? -1 : 1;
      return descending ? -order : order;
    }
    return 0;
  });
  const start = (query.page - 1) * query.limit;
  return {
    items: sorted.slice(start, start + query.limit),
    pagination: { total_count: rows.length, max_page: Math.ceil(rows.length / query.limit) },
  };
}

/**
 * A page as JSON text from its items' texts: the same bytes as `JSON.stringify` of the page
 * (`{"items":[...],"pagination":{...}}`), without making each item again.
 */
export function pageJson<T>(page: ListResource<T>, itemJson: (item: T) => string): string {
  return `{"items":[${page.items.map(itemJson).join(',')}],"pagination":${JSON.stringify(page.pagination)}}`;
}
