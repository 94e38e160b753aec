import { isoDate, type Clock } from '../clock.js';
import { parseRows, type Columns } from './columns.js';
import { newId } from './ids.js';
import { ownershipCheck, type Ownership, type Subject } from './ownership.js';

export type { Ownership, Subject } from './ownership.js';

/**
 * One table of the mock's store. Rows are frozen and never edited in place: a change replaces
 * the row with a new object. That makes a row read before an `await` a snapshot that cannot
 * shift under the reader, lets caches compare rows by identity (`serializers/wire-cache.ts`),
 * and turns a stray `row.status = ...` into a TypeError instead of a silent edit that skips
 * `modified_at`, the webhooks and the state file's change check.
 *
 * Rows are kept in insertion order (lists and prune depend on it) with a Map by id beside them,
 * so `get(id)` costs one lookup on the paths every request takes.
 */

/** A stored row: frozen at run time, and read-only to the compiler too (top-level fields). */
export type Stored<Row> = Readonly<Row>;

/** What `insert` fills in when the caller leaves it out. */
type Filled = 'id' | 'created_at' | 'modified_at';
export type NewRow<Row, Defaulted extends keyof Row> = Omit<Row, Filled | Defaulted> &
  Partial<Pick<Row, Extract<Filled | Defaulted, keyof Row>>>;

export interface TableSpec<Row, Defaulted extends keyof Row> {
  /** The table's name in the state file and in errors. */
  name: string;
  columns: Columns<Row>;
  owners: Ownership<Row>;
  /** Values `insert` gives the columns a new row usually starts with. */
  defaults?: Pick<Row, Defaulted>;
}

/** Freezes a row and the objects and arrays in it; what is frozen already was done before. */
function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
  return value;
}

interface Indexed<Row> {
  rows: Stored<Row>[];
  byId: Map<string, Stored<Row>>;
}

export class Table<Row extends { id: string }, Defaulted extends keyof Row = never> {
  readonly name: string;
  private rows: Stored<Row>[] = [];
  private byId = new Map<string, Stored<Row>>();
  private readonly owned: (row: Stored<Row>, subject: Subject) => boolean;
  private readonly stamped: boolean;
  private readonly modifiable: boolean;

  constructor(
    private readonly spec: TableSpec<Row, Defaulted>,
    private readonly clock: Clock,
  ) {
    this.name = spec.name;
    this.owned = ownershipCheck(spec.owners);
    this.stamped = 'created_at' in spec.columns;
    this.modifiable = 'modified_at' in spec.columns;
    deepFreeze(spec.defaults);
  }

  get size(): number {
    return this.rows.length;
  }

  get(id: string): Stored<Row> | undefined {
    return this.byId.get(id);
  }

  /** The stored version of `row`, which may have replaced it since it was read. */
  latest(row: Pick<Row, 'id'>): Stored<Row> {
    const stored = this.byId.get(row.id);
    if (!stored) throw new Error(`table "${this.name}" has no row ${row.id}`);
    return stored;
  }

  find(predicate: (row: Stored<Row>) => unknown): Stored<Row> | undefined {
    return this.rows.find(predicate);
  }

  filter(predicate: (row: Stored<Row>) => unknown): Stored<Row>[] {
    return this.rows.filter(predicate);
  }

  some(predicate: (row: Stored<Row>) => unknown): boolean {
    return this.rows.some(predicate);
  }

  /** The live list, in insertion order: copy it before writing while iterating over it. */
  all(): readonly Stored<Row>[] {
    return this.rows;
  }

  [Symbol.iterator](): Iterator<Stored<Row>> {
    return this.rows[Symbol.iterator]();
  }

  /** Whether the subject may see this row (see `Ownership`). */
  isOwnedBy(row: Stored<Row>, subject: Subject): boolean {
    return this.owned(row, subject);
  }

  /** The rows the subject may see, in table order. */
  ownedBy(subject: Subject): Stored<Row>[] {
    return this.rows.filter((row) => this.owned(row, subject));
  }

  /** The row with this id if the subject may see it: the usual "own row or 404" lookup. */
  getOwned(id: string, subject: Subject): Stored<Row> | undefined {
    const row = this.byId.get(id);
    return row && this.owned(row, subject) ? row : undefined;
  }

