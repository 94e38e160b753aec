import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isSaneClockOffset } from './clock-range.js';
import { InvalidTablesError } from './db/columns.js';
import { MockApiError } from './errors.js';
import { SNAPSHOT_VERSION, type MockSnapshot, type MockState } from './state.js';

/**
 * The Node server's optional state file (`--state <file>`). Loaded at start and written back at
 * once, so a path the mock cannot write is refused before it serves anything. After every
 * request, whatever its method (an OAuth callback and a download are GETs that change things),
 * the state is written if it differs from what the file holds, before the answer goes out, and
 * atomically (a temporary file renamed over the old one): a restart, even after `kill -9`, loses
 * nothing that was acknowledged, and a crash never leaves half a file.
 *
 * When a write fails later (disk full, directory gone), memory is rolled back to what the file
 * holds and the request is answered 503 `StateNotSaved`: the client is told its change did not
 * happen, and it did not (the code is still unused, the email was never sent, no webhook left).
 */
export class StateFile {
  /** The text the file holds: what a failed write restores. */
  private written: string | null = null;
  /**
   * What "changed" is measured against: the tables as JSON, and the logs' versions (the logs
   * are most of the file, and they count their own changes, so they are not serialised to
   * compare). A GET that changed nothing costs one serialisation of the tables.
   */
  private writtenTables: string | null = null;
  private writtenLogs = '';

  constructor(
    private readonly path: string,
    private readonly state: MockState,
  ) {}

  /**
   * Restores the saved state if the file exists. A file that is not ours, of another version,
   * or with tables the mock does not keep (`InvalidTablesError`) is an error, and the file is
   * left as it is.
   */
  load(): boolean {
    const restored = existsSync(this.path);
    if (restored) {
      try {
        this.state.restore(this.read());
      } catch (error) {
        if (!(error instanceof InvalidTablesError)) throw error;
        throw new InvalidTablesError(
          `${this.path} is not a state this mock can load: ${error.message}`,
        );
      }
    }
    // A clock pushed out of range by an older mock would break every date it serves.
    if (!isSaneClockOffset(this.state.clock.offsetMs)) this.state.clock.offsetMs = 0;
    try {
      this.write(this.state.snapshot());
    } catch (error) {
      throw new Error(`cannot write the state file ${this.path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    return restored;
  }

  /**
   * Writes the state when it changed since the last write; returns whether it wrote. Throws a
   * 503 `MockApiError` after rolling memory back when the write fails.
   */
  saveIfChanged(): boolean {
    try {
      const snapshot = this.state.snapshot();
      if (tablesOf(snapshot) === this.writtenTables && this.logVersions() === this.writtenLogs)
        return false;
      this.write(snapshot);
      return true;
    } catch (error) {
      if (this.written !== null) {
        this.state.restore(JSON.parse(this.written) as MockSnapshot);
        this.writtenTables = tablesOf(this.state.snapshot());
        this.writtenLogs = this.logVersions();
      }
      throw new MockApiError(503, {
        error: 'StateNotSaved',
        detail: `The mock could not write its state file, so the change was undone: ${(error as Error).message}`,
      });
    }
  }

  private read(): MockSnapshot {
    let snapshot: Partial<MockSnapshot> | null = null;
    try {
      snapshot = JSON.parse(readFileSync(this.path, 'utf8')) as Partial<MockSnapshot> | null;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code) throw error; // unreadable: say why, as Node does
    }
    const ours =
      typeof snapshot === 'object' &&
      snapshot !== null &&
      typeof snapshot.version === 'number' &&
      typeof snapshot.db === 'object' &&
      snapshot.db !== null &&
      Array.isArray(snapshot.emails) &&
      Array.isArray(snapshot.webhooks) &&
      typeof snapshot.clock_offset_ms === 'number';
    if (!ours) throw new Error(`${this.path} is not a portal-elements mock state file`);
    if (snapshot!.version !== SNAPSHOT_VERSION) {
      // Version 1 was written and read with no check of its rows: refused by its version,
      // rather than by whichever column of it happens to be wrong.
      throw new Error(
        `${this.path} is a mock state file of version ${snapshot!.version}; this mock reads version ${SNAPSHOT_VERSION} only (delete the file to start from the seed)`,
      );
    }
    return snapshot as MockSnapshot;
  }

  private logVersions(): string {
    return `${this.state.mailbox.version}:${this.state.webhooks.version}`;
  }

  private write(snapshot: MockSnapshot): void {
    const text = JSON.stringify(snapshot);
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      writeFileSync(temporary, text);
      renameSync(temporary, this.path);
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {
        // nothing was written there either (e.g. the directory is not a directory)
      }
      throw error;
    }
    this.written = text;
    this.writtenTables = tablesOf(snapshot);
    this.writtenLogs = this.logVersions();
  }
}

/** The snapshot without its logs, as JSON. */
const tablesOf = (snapshot: MockSnapshot) =>
  JSON.stringify({ ...snapshot, emails: undefined, webhooks: undefined });
