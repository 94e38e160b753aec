/**
 * A log kept newest first within two bounds, a number of entries and a size (the length of the
 * entries as JSON, what they cost in memory and in the state file): past either, the oldest
 * entries go. The newest entry always stays, whatever its size, so the last thing that happened
 * can still be looked at.
 */
export class NewestFirst<T> {
  private entries: T[] = [];
  private sizes: number[] = [];
  private total = 0;
  /** Counts every change, so a reader can tell "unchanged" without comparing the entries. */
  version = 0;

  constructor(
    readonly maxEntries: number,
    readonly maxChars: number,
    /** The size an entry counts for; entries that grow later can count that growth up front. */
    private readonly sizeOf: (entry: T) => number = (entry) => JSON.stringify(entry).length,
  ) {}

  add(entry: T): void {
    const size = this.sizeOf(entry);
    this.entries.unshift(entry);
    this.sizes.unshift(size);
    this.total += size;
    this.trim();
    this.version++;
  }

  list(): T[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
    this.sizes = [];
    this.total = 0;
    this.version++;
  }

  /** Replaces the entries (newest first), keeping only what the bounds allow. */
  restore(entries: readonly T[]): void {
    this.entries = entries.slice(0, this.maxEntries);
    this.sizes = this.entries.map(this.sizeOf);
    this.total = this.sizes.reduce((sum, size) => sum + size, 0);
    this.trim();
    this.version++;
  }

  private trim(): void {
    while (
      this.entries.length > 1 &&
      (this.entries.length > this.maxEntries || this.total > this.maxChars)
    ) {
      this.entries.pop();
      this.total -= this.sizes.pop()!;
    }
  }
}
