import { connect } from 'node:net';

/**
 * A bare HTTP/1.1 client on a socket, for what `fetch` will not send: broken request lines,
 * bad framing, bytes trickled slowly. It reads until the answer is whole, the server closes,
 * or `waitMs` passes, so no exchange can hang a test.
 */

export interface RawAnswer {
  status: number | null;
  text: string;
  /** How the exchange ended: the server closed, reset, answered whole (keep-alive), or not. */
  end: 'closed' | 'reset' | 'complete' | 'timeout';
  ms: number;
}

/** The body of a raw HTTP answer, de-chunked when it came in chunks. */
export function rawBody(text: string): string {
  const split = text.indexOf('\r\n\r\n');
  const head = text.slice(0, split);
  let body = text.slice(split + 4);
  if (!/transfer-encoding: chunked/i.test(head)) return body;
  let out = '';
  for (;;) {
    const line = body.indexOf('\r\n');
    const size = parseInt(body.slice(0, line), 16);
    if (!size) return out;
    out += body.slice(line + 2, line + 2 + size);
    body = body.slice(line + 2 + size + 2);
  }
}

/** Whether a keep-alive answer has arrived whole (a closing one ends with the connection). */
function answeredWhole(text: string): boolean {
  const split = text.indexOf('\r\n\r\n');
  if (split < 0) return false;
  const head = text.slice(0, split);
  if (/\r\nconnection: close/i.test(head)) return false;
  const length = /\r\ncontent-length: (\d+)/i.exec(head)?.[1];
  if (length !== undefined) return text.length - split - 4 >= Number(length);
  return /transfer-encoding: chunked/i.test(head) && text.endsWith('\r\n0\r\n\r\n');
}

/** Sends raw bytes (in parts, `gapMs` apart) and reads until the answer is complete or `waitMs`. */
export function rawHttp(
  port: number,
  parts: (string | Buffer)[],
  { gapMs = 0, waitMs = 3000, untilClosed = false } = {},
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const started = Date.now();
    const socket = connect(port, '127.0.0.1');
    let text = '';
    let settled = false;
    const finish = (end: RawAnswer['end']) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.destroy();
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]) || null;
      resolve({ status, text, end, ms: Date.now() - started });
    };
    const timer = setTimeout(() => finish('timeout'), waitMs);
    socket.on('data', (chunk) => {
      text += chunk.toString('latin1');
      if (!untilClosed && answeredWhole(text)) finish('complete');
    });
    socket.on('error', () => finish(text ? 'closed' : 'reset'));
    socket.on('close', () => finish('closed'));
    let next = 0;
    const send = () => {
      if (settled || socket.destroyed || next >= parts.length) return;
      socket.write(parts[next++]!);
      setTimeout(send, gapMs);
    };
    socket.on('connect', send);
  });
}
