/**
 * Wire text made once per change of what it is made from, not once per request: building a
 * subscription's wire object and stringifying it was most of a signed-in list's own time in
 * `npm run bench`.
 *
 * An entry belongs to a row (by identity, so it goes with the row) and keeps a copy of every row
 * its text was made from (its sources). It is used only while the sources are still equal to
 * that copy, field by field, in order. That holds however a row changes: replaced by a new
 * object, or written in place, as several services and tests still do today without touching
 * `modified_at` (`services/subscriptions.ts`, `services/orders.ts`, a test renaming a product
 * or switching an organization's portal settings).
 */
export class WireCache<Row extends object> {
  private readonly entries = new WeakMap<Row, { sources: unknown; text: string }>();

  /** The JSON text of `build()`, made again only when `sources` differ from the last time. */
  text(row: Row, sources: unknown, build: () => unknown): string {
    const entry = this.entries.get(row);
    if (entry && sameData(entry.sources, sources)) return entry.text;
    const text = JSON.stringify(build()) as string | undefined;
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    this.entries.set(row, { sources: structuredClone(sources), text });
    return text;
  }
}

/**
 * Whether two pieces of row data are the same, keys in the same order (a nested object is sent
 * in its own order). Rows hold only JSON data; anything else is never the same, which costs a
 * rebuild and nothing more.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  const otherKeys = Object.keys(b);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    if (key !== otherKeys[i]) return false;
    if (!sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]))
      return false;
  }
  return true;
}
