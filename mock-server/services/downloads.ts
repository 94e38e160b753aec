import type { FileRow } from '../db/rows.js';
import type { MockState } from '../state.js';

/** Downloadables (reference.md §4.8): Polar counts every download of a file. */
export function countDownload(state: MockState, given: FileRow): FileRow {
  const file = state.db.files.latest(given);
  return state.db.files.update(file, { downloads: file.downloads + 1 });
}
