import type { FileRow } from '../db/rows.js';
import type { MockState } from '../state.js';

/** Downloadables (reference.md §4.8): Polar counts every download of a file. */
export function countDownload(_state: MockState, file: FileRow): void {
  file.downloads += 1;
}
