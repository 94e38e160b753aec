/**
 * Wire text made once per change of what it is made from, not once per request: building a
 * subscription's wire object and stringifying it was most of a signed-in list's own time in
 * `npm run bench`.
 *
 * An entry belongs to a row (by identity, so it goes with the row) and keeps the row objects
 * its text was made from (its sources). Rows are frozen and a change replaces them
 * (`db/table.ts`), so "the sources did not change" is "they are the very same objects": a
 * comparison of references, with no copy kept and no field compared.
 */
export class WireCache<Row extends object> {
  private readonly entries = new WeakMap<Row, { sources: readonly unknown[]; text: string }>();

  /** The JSON text of `build()`, made again only when one of `sources` is another object. */
  text(row: Row, sources: readonly unknown[], build: () => unknown): string {
    const entry = this.entries.get(row);
    if (entry && sameObjects(entry.sources, sources)) return entry.text;
    const text = JSON.stringify(build()) as string | undefined;
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    this.entries.set(row, { sources, text });
    return text;
  }
}

/** Whether two lists hold the same objects (or the same missing ones), in the same order. */
export function sameObjects(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
