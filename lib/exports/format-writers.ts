import type { Database } from "../db/client";
import type { DatasetFilter } from "../filters/dataset-filter";
import { claimReviewFile } from "./claimreview-export";
import { csvTableFile, CSV_TABLES } from "./csv-export";
import type { ExportFile } from "./export-file";
import { graphFile } from "./graph-export";
import { jsonlFile } from "./jsonl-export";
import type { ReadSession } from "./read-session";
import type { ExportFormat } from "./schemas";
import { stixFile } from "./stix/stix-export";

export interface WriterContext {
  signal?: AbortSignal;
  now: Date;
  database: Pick<Database, "prisma">;
  /** Public URL of this Sightline (ClaimReview links to item pages when no published fact-check is cited). */
  baseUrl?: string;
}

interface FormatWriter {
  fileName: string;
  contentType: string;
  file(session: ReadSession, filter: DatasetFilter, context: WriterContext): ExportFile;
}

const siteUrl = (context: WriterContext) => (context.baseUrl ?? process.env.BETTER_AUTH_URL ?? "http://localhost:3000").replace(/\/+$/, "");

/** What each format writes when it is one file (CSV is a ZIP of every table unless one table is asked for). */
export const EXPORT_WRITERS: Record<ExportFormat, FormatWriter> = {
  csv: { fileName: "items.csv", contentType: "text/csv; charset=utf-8", file: (s, f, c) => csvTableFile(s, CSV_TABLES[0], f, c.signal) },
  jsonl: { fileName: "items.jsonl", contentType: "application/x-ndjson; charset=utf-8", file: (s, f, c) => jsonlFile(s, f, c.signal) },
  stix: { fileName: "stix-bundle.json", contentType: "application/stix+json; charset=utf-8", file: (s, f, c) => stixFile(s, f, c) },
  claimreview: {
    fileName: "claimreview.jsonld",
    contentType: "application/ld+json; charset=utf-8",
    file: (s, f, c) => claimReviewFile(s, f, { signal: c.signal, baseUrl: siteUrl(c), siteName: process.env.SIGHTLINE_SITE_NAME?.trim() || "Sightline" }),
  },
  gexf: { fileName: "graph.gexf", contentType: "application/gexf+xml; charset=utf-8", file: (_s, f, c) => graphFile(c.database.prisma, f, "gexf") },
  graphml: { fileName: "graph.graphml", contentType: "application/graphml+xml; charset=utf-8", file: (_s, f, c) => graphFile(c.database.prisma, f, "graphml") },
};
