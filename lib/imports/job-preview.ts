import type { PrismaClient } from "../generated/prisma/client";
import { ApiError } from "../http/errors";
import { dryRun, type DryRun } from "./dry-run";
import type { MappingGuess } from "./guess-mapping";
import { checkFileWidth, checkMappingAgainstFile, type ImportMapping } from "./mapping";
import type { ImportFormat } from "./parse/formats";
import { peekFile } from "./peek-file";
import { previewRows, type PreviewRow } from "./preview";
import { readHead } from "./read-head";
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
  /** Per target field the guessed column, its confidence and sample values; the columns left out, and why. */
  guess: Pick<MappingGuess, "fields" | "unmapped"> | null;
  /** The mapping run over the first rows: per column, what reads and what happens to what does not. */
  dryRun: DryRun | null;
}

const TARGETS = TARGET_FIELD_IDS.map((id) => ({ id, label: TARGET_FIELDS[id].label }));

/** What the mapping editor shows: headers, the offered (or edited) mapping, the guess's evidence and a dry run. */
export async function getImportPreview(prisma: PrismaClient, jobId: string, edited?: ImportMapping): Promise<ImportPreview> {
  const job = await prisma.importJob.findUnique({ where: { id: jobId } });
  if (!job?.storagePath) throw ApiError.notFound("Import job");
  const format = job.format as ImportFormat;
  const { headers, sample } = await peekFile(job.storagePath, format);
  if (format === "stix") {
    const rows = sample.map((r) => ({ rowNumber: r.rowNumber, cells: Object.fromEntries(Object.entries(r.values ?? {}).map(([k, v]) => [k, String(v)])), errors: [] }));
    return { jobId, format, headers, mapping: null, mappingSource: null, rows, targets: [], guess: null, dryRun: null };
  }
  checkFileWidth(headers);
  const head = await readHead(job.storagePath, format);
  const offered = await offeredMapping(prisma, format, headers, head);
  const mapping = edited ?? offered.mapping;
  checkMappingAgainstFile(mapping, headers);
  return {
    jobId,
    format,
    headers,
    mapping,
    mappingSource: edited ? "edited" : offered.source,
    rows: previewRows(sample, mapping),
    targets: TARGETS,
    guess: { fields: offered.guess.fields, unmapped: offered.guess.unmapped },
    dryRun: dryRun(head, mapping),
  };
}
