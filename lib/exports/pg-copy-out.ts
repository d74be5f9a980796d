import type pg from "pg";

type Connection = { query(text: string): void; stream: { pause(): void; resume(): void } };

const HIGH_WATER = 4 * 1024 * 1024;

/**
 * `COPY … TO STDOUT` on a pg client as an async generator of byte chunks (the pg driver has no COPY API of its own;
 * this is the "submittable" protocol pg-copy-streams uses). The socket is paused while more than 4 MB wait to be
 * consumed, so a slow reader holds back PostgreSQL instead of filling memory. Breaking out of the loop leaves the
 * connection mid-COPY: the caller must destroy it (ReadSession.close does).
 */
export async function* copyOut(client: pg.PoolClient, text: string): AsyncGenerator<Buffer> {
  const queue: Buffer[] = [];
  let queued = 0;
  let finished = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let connection: Connection | null = null;
  let paused = false;
  let batching = false;
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  // PostgreSQL sends one CopyData message per row, and the driver hands them over one by one, synchronously, for
  // each socket read. Waking the reader once per read instead of once per row turns 100k single-row chunks (each
  // through the CSV, hash, ZIP and HTTP layers) into chunks of a socket read each (items.csv of 100k items, served
  // and read over HTTP in one process: 0.66–0.78 s of Node CPU before, 0.41–0.60 s after).
  const notifySoon = () => {
    if (batching) return;
    batching = true;
    queueMicrotask(() => {
      batching = false;
      notify();
    });
  };
  const submittable = {
    submit(conn: Connection) {
      connection = conn;
      conn.query(text);
    },
    handleCopyData(message: { chunk: Buffer }) {
      // The parser's chunk may be a view into a buffer it reuses: copy it.
      const chunk = Buffer.from(message.chunk);
      queue.push(chunk);
      queued += chunk.length;
      if (queued > HIGH_WATER && !paused) {
        paused = true;
        connection?.stream.pause();
      }
      notifySoon();
    },
    handleCommandComplete() {},
    handleRowDescription() {},
    handleDataRow() {},
    handleEmptyQuery() {},
    handleError(error: unknown) {
      failure ??= error;
      finished = true;
      notify();
    },
    handleReadyForQuery() {
      finished = true;
      notify();
    },
  };
  client.query(submittable as unknown as pg.QueryConfig);
  for (;;) {
    if (queue.length) {
      const chunks = queue.splice(0, queue.length);
      queued = 0;
      if (paused) {
        paused = false;
        (connection as Connection | null)?.stream.resume();
      }
      yield chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      continue;
    }
    if (failure) throw failure;
    if (finished) return;
    await new Promise<void>((resolve) => (wake = resolve));
  }
}
