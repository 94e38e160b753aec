import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createMockApi } from '../../mock-server/index.js';
import type { MockDatabase } from '../../mock-server/db/store.js';
import {
  serializeSubscription,
  subscriptionJson,
} from '../../mock-server/serializers/subscription.js';

/**
 * The remembered wire text of a subscription (`serializers/wire-cache.ts`) against a fresh
 * serialization, after every change a row can go through: each field of each row of every table
 * written in place, arrays grown, nested objects reordered, rows replaced. A read the serializer
 * makes and the cache does not watch shows up here as a stale text.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Every place in `value` that holds a value: the container and the key. */
function* places(value: Json): Generator<[Container, string | number]> {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      yield [value, i];
      yield* places(value[i]!);
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      yield [value, key];
      yield* places(value[key]!);
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

const read = (container: Container, key: string | number) =>
  (container as Record<string | number, Json>)[key]!;
const write = (container: Container, key: string | number, value: Json) => {
  (container as Record<string | number, Json>)[key] = value;
};

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

const tables = (db: MockDatabase) =>
  Object.entries(db).filter((entry): entry is [string, Json[]] => Array.isArray(entry[1]));

describe('wire cache', () => {
  test('a subscription’s text follows every in-place change of any row of any table', () => {
    const { db } = createMockApi().state;
    assertFresh(db, 'seed');
    let changes = 0;
    for (const [table, rows] of tables(db)) {
      for (const [index, row] of rows.entries()) {
        for (const [container, key] of [...places(row)]) {
          const before = read(container, key);
          write(container, key, changed(before));
          assertFresh(db, `${table}[${index}] ${String(key)} changed`);
          write(container, key, before);
          assertFresh(db, `${table}[${index}] ${String(key)} back`);
          changes++;
        }
      }
    }
    assert.ok(changes > 1000, `only ${changes} changes tried`);
  });

  test('a row replaced by a new object, as typed tables replace rows, gets a new text', () => {
    const { db } = createMockApi().state;
    assertFresh(db, 'seed');
    for (const [table, rows] of tables(db)) {
      for (let i = 0; i < rows.length; i++) {
        const before = rows[i]!;
        rows[i] = changed(before);
        assertFresh(db, `${table}[${i}] replaced`);
        rows[i] = before;
        assertFresh(db, `${table}[${i}] put back`);
      }
    }
  });

  test('an unchanged row gives the same text as a fresh serialization', () => {
    const { db } = createMockApi().state;
    const row = db.subscriptions[0]!;
    const first = subscriptionJson(db, row);
    assert.equal(subscriptionJson(db, row), first);
    assert.equal(first, JSON.stringify(serializeSubscription(db, row)));
  });
});
