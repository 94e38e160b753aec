/**
 * A table's columns and what each holds, as far as JSON can say: enough to refuse a state file
 * that is not ours (a missing or renamed column, a number where a date string belongs) before
 * any of it reaches the store. Nested values (a product's prices, an order's items) are checked
 * only as objects or lists.
 */

type Base = 'string' | 'number' | 'boolean' | 'array' | 'object';
/** A column's kind; a trailing `?` also admits null. */
export type Kind = Base | `${Base}?`;

type BaseOf<T> = T extends string
  ? 'string'
  : T extends number
    ? 'number'
    : T extends boolean
      ? 'boolean'
      : T extends readonly unknown[]
        ? 'array'
        : 'object';
type KindOf<T> = null extends T ? `${BaseOf<NonNullable<T>>}?` : BaseOf<T>;

/**
 * Every column of a row with its kind. The compiler holds the list to the row's interface: a
 * column added there and not here, or given the wrong kind, does not compile.
 */
export type Columns<Row> = { readonly [K in keyof Row]-?: KindOf<Row[K]> };

/** What is wrong with saved tables; the store is left as it was. */
export class InvalidTablesError extends Error {
  override name = 'InvalidTablesError';
}

const describe = (value: unknown) =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;

function holds(kind: Kind, value: unknown): boolean {
  const nullable = kind.endsWith('?');
  if (value === null) return nullable;
  const base = (nullable ? kind.slice(0, -1) : kind) as Base;
  if (base === 'array') return Array.isArray(value);
  if (base === 'object') return typeof value === 'object' && !Array.isArray(value);
  return typeof value === base;
}

/**
 * The rows of table `name` read from JSON, or an `InvalidTablesError` saying what is wrong:
 * missing, not a list, a row that is not an object, without an id or with one another row has, a column
 * missing, unknown or of the wrong kind.
 */
export function parseRows<Row extends { id: string }>(
  name: string,
  columns: Columns<Row>,
  value: unknown,
): Row[] {
  if (value === undefined) throw new InvalidTablesError(`table "${name}" is missing`);
  if (!Array.isArray(value))
    throw new InvalidTablesError(`table "${name}" is ${describe(value)}, not a list of rows`);
  const seen = new Set<string>();
  const expected = Object.keys(columns);
  return value.map((row: unknown, index) => {
    const where = `table "${name}", row ${index}`;
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      throw new InvalidTablesError(`${where} is ${describe(row)}, not an object`);
    const fields = row as Record<string, unknown>;
    if (typeof fields.id !== 'string' || fields.id === '')
      throw new InvalidTablesError(`${where} has no id`);
    if (seen.has(fields.id))
      throw new InvalidTablesError(`${where} repeats the id ${fields.id} of an earlier row`);
    seen.add(fields.id);
    const unknown = Object.keys(fields).filter((key) => !(key in columns));
    if (unknown.length)
      throw new InvalidTablesError(`${where} has columns the table has not: ${unknown.join(', ')}`);
    for (const column of expected) {
      const kind = (columns as Record<string, Kind>)[column]!;
      if (!(column in fields)) throw new InvalidTablesError(`${where} has no "${column}"`);
      if (!holds(kind, fields[column])) {
        throw new InvalidTablesError(
          `${where}: "${column}" is ${describe(fields[column])}, not ${kind.endsWith('?') ? `${kind.slice(0, -1)} or null` : kind}`,
        );
      }
    }
    return fields as Row;
  });
}
