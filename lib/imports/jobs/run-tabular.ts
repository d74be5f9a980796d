import type { SourceRecord } from "../parse/read-records";
import { readRecords } from "../parse/read-records";
import type { ImportFormat } from "../parse/formats";
import { prepareTabularBatch, writeTabularBatch, type PreparedBatch, type TabularContext } from "./process-tabular";
import type { RowResult } from "./row-result";

/**
 * Streams a CSV/JSON/JSONL job through two overlapping stages: while batch N is being written (a transaction,
 * mostly PostgreSQL's CPU), batch N+1 is read, mapped, validated and fingerprinted here (Node's CPU). Writes stay
 * strictly one after another, in file order, so dedup across batches and resume behave exactly as before. At
 * most two batches are held at once — one being written, one being prepared — and the file is read only as fast
 * as the writes go, so memory does not grow with the file. Returns false when afterBatch says stop.
 */
export async function runTabular(
  ctx: TabularContext,
  path: string,
  format: Exclude<ImportFormat, "stix">,
  skip: ReadonlySet<number>,
  size: number,
  afterBatch: (results: RowResult[]) => Promise<boolean>,
): Promise<boolean> {
  let writing: Promise<boolean> | null = null;
  const write = (prepared: PreparedBatch) => {
    const p = (async () => afterBatch(await timed(ctx, "write", () => writeTabularBatch(ctx, prepared))))();
    p.catch(() => {}); // awaited below; this only keeps a failure during the next preparation from being "unhandled"
    return p;
  };
  let batch: SourceRecord[] = [];
  for await (const record of readRecords(path, format)) {
    if (skip.has(record.rowNumber)) continue;
    batch.push(record);
    if (batch.length < size) continue;
    const prepared = await timed(ctx, "prepare (overlaps the write)", () => prepareTabularBatch(ctx, batch));
    batch = [];
    if (writing && !(await timed(ctx, "wait for the write", () => writing!))) return false;
    writing = write(prepared);
  }
  if (writing && !(await writing)) return false;
  if (!batch.length) return true;
  return afterBatch(await writeTabularBatch(ctx, await prepareTabularBatch(ctx, batch)));
}

async function timed<T>(ctx: TabularContext, phase: string, run: () => Promise<T>): Promise<T> {
  if (!ctx.onPhase) return run();
  const t = performance.now();
  const result = await run();
  ctx.onPhase(phase, performance.now() - t);
  return result;
}
