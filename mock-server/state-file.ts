import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { MockSnapshot, MockState } from './state.js';

/**
 * The Node server's optional state file (`--state <file>`): loaded at start, written after every
 * change before the answer goes out, atomically (a temporary file renamed over the old one), so
 * a restart loses nothing that was acknowledged and a crash never leaves half a file.
 */
export class StateFile {
  constructor(
    private readonly path: string,
    private readonly state: MockState,
  ) {}

  /** Restores the saved state if the file exists; a file that is not ours is an error. */
  load(): boolean {
    if (!existsSync(this.path)) return false;
    const snapshot = JSON.parse(readFileSync(this.path, 'utf8')) as MockSnapshot;
    if (snapshot.version !== 1 || typeof snapshot.db !== 'object') {
      throw new Error(`${this.path} is not a portal-elements mock state file`);
    }
    this.state.restore(snapshot);
    return true;
  }

  save(): void {
    const temporary = `${this.path}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.state.snapshot()));
    renameSync(temporary, this.path);
  }
}
