import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { createMockApi, ManualClock } from '../../mock-server/index.js';
import { createSeed } from '../../mock-server/db/seed/index.js';

/**
 * The mock's store as typed tables (`mock-server/db/table.ts`). First the seed, pinned: the
 * hash below was computed on the store of plain arrays, before the tables, so moving to tables
 * provably changed no seeded row.
 */

/** Polar's seed at the default `ManualClock` moment, 2026-01-15 12:00 UTC. */
const SEED_AT = Date.UTC(2026, 0, 15, 12, 0, 0);
const SEED_SHA256 = 'b0b1ffb75b87aec50179e9e0bf485a2343ba914f8567ce48ed09e2ad47112f64';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the seed', () => {
  test('a fresh seed at a fixed clock is exactly the pinned one', () => {
    assert.equal(sha256(JSON.stringify(createSeed(SEED_AT))), SEED_SHA256);
  });

  test('the database holds the seed as it was made, table by table', () => {
    const { db } = createMockApi({ clock: new ManualClock(SEED_AT) }).state;
    const names = Object.keys(createSeed(SEED_AT));
    const held = db as unknown as Record<string, unknown>;
    const tables = Object.fromEntries(names.map((name) => [name, held[name]]));
    assert.equal(sha256(JSON.stringify(tables)), SEED_SHA256);
  });
});
