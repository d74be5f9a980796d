import type pg from "pg";
import { crlfRecords } from "./csv-text";

type Connection = { query(text: string): void; stream: { pause(): void; resume(): void } };

/** Bytes per chunk handed on: big enough that the layers above (hash, HTTP, socket writes) run a few hundred times for 84 MB, not 100k. */
const SLAB = 256 * 1024;
/** Unread bytes at which the socket is paused, so a slow reader holds back PostgreSQL instead of filling memory. */
const HIGH_WATER = 4 * 1024 * 1024;
/** A partly filled slab is handed on once it is this old, so a slow query's rows still trickle out. */
const MAX_HOLD_MS = 50;
const LF = 0x0a;
const EMPTY = Buffer.alloc(0);

export interface CsvCopy {
  chunks: AsyncGenerator<Buffer>;
  /** Records (rows) received so far. */
  records(): number;
}

/**
 * `COPY … TO STDOUT WITH (FORMAT csv)` on a pg client, as chunks of CSV records ending in CRLF (RFC 4180; COPY ends
 * them with LF). The pg driver has no COPY API of its own; this is the "submittable" protocol pg-copy-streams uses.
 *
 * PostgreSQL sends every row as one CopyData message ending in LF (copyto.c, CopySendEndOfRow), so the record end
 * is the message's last byte: it is rewritten to CRLF while the row is copied into a 256 KB slab — no scan for
 * quotes, no per-row buffer, and a few hundred chunks instead of 100k rows or 8 KB socket reads (items.csv of 100k
 * items: 7,357 chunks through hash, HTTP and socket writes before). Should a message ever not end in LF, the rest
 * of the stream goes through the quote-tracking converter instead, which is correct for any framing.
 *
 * The COPY is sent at once (the client must be idle) and its rows are taken as they arrive, up to 4 MB ahead of the
 * reader. Breaking out of the loop leaves the connection mid-COPY: the caller must destroy it (ReadSession.close does).
 */
export function copyCsvRecords(client: pg.PoolClient, text: string): CsvCopy {
  let records = 0;
  const queue: Buffer[] = [];
  let queued = 0;
  let slab = EMPTY; // allocated as rows arrive
  let used = 0;
  let flushedAny = false;
  let holdTimer: NodeJS.Timeout | null = null;
  let fallback: ReturnType<typeof crlfRecords> | null = null;
  let finished = false;
  let failure: unknown = null;
  let wake: (() => void) | null = null;
  let connection: Connection | null = null;
  let paused = false;

  const flushSlab = () => {
    if (holdTimer) clearTimeout(holdTimer);
    holdTimer = null;
    if (!used) return;
    queue.push(slab.subarray(0, used));
    queued += used;
    flushedAny = true;
    slab = EMPTY;
    used = 0;
  };
  const append = (bytes: Buffer, crlf: boolean) => {
    const need = bytes.length + (crlf ? 1 : 0);
    if (used + need > slab.length) {
      flushSlab();
      slab = Buffer.allocUnsafe(Math.max(SLAB, need));
    }
    // A slab begun after the first flush is handed on when full, or after MAX_HOLD_MS if rows come slowly.
    if (!used && flushedAny && !holdTimer) {
      holdTimer = setTimeout(() => {
        holdTimer = null;
        flushSlab();
        notify();
      }, MAX_HOLD_MS);
    }
    if (crlf) {
      bytes.copy(slab, used, 0, bytes.length - 1);
      used += bytes.length - 1;
      slab[used++] = 0x0d;
      slab[used++] = LF;
    } else {
      bytes.copy(slab, used);
      used += bytes.length;
    }
  };
  const notify = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const submittable = {
    submit(conn: Connection) {
      connection = conn;
      conn.query(text);
    },
    handleCopyData(message: { chunk: Buffer }) {
      const row = message.chunk; // a view into the parser's buffer: copied into the slab at once
      if (!fallback && row.length && row[row.length - 1] === LF) {
        append(row, true);
        records++;
      } else {
        // Every earlier message ended a record, so the converter starts outside quotes.
        fallback ??= crlfRecords();
        const before = fallback.records;
        append(fallback(row), false);
        records += fallback.records - before;
      }
      if (!flushedAny) flushSlab(); // the first row at once: the first bytes of the file
      if (queued > HIGH_WATER && !paused) {
        paused = true;
        connection?.stream.pause();
      }
      if (queue.length) notify();
    },
    handleCommandComplete() {},
    handleRowDescription() {},
    handleDataRow() {},
    handleEmptyQuery() {},
    handleError(error: unknown) {
      if (holdTimer) clearTimeout(holdTimer);
      failure ??= error;
      finished = true;
      notify();
    },
    handleReadyForQuery() {
      flushSlab();
      finished = true;
      notify();
    },
  };

  client.query(submittable as unknown as pg.QueryConfig);
  async function* chunks(): AsyncGenerator<Buffer> {
    for (;;) {
      if (queue.length) {
        const chunk = queue.shift()!;
        queued -= chunk.length;
        if (paused && queued <= HIGH_WATER / 2) {
          paused = false;
          (connection as Connection | null)?.stream.resume();
        }
        yield chunk;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  }
  return { chunks: chunks(), records: () => records };
}

/**
 * Several COPYs as one CSV stream, in the order given, on the clients in turn (query i on client i mod n): while the
 * reader takes one query's rows, the next runs on another connection. Query i starts once query i − n — the one
 * before it on the same connection — has been read to its end, so at most n queries are in flight, each at most
 * 4 MB ahead of the reader: memory stays flat however slow the reader is.
 */
export function copyCsvInOrder(clients: pg.PoolClient[], texts: string[]): CsvCopy {
  const n = clients.length;
  const running: (CsvCopy | undefined)[] = [];
  const start = (i: number) => {
    if (i < texts.length) running[i] = copyCsvRecords(clients[i % n], texts[i]);
  };
  let done = 0;
  let current: CsvCopy | undefined;
  return {
    records: () => done + (current?.records() ?? 0),
    chunks: (async function* () {
      for (let i = 0; i < n; i++) start(i);
      for (let i = 0; i < texts.length; i++) {
        current = running[i]!;
        running[i] = undefined;
        yield* current.chunks;
        done += current.records();
        current = undefined;
        start(i + n);
      }
    })(),
  };
}