  /** Adds a row: a new id, `created_at` now and `modified_at` null unless given, then defaults. */
  insert(fields: NewRow<Row, Defaulted>): Stored<Row> {
    const given = fields as Partial<Row>;
    const filled: Record<string, unknown> = { id: newId(), ...this.spec.defaults };
    if (this.stamped) filled.created_at = isoDate(this.clock.now());
    if (this.modifiable) filled.modified_at = null;
    const row: Record<string, unknown> = {};
    // Built in the schema's column order, so every row of a table has its keys in one order.
    for (const column of Object.keys(this.spec.columns)) {
      const value = column in given ? given[column as keyof Row] : filled[column];
      if (value === undefined)
        throw new TypeError(`table "${this.name}": a new row needs "${column}"`);
      row[column] = value;
    }
    const frozen = deepFreeze(row as Row);
    if (this.byId.has(frozen.id))
      throw new TypeError(`table "${this.name}" already has a row ${frozen.id}`);
    this.rows.push(frozen);
    this.byId.set(frozen.id, frozen);
    return frozen;
  }

  /**
   * Replaces a row with a copy carrying `patch`, applied to the stored version (never to a
   * stale copy the caller holds), with `modified_at` now unless the patch sets it. The old
   * object is left as it was; the new one is returned.
   */
  update(target: string | Pick<Row, 'id'>, patch: Partial<Omit<Row, 'id'>>): Stored<Row> {
    const stored = this.latest(typeof target === 'string' ? { id: target } : target);
    for (const column of Object.keys(patch)) {
      if (!(column in this.spec.columns) || column === 'id')
        throw new TypeError(`table "${this.name}" cannot set "${column}"`);
    }
    const next: Row = { ...stored, ...patch };
    if (this.modifiable && !('modified_at' in patch))
      (next as Record<string, unknown>).modified_at = isoDate(this.clock.now());
    deepFreeze(next);
    this.rows[this.rows.indexOf(stored)] = next;
    this.byId.set(next.id, next);
    return next;
  }

  /** Removes the rows the predicate picks (it also gets each row's position); returns how many. */
  remove(predicate: (row: Stored<Row>, index: number) => boolean): number {
    let kept = 0;
    for (let index = 0; index < this.rows.length; index++) {
      const row = this.rows[index]!;
      if (predicate(row, index)) this.byId.delete(row.id);
      else this.rows[kept++] = row;
    }
    const removed = this.rows.length - kept;
    this.rows.length = kept;
    return removed;
  }

  /** Removes one row by id; returns whether it was there. */
  delete(id: string): boolean {
    const row = this.byId.get(id);
    if (!row) return false;
    this.rows.splice(this.rows.indexOf(row), 1);
    this.byId.delete(id);
    return true;
  }

  /** Puts these rows in place of all the table holds (the seed, a test's or a bench's data). */
  replaceAll(rows: readonly Row[]): void {
    this.swapIn(this.indexed(rows));
  }

  /** The rows as a plain array, for the state file. */
  toJSON(): Stored<Row>[] {
    return this.rows.slice();
  }

  /**
   * Checks saved rows against the table's columns and returns what puts them in place, so a
   * store can check every table before changing any. Throws `InvalidTablesError` naming the
   * table, the row and the column; the table is left as it was.
   */
  prepareRestore(saved: unknown): () => void {
    const next = this.indexed(parseRows(this.name, this.spec.columns, saved));
    return () => this.swapIn(next);
  }

  /** `prepareRestore` and its swap at once. */
  restore(saved: unknown): void {
    this.prepareRestore(saved)();
  }

  private indexed(rows: readonly Row[]): Indexed<Row> {
    const byId = new Map<string, Stored<Row>>();
    for (const row of rows) {
      if (byId.has(row.id)) throw new TypeError(`table "${this.name}" repeats the id ${row.id}`);
      byId.set(row.id, deepFreeze(row));
    }
    return { rows: [...rows], byId };
  }

  private swapIn(next: Indexed<Row>): void {
    this.rows = next.rows;
    this.byId = next.byId;
  }
}
