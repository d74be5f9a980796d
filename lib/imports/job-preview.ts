import type { PrismaClient } from "../generated/prisma/client";
import { ApiError } from "../http/errors";
import type { ImportMapping } from "./mapping";
import type { ImportFormat } from "./parse/formats";
import { peekFile } from "./peek-file";
import { previewRows, type PreviewRow } from "./preview";
import { offeredMapping } from "./saved-mapping";
import { TARGET_FIELDS, TARGET_FIELD_IDS } from "./target-fields";

export interface ImportPreview {
  jobId: string;
  format: ImportFormat;
  headers: string[];
  mapping: ImportMapping | null;
  mappingSource: "saved" | "guessed" | "edited" | null;
  rows: PreviewRow[];
  targets: { id: string; label: string }[];
}

const TARGETS = TARGET_FIELD_IDS.map((id) => ({ id, label: TARGET_FIELDS[id].label }));

/** What the mapping editor shows: headers, the offered (or edited) mapping, and the first rows validated with it. */
export async function getImportPreview(prisma: PrismaClient, jobId: string, edited?: ImportMapping): Promise<ImportPreview> {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (!job?.storagePath) throw ApiError.notFound("Import job");
  const format = job.format as ImportFormat;
  const { headers, sample } = await peekFile(job.storagePath, format);
  if (format === "stix") {
    const rows = sample.map((r) => ({ rowNumber: r.rowNumber, cells: Object.fromEntries(Object.entries(r.values ?? {}).map(([k, v]) => [k, String(v)])), errors: [] }));
    return { jobId, format, headers, mapping: null, mappingSource: null, rows, targets: [] };
  }
  const offered = edited ? { mapping: edited, source: "edited" as const } : await offeredMapping(prisma, format, headers);
  return { jobId, format, headers, mapping: offered.mapping, mappingSource: offered.source, rows: previewRows(sample, offered.mapping), targets: TARGETS };
}
