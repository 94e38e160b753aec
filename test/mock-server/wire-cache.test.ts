import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi } from '../../mock-server/index.js';
import type { MockDatabase } from '../../mock-server/db/store.js';
import type { Table } from '../../mock-server/db/table.js';
import {
  serializeSubscription,
  subscriptionJson,
} from '../../mock-server/serializers/subscription.js';
import { WireCache } from '../../mock-server/serializers/wire-cache.js';

/**
 * The remembered wire text of a subscription (`serializers/wire-cache.ts`) against a fresh
 * serialization, after every change a row can go through. Rows are frozen and a change replaces
 * them (`db/table.ts`), so each change here is a replaced row: each field of each row of every
 * table given another value, arrays grown, nested objects reordered. A read the serializer
 * makes and the cache does not watch shows up here as a stale text.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
type Path = (string | number)[];
type JsonRow = { id: string; [key: string]: Json };

/** The path of every place in `value` that holds a value. */
function* places(value: Json, path: Path = []): Generator<Path> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield [...path, i];
      yield* places(value[i]!, [...path, i]);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      yield [...path, key];
      yield* places(value[key]!, [...path, key]);
    }
  }
}

/** Another value of the same kind; a container with its keys reversed or an element more. */
function changed(value: Json): Json {
  if (typeof value === 'string') return `${value}x`;
  if (typeof value === 'number') return value + 1;
  if (typeof value === 'boolean') return !value;
  if (value === null) return 'not null';
  if (Array.isArray(value)) return [...value, value.at(-1) ?? 'added'];
  return Object.fromEntries(Object.entries(value).reverse());
}

/** A copy of `row` with the value at `path` changed, the row itself left as it is. */
function changedAt(row: Json, path: Path): Json {
  const copy = structuredClone(row);
  let container = copy as Container;
  for (const key of path.slice(0, -1))
    container = (container as Record<string | number, Json>)[key] as Container;
  const key = path.at(-1)!;
  const place = container as Record<string | number, Json>;
  place[key] = changed(place[key]!);
  return copy;
}

/** The serializer's answer, or the error it throws (a product id that points nowhere). */
function outcome(make: () => string): string {
  try {
    return make();
  } catch (error) {
    return `throws ${String(error)}`;
  }
}

function assertFresh(db: MockDatabase, label: string): void {
  for (const row of db.subscriptions) {
    assert.equal(
      outcome(() => subscriptionJson(db, row)),
      outcome(() => JSON.stringify(serializeSubscription(db, row))),
      `${label}: subscription ${row.id}`,
    );
  }
}

const tables = (db: MockDatabase) => db.tables() as unknown as Table<JsonRow>[];

/** The table with its row `index` replaced by `row`, as a change through the table would. */
function replaceRow(table: Table<JsonRow>, index: number, row: Json): void {
  table.replaceAll(table.all().map((old, i) => (i === index ? (row as JsonRow) : old)));
}

describe('wire cache', () => {
  test('a subscription’s text follows every change of any row of any table', () => {
    const { db } = createMockApi().state;
    assertFresh(db, 'seed');
    let changes = 0;
    for (const table of tables(db)) {
      const original = [...table.all()];
      for (const [index, row] of original.entries()) {
        for (const path of [...places(row)]) {
          replaceRow(table, index, changedAt(row, path));
          assertFresh(db, `${table.name}[${index}] ${path.join('.')} changed`);
          table.replaceAll(original);
          assertFresh(db, `${table.name}[${index}] ${path.join('.')} back`);
          changes++;
        }
      }
    }
    assert.ok(changes > 1000, `only ${changes} changes tried`);
  });

  test('a row replaced by a new object with its keys in another order gets a new text', () => {
    const { db } = createMockApi().state;
    assertFresh(db, 'seed');
    for (const table of tables(db)) {
      const original = [...table.all()];
      for (let i = 0; i < original.length; i++) {
        replaceRow(table, i, changed(original[i]!));
        assertFresh(db, `${table.name}[${i}] replaced`);
        table.replaceAll(original);
        assertFresh(db, `${table.name}[${i}] put back`);
      }
    }
  });

  test('an update through the table, even one that changes nothing else, gets a new text', () => {
    const { db } = createMockApi().state;
    const row = db.subscriptions.all()[0]!;
    const before = subscriptionJson(db, row);
    const product = db.products.get(row.product_id)!;
    db.products.update(product, { name: `${product.name} (renamed)` });
    const after = subscriptionJson(db, row);
    assert.notEqual(after, before);
    assert.match(after, /\(renamed\)/);
    assert.equal(after, JSON.stringify(serializeSubscription(db, row)));
  });

  test('an unchanged row gives the same text as a fresh serialization, built once', () => {
    const { db } = createMockApi().state;
    const row = db.subscriptions.all()[0]!;
    const first = subscriptionJson(db, row);
    assert.equal(subscriptionJson(db, row), first);
    assert.equal(first, JSON.stringify(serializeSubscription(db, row)));

    const cache = new WireCache<object>();
    let builds = 0;
    const build = () => ({ built: ++builds });
    const [a, b] = [{}, {}];
    cache.text(a, [a, b], build);
    cache.text(a, [a, b], build);
    assert.equal(builds, 1, 'the same source objects: the text is reused');
    cache.text(a, [a, {}], build);
    assert.equal(builds, 2, 'another source object: built again');
  });
});
