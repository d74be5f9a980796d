import { createReadStream } from "node:fs";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { claimJob } from "../../lib/imports/jobs/claim-job";
import { createImportJob } from "../../lib/imports/jobs/create-job";
import { recordResults, type RowResult } from "../../lib/imports/jobs/row-result";
import { writeRowByRow, type WritableRow } from "../../lib/imports/jobs/row-by-row";
import { startImportJob } from "../../lib/imports/jobs/start-job";
import { guessMapping } from "../../lib/imports/guess-mapping";
import { importMappingSchema } from "../../lib/imports/mapping";
import { readRecords } from "../../lib/imports/parse/read-records";
import { mapRow } from "../../lib/imports/row-input";

const SYSTEM = { kind: "system" } as const;

/**
 * The row-by-row Prisma baseline — what the job runner did before the bulk path: the same parsing and mapping,
 * then one logSighting transaction (~10 queries) per row with its ImportJobRow. Returns rows/s over `rows` rows.
 */
export async function rowByRowBaseline(prisma: PrismaClient, file: string, rows: number): Promise<number> {
  const { job, scan } = await createImportJob(prisma, { fileName: "baseline.csv", source: createReadStream(file), actor: SYSTEM });
  await startImportJob(prisma, job.id, guessMapping(scan.headers), SYSTEM);
  const claim = await claimJob(prisma, job.id);
  if (!claim) throw new Error("baseline job not claimable");
  const ctx = { prisma, jobId: job.id, actor: SYSTEM, mapping: importMappingSchema.parse(guessMapping(scan.headers)) };
  const t0 = performance.now();
  let batch: WritableRow[] = [];
  const failed: RowResult[] = [];
  let n = 0;
  for await (const record of readRecords(job.storagePath!, "csv")) {
    if (++n > rows) break;
    const row = record.values ? mapRow(record.values, ctx.mapping) : null;
    if (!row?.ok) failed.push({ rowNumber: record.rowNumber, status: "failed", reason: "invalid" });
    else batch.push({ rowNumber: record.rowNumber, rowKey: row.rowKey, input: row.input, columnOf: row.columnOf });
    if (batch.length === 200) {
      await recordResults(prisma, job.id, await writeRowByRow(ctx, batch));
      batch = [];
    }
  }
  await recordResults(prisma, job.id, [...(await writeRowByRow(ctx, batch)), ...failed]);
  return Math.min(n, rows) / ((performance.now() - t0) / 1000);
}
