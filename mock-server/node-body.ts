import type { IncomingMessage } from 'node:http';

/**
 * A Node request's body as a web stream that reads from the socket only when the handler asks
 * (`Readable.toWeb` pulls everything the client sends, wanted or not), so a handler that stops at
 * the size limit, or never reads, leaves the rest unread; and, once the answer is out, a bounded
 * discard of what is left before the connection is cut.
 */

/**
 * How long what is left of a body is read and thrown away after the answer, then the cut. Bounded
 * by time, not bytes: a client pumping at loopback speed passes any byte bound in a millisecond,
 * and a cut then (a reset) can destroy the answer it has not read yet. The bytes bound is only a
 * backstop.
 */
const DISCARD_MAX_BYTES = 256 * 1024 * 1024;
const DISCARD_MAX_MS = 1000;

export interface NodeBody {
  stream: ReadableStream<Uint8Array>;
  /**
   * Called once the answer is written. A body left unread is drained and thrown away, so the
   * client, still sending, reads the answer rather than a reset; after a second, the
   * connection is cut.
   */
  discardRest(): void;
}

export function nodeBody(req: IncomingMessage): NodeBody {
  let open = true;
  const stream = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        req.pause();
        req.on('data', (chunk: Buffer) => {
          if (!open) return; // being discarded
          controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
          if ((controller.desiredSize ?? 0) <= 0) req.pause();
        });
        req.once('end', () => {
          if (open) controller.close();
          open = false;
        });
        // The client went away or broke the framing: the handler's read fails (a 400 there).
        const fail = (error: Error) => {
          if (open) controller.error(error);
          open = false;
        };
        req.once('error', fail);
        req.once('aborted', () => fail(new Error('the client aborted the request')));
      },
      pull() {
        req.resume();
      },
      cancel() {
        // Not `req.destroy()`: the socket is still needed to send the answer.
        open = false;
        req.pause();
      },
    },
    { highWaterMark: 64 * 1024, size: (chunk) => chunk.byteLength },
  );
  return { stream, discardRest: () => discardRest(req, () => (open = false)) };
}

/** Drains what is left of a body, within bounds; a body that goes on past them is cut off. */
export function discardRest(req: IncomingMessage, stopReading: () => void = () => {}): void {
  stopReading();
  if (req.complete || req.destroyed) return;
  let discarded = 0;
  const cut = () => req.socket.destroy();
  const timer = setTimeout(cut, DISCARD_MAX_MS);
  timer.unref();
  req.on('data', (chunk: Buffer) => {
    discarded += chunk.byteLength;
    if (discarded > DISCARD_MAX_BYTES) cut();
  });
  req.once('end', () => clearTimeout(timer));
  req.once('close', () => clearTimeout(timer));
  req.resume();
}
